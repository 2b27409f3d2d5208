import TerminalKit
import IndustryModel

/// One city: its clusters, its targets with progress and status, and key facts with dates.
enum CityView {
    static func render(_ ctx: inout RenderContext, _ screen: CityScreen, in body: Rect) -> String {
        let city = screen.city
        let wide = body.width >= 100
        let factsHeight = min(max(5, body.height / 3), 12)
        let rows = Layout.split(body, .vertical, [.fill(1), .length(factsHeight)])
        let top = wide
            ? Layout.split(rows[0], .horizontal, [.percentage(30), .fill(1)])
            : Layout.split(rows[0], .vertical, [.length(min(city.clusters.count + 3, max(5, rows[0].height * 2 / 5))), .fill(1)])
        // The screen's own list: the one the selection moves over and the footer cites.
        let indicators = screen.targets
        clusters(&ctx, city, in: top[0])
        targets(&ctx, city, indicators, in: top[1])
        facts(&ctx, city, in: rows[1])
        let selected = selectedSource(ctx, city, indicators)
        return Format.sourceShort(selected ?? city.sources.max { $0.date < $1.date }, ctx.display)
    }

    /// The source of the figure under the selection, so the footer names what is looked at.
    private static func selectedSource(_ ctx: RenderContext, _ city: City, _ indicators: [Indicator]) -> Source? {
        let navigation = ctx.navigation
        switch navigation.focus {
        case CityScreen.targetsPanel:
            guard !indicators.isEmpty else { return nil }
            let indicator = indicators[min(navigation.selection(CityScreen.targetsPanel), indicators.count - 1)]
            return Format.figureSource(indicator, city, ctx.display)
        case CityScreen.factsPanel:
            guard !city.facts.isEmpty else { return nil }
            return city.source(city.facts[min(navigation.selection(CityScreen.factsPanel), city.facts.count - 1)].source)
        default:
            return nil
        }
    }

    private static func clusters(_ ctx: inout RenderContext, _ city: City, in area: Rect) {
        let display = ctx.display
        let title = city.listsSystemClusters ? Labels.clusters : Labels.namedIndustries
        let inner = ctx.panel(display.t(title) + " (\(city.clusters.count))", right: city.system?.code ?? "", in: area, panel: CityScreen.clustersPanel)
        let rows = city.clusters.map { cluster in
            Table.Row([cluster.name.text(display.language), Format.tags(cluster, display),
                       cluster.chains.isEmpty ? "" : "\(cluster.chains.count)"])
        }
        ctx.table([Table.Column(display.t(Labels.clusters), width: .percentage(45)),
                   Table.Column(display.t(Labels.distinction), width: .fill(1)),
                   Table.Column(display.t(Labels.chains), width: .length(6), alignment: .right)],
                  rows, panel: CityScreen.clustersPanel, in: inner)
    }

    /// A column of the targets table: shown from a table width on, and how a row fills it.
    struct TargetColumn {
        var column: Table.Column
        var minimumWidth: Int
        var cell: (Indicator, Progress) -> (String, Role?)
    }

    /// The columns of the targets table, each declared once with its cell.
    static func targetColumns(_ display: Display, glyphs: Glyphs) -> [TargetColumn] {
        // The column the table is sorted by says so, with the direction (`S` turns it round):
        // categories follow the indicators' numbers, so they mark the name column too.
        func sorted(_ title: String, by keys: [TargetSort]) -> String {
            keys.contains(display.sort) ? title + (display.sortReversed ? " ↑" : " ↓") : title
        }
        return [
            TargetColumn(column: Table.Column(sorted(display.t(Labels.indicator), by: [.category, .name]), width: .fill(1)), minimumWidth: 0) { indicator, _ in
                ((indicator.number.map { "\($0). " } ?? "") + indicator.name.text(display.language), nil)
            },
            TargetColumn(column: Table.Column(display.t(Labels.trend), width: .length(5)), minimumWidth: 80) { indicator, _ in
                // One point is no trend: the column stays blank until a second figure is out.
                let series = Format.series(indicator, display)
                return (series.count < 2 ? "" : Sparkline.text(series.map(\.value), width: 5, glyphs: glyphs), .accent)
            },
            TargetColumn(column: Table.Column(display.t(Labels.latest), width: .length(13), alignment: .right), minimumWidth: 56) { indicator, _ in
                (Format.latest(indicator, display, compact: true), nil)
            },
            TargetColumn(column: Table.Column(display.t(Labels.target), width: .length(13), alignment: .right), minimumWidth: 0) { indicator, _ in
                (indicator.target == nil ? "-" : Format.target(indicator, display, compact: true), nil)
            },
            TargetColumn(column: Table.Column(display.t(Labels.year), width: .length(4), alignment: .right), minimumWidth: 76) { indicator, _ in
                (indicator.target.map { "\($0.year)" } ?? "", .muted)
            },
            TargetColumn(column: Table.Column(sorted("%", by: [.progress]), width: .length(9), alignment: .right), minimumWidth: 64) { _, progress in
                (Format.share(progress, display), Format.role(progress.status))
            },
            TargetColumn(column: Table.Column(sorted(display.t(Labels.status), by: [.status]), width: .length(display.language == .zh ? 14 : 15)),
                         minimumWidth: 0) { _, progress in
                (Format.status(progress, display), Format.role(progress.status))
            },
        ]
    }

