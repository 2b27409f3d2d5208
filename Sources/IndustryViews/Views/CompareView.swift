import TerminalKit
import IndustryModel

/// One indicator across every city that measures it: latest value and target as grouped
/// bars, or each city's share of its own target; notes where years or wording differ.
enum CompareView {
    static func render(_ ctx: inout RenderContext, _ screen: CompareScreen, in body: Rect) -> String {
        let id = screen.indicator
        let display = ctx.display
        let aggregates = ctx.aggregates
        let ids = screen.comparable
        let layout = layout(body)
        let parts = [ctx.place(CompareScreen.listPanel, layout[0], body: body), ctx.place(CompareScreen.chartPanel, layout[1], body: body)]
        let list = ctx.panel(display.t(Labels.comparable) + ids.title(display), in: parts[0], panel: CompareScreen.listPanel)
        ctx.table([Table.Column(display.t(Labels.indicator), width: .fill(1))], count: ids.count,
                  row: { Table.Row([aggregates.name(of: ids.items[$0], display.language)]) }, panel: CompareScreen.listPanel,
                  selected: screen.selection(CompareScreen.listPanel, ctx.navigation), empty: ids.emptyText(display), in: list)
        guard let comparison = aggregates.comparison(of: id, asOf: display.asOf) else { return "" }
        let mode = display.compareMode
        let title = aggregates.name(of: id, display.language)
        let modeLabel = display.t(mode == .absolute ? Labels.absolute : Labels.shareOfTarget)
        let inner = ctx.panel(title, right: "v: " + modeLabel, in: parts[1], panel: CompareScreen.chartPanel)
        // What is left under the cities goes to their sources, each figure's once.
        ctx.draw(Paragraphs(laidOut(comparison, display, aggregates, width: inner.width, height: inner.height),
                            offset: ctx.navigation.detailScroll), in: inner)
        // Every city's source: the screen shows all of their figures. The status bar cuts the
        // line to the screen's width, so sources stop once the line is that long (a character
        // takes at least one cell).
        var line = ""
        for entry in comparison.entries where line.count < display.width {
            // The source of the figure drawn, else of the target: what the bar stands on.
            let id = entry.progress.latest?.source ?? entry.indicator.target?.source
            guard let source = id.flatMap(entry.city.source) else { continue }
            line += (line.isEmpty ? "" : "; ") + entry.city.name.text(display.language) + " " + source.date.description + ": "
                + source.publisher.text(display.language)
        }
        return line
    }

    /// The list of comparable indicators, and the chart beside it (wide) or under it.
    static func layout(_ body: Rect) -> [Rect] {
        body.width < 100
            ? Layout.split(body, .vertical, [.length(min(8, max(3, body.height / 3))), .fill(1)])
            : Layout.split(body, .horizontal, [.percentage(34), .fill(1)])
    }

    /// The chart panel's text wrapped to its size, once per indicator, settings and size:
    /// a key that scrolls or moves the list does not wrap every city's block again.
    static func laidOut(_ comparison: IndicatorComparison, _ display: Display, _ aggregates: DatasetDerived,
                        width: Int, height: Int) -> Paragraphs.LaidOut {
        aggregates.remembered(ChartKey(indicator: comparison.indicatorID, display: display, width: width, height: height)) {
            Paragraphs.LaidOut(items(comparison, display), width: width, height: height)
        }
    }

    private struct ChartKey: Hashable, Sendable {
        var indicator: String, display: Display, width: Int, height: Int
    }

    /// The chart panel's text: the cities' blocks, then what is left to their sources.
    static func items(_ comparison: IndicatorComparison, _ display: Display) -> [Paragraphs.Item] {
        chart(comparison, mode: display.compareMode, display, glyphs: display.ascii ? .ascii : .unicode) + sourceItems(comparison, display)
    }

    /// Every city's block, under a note when their target years differ; the first `limit`
    /// cities' only, where no more can show (the overview's chart does not scroll).
    static func chart(_ comparison: IndicatorComparison, mode: CompareMode, _ display: Display, glyphs: Glyphs,
                      limit: Int = .max) -> [Paragraphs.Item] {
        // One scale for every bar, found once: per block it made a chart of n cities cost n².
        let maximum = scale(comparison, mode: mode)
        return (comparison.targetYearsDiffer ? [.text(display.t(Labels.yearsDiffer), Style(.atRisk), indent: 0)] : [])
            + comparison.entries.prefix(limit).enumerated().flatMap { index, entry in
                // A blank row between cities, so each block reads as one.
                (index > 0 ? [Paragraphs.Item.text("", .text, indent: 0)] : [])
                    + block(entry, maximum: maximum, mode: mode, display, glyphs: glyphs)
            }
    }

