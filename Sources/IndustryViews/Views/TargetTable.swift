import TerminalKit
import IndustryModel

/// The targets table (on the city screen and the targets screen). The figures, year and
/// status take the width their widest cell needs, so no unit is cut off its number; the
/// name takes the rest, and the table reveals the selected name in full when it is cut.
enum TargetTable {
    /// A column: its header, how a row fills it, the widest it may grow, and when it gives
    /// way to the name (lower ranks go first; nil never does).
    struct TargetColumn {
        var header: String
        var alignment: Table.Alignment = .right
        var cap: Int
        var dropRank: Int?
        /// Drawn only in place of the column at this index once that one gave way (the
        /// status as its mark alone, where the words do not fit).
        var standsInFor: Int? = nil
        var cell: (Indicator, Progress) -> (String, Role?)
    }

    /// The narrowest the name column is squeezed before optional columns give way.
    static let nameRoom = 16

    static func columns(_ display: Display, glyphs: Glyphs) -> [TargetColumn] {
        // The column the table is sorted by says so, with the direction (`S` turns it round):
        // categories follow the indicators' numbers, so they mark the name column too.
        func sorted(_ title: String, by keys: [TargetSort]) -> String {
            keys.contains(display.sort) ? title + (display.sortReversed ? " ↑" : " ↓") : title
        }
        return [
            TargetColumn(header: sorted(display.t(Labels.indicator), by: [.category, .name]), alignment: .left, cap: .max, dropRank: nil) { indicator, _ in
                ((indicator.number.map { "\($0). " } ?? "") + indicator.name.text(display.language), nil)
            },
            TargetColumn(header: display.t(Labels.trend), alignment: .left, cap: 5, dropRank: 0) { indicator, _ in
                // One point is no trend: the column stays blank until a second figure is out.
                let series = Format.series(indicator, display)
                return (series.count < 2 ? "" : Sparkline.text(series.map(\.value), width: 5, glyphs: glyphs), .accent)
            },
            TargetColumn(header: display.t(Labels.latest), cap: 18, dropRank: 3) { indicator, _ in
                (Format.latest(indicator, display, compact: true), nil)
            },
            TargetColumn(header: display.t(Labels.target), cap: 16, dropRank: nil) { indicator, _ in
                (indicator.target == nil ? glyphs.none : Format.target(indicator, display, compact: true), nil)
            },
            TargetColumn(header: display.t(Labels.year), cap: 4, dropRank: nil) { indicator, _ in
                (indicator.target.map { "\($0.year)" } ?? "", .muted)
            },
            TargetColumn(header: sorted("%", by: [.progress]), cap: 9, dropRank: 1) { _, progress in
                (Format.share(progress, display), Format.role(progress.status))
            },
            // The status gives way to its mark before the latest figure goes.
            TargetColumn(header: sorted(display.t(Labels.status), by: [.status]), alignment: .left, cap: 16, dropRank: 2) { _, progress in
                (Format.status(progress, display), Format.role(progress.status))
            },
            TargetColumn(header: "", alignment: .left, cap: 2, dropRank: nil, standsInFor: 6) { _, progress in
                (Format.mark(progress.status, ascii: display.ascii), Format.role(progress.status))
            },
        ]
    }

    /// A target's row with every column, before any gives way to the name: what the table
    /// draws, and what a filter reads.
    static func row(_ indicator: Indicator, _ city: City, _ display: Display, columns all: [TargetColumn]? = nil) -> Table.Row {
        let all = all ?? columns(display, glyphs: display.ascii ? .ascii : .unicode)
        let progress = city.progress(of: indicator, asOf: display.asOf)
        let cells = all.map { $0.cell(indicator, progress) }
        return Table.Row(cells.map(\.0), roles: cells.map(\.1))
    }

    static func render(_ ctx: inout RenderContext, _ indicators: PanelList<Indicator>, _ city: City, panel: Int, in inner: Rect) {
        let display = ctx.display
        let all = columns(display, glyphs: ctx.canvas.glyphs)
        // The rows change with the data, the settings and the width, never with a key that
        // only moves the selection: laid out once (issue 16: two thirds of a key's render).
        let key = TableKey(table: "targets", city: city.id, display: display, ids: indicators.items.map(\.id), width: inner.width)
        let laid = ctx.aggregates.remembered(key) { () -> Laid in
            let rows = indicators.items.map { row($0, city, display, columns: all) }
            let widths = zip(Table.contentWidths(headers: all.map(\.header), rows: rows), all).map { min($0, $1.cap) }
            let shown = kept(all, widths: widths, room: inner.width - 2)
            return Laid(shown: shown, widths: widths, rows: rows.map { row in
                Table.Row(shown.map { row.cells[$0] }, roles: shown.map { row.roles[$0] })
            })
        }
        ctx.table(laid.shown.map { index in
            Table.Column(all[index].header, width: index == 0 ? .fill(1) : .length(laid.widths[index]), alignment: all[index].alignment)
        }, laid.rows, panel: panel, empty: indicators.emptyText(display), in: inner)
    }

    /// The columns kept, every column's width, and the rows with the kept columns' cells.
    private struct Laid: Sendable {
        var shown: [Int], widths: [Int], rows: [Table.Row]
    }

    /// The columns that fit beside a name of at least `nameRoom` cells, dropping optional
    /// ones lowest rank first; `room` is the width left after the gutter and scroll mark.
    static func kept(_ columns: [TargetColumn], widths: [Int], room: Int) -> [Int] {
        var kept = columns.indices.filter { columns[$0].standsInFor == nil }
        func nameWidth() -> Int { room - kept.dropFirst().reduce(0) { $0 + widths[$1] + 1 } }
        let optional = columns.indices.filter { columns[$0].dropRank != nil }.sorted { columns[$0].dropRank! < columns[$1].dropRank! }
        for index in optional where nameWidth() < nameRoom {
            let standIn = columns.indices.first { columns[$0].standsInFor == index }
            kept = kept.flatMap { $0 == index ? (standIn.map { [$0] } ?? []) : [$0] }
        }
        return kept
    }
}