    /// The targets table (here and on the targets screen); only the rows in its window are formatted.
    static func targetTable(_ ctx: inout RenderContext, _ indicators: [Indicator], _ city: City, panel: Int, in inner: Rect) {
        let display = ctx.display
        let shown = targetColumns(display, glyphs: ctx.canvas.glyphs).filter { inner.width >= $0.minimumWidth }
        ctx.table(shown.map(\.column), count: indicators.count, row: { index in
            let indicator = indicators[index]
            let progress = city.progress(of: indicator, asOf: display.asOf)
            let cells = shown.map { $0.cell(indicator, progress) }
            return Table.Row(cells.map(\.0), roles: cells.map(\.1))
        }, panel: panel, in: inner)
    }

    private static func targets(_ ctx: inout RenderContext, _ city: City, _ indicators: [Indicator], in area: Rect) {
        let display = ctx.display
        let counts = ctx.aggregates.statusCounts(city, asOf: display.asOf)
        let onTrack = (counts[.onTrack] ?? 0) + (counts[.expectedMet] ?? 0)
        let summary = [ProgressStatus.achieved, .onTrack, .atRisk, .behind].map {
            Format.mark($0, ascii: display.ascii) + "\($0 == .onTrack ? onTrack : counts[$0] ?? 0)"
        }.joined(separator: " ") + Format.forecasts(ctx.aggregates.forecastCount(city, asOf: display.asOf), display)
        let inner = ctx.panel(display.t(Labels.targets) + " (\(targetCount(city, display))) · " + display.t(display.sort.label),
                              right: summary, in: area, panel: CityScreen.targetsPanel)
        targetTable(&ctx, indicators, city, panel: CityScreen.targetsPanel, in: inner)
    }

    /// "39 + 4 series without a target": targets and the headline series listed with them.
    static func targetCount(_ city: City, _ display: Display) -> String {
        let series = city.indicators.count - city.targeted.count
        return series > 0 ? "\(city.targeted.count) + \(series) " + display.t(Labels.seriesOnly) : "\(city.indicators.count)"
    }

    private static func facts(_ ctx: inout RenderContext, _ city: City, in area: Rect) {
        let display = ctx.display
        let inner = ctx.panel(display.t(Labels.keyFacts) + " (\(city.facts.count))", in: area, panel: CityScreen.factsPanel)
        let rows = city.facts.map { fact in
            Table.Row([fact.group.label.text(display.language), fact.name.text(display.language), Format.fact(fact, display),
                       fact.date.description, city.source(fact.source)?.publisher.text(display.language) ?? fact.source],
                      roles: [.muted, nil, .accent, .muted, .muted])
        }
        var columns = [Table.Column(display.t(Labels.category), width: .length(display.language == .zh ? 8 : 14)),
                       Table.Column(display.t(Labels.indicator), width: .fill(2)),
                       Table.Column(display.t(Labels.value), width: .length(display.language == .zh ? 14 : 18), alignment: .right),
                       Table.Column(display.t(Labels.asOfColumn), width: .length(10))]
        if inner.width >= 100 { columns.append(Table.Column(display.t(Labels.source), width: .fill(1))) }
        let shown = inner.width >= 100 ? rows : rows.map { Table.Row(Array($0.cells.prefix(4)), roles: Array($0.roles.prefix(4))) }
        ctx.table(columns, shown, panel: CityScreen.factsPanel, in: inner)
    }
}