    /// The value of a full bar: the largest figure or target (absolute), or 100% or the
    /// largest share (share of target).
    static func scale(_ comparison: IndicatorComparison, mode: CompareMode) -> Double {
        switch mode {
        case .absolute: comparison.entries.flatMap { [$0.latestValue ?? 0, $0.targetValue ?? 0] }.max() ?? 0
        case .share: max(100, comparison.entries.compactMap { $0.progress.share.map { $0 * 100 } }.max() ?? 0)
        }
    }

    /// A city's block: its name and status, its latest figure as a solid bar on the scale
    /// of every city's figures and targets, with the target as a marker on it (a figure not
    /// published draws no bar), then the target in words and the series with its years.
    static func block(_ entry: ComparisonEntry, maximum: Double, mode: CompareMode, _ display: Display,
                      glyphs: Glyphs) -> [Paragraphs.Item] {
        let name = entry.city.name.text(display.language)
        var items: [Paragraphs.Item] = [
            .text(name + "  " + Format.status(entry.progress, display), Style(Format.role(entry.progress.status), bold: true), indent: 2),
        ]
        let latest = entry.progress.latest
        let figure = latest.map { Format.observation($0, entry.indicator, display) + " (\($0.date))" } ?? display.t(Labels.noData)
        let bar: BarChart.Item
        switch mode {
        case .absolute:
            bar = BarChart.Item("", value: entry.latestValue ?? 0, target: entry.targetValue, role: Format.role(entry.progress.status),
                                valueLabel: figure)
        case .share:
            let share = entry.progress.share
            bar = BarChart.Item("", value: share.map { $0 * 100 } ?? 0, target: entry.indicator.target == nil ? nil : 100,
                                role: Format.role(entry.progress.status),
                                valueLabel: share.map { _ in Format.share(entry.progress, display) }
                                    ?? display.t(entry.indicator.target == nil ? ProgressStatus.noTarget.label : Labels.noData))
        }
        items.append(.widget(Indented(BarChart([bar], maximum: maximum > 0 ? maximum : nil, labelWidthLimit: 0, showsTrack: true)),
                             width: .max))
        if let target = entry.indicator.target {
            items.append(.text("  " + display.t(Labels.target) + " " + Format.target(entry.indicator, display) + " (\(target.year))"
                               + Format.quote(target.wording, display), Style(.muted), indent: 4))
        }
        let series = Format.series(entry.indicator, display)
        if series.count >= 2 {
            items.append(.widget(Indented(LabelledSparkline(values: series.map(\.value), label: " \(series[0].date.year)-\(series[series.count - 1].date.year)")),
                                 width: .max))
        }
        return items
    }

    /// Each city's sources for what its block shows, once each.
    static func sourceItems(_ comparison: IndicatorComparison, _ display: Display) -> [Paragraphs.Item] {
        var items: [Paragraphs.Item] = []
        for entry in comparison.entries {
            let ids = IndicatorDetail.orderedUnique([entry.progress.latest?.source, entry.indicator.target?.source].compactMap { $0 })
            for id in ids {
                items.append(.text(entry.city.name.text(display.language) + " " + display.t(Labels.source) + ": "
                                   + Format.source(entry.city.source(id), display), Style(.muted), indent: 2))
            }
        }
        return items
    }
}

/// A widget drawn two cells in, under the line that names it.
struct Indented: Widget, Sendable {
    var inner: any Widget & Sendable
    init(_ inner: any Widget & Sendable) { self.inner = inner }
    func render(in area: Rect, on canvas: inout Canvas) {
        inner.render(in: Rect(x: area.x + 2, y: area.y, width: max(0, area.width - 2), height: area.height), on: &canvas)
    }
}

/// A series as a sparkline two cells a point, followed by a label (the years it spans).
struct LabelledSparkline: Widget {
    var values: [Double]
    var label: String

    func render(in area: Rect, on canvas: inout Canvas) {
        let width = min(30, values.count * 2, max(0, area.width - CellWidth.of(label)))
        Sparkline(values).render(in: Rect(x: area.x, y: area.y, width: width, height: 1), on: &canvas)
        canvas.text(label, in: Rect(x: area.x + width, y: area.y, width: CellWidth.of(label), height: 1), style: Style(.muted))
    }
}
