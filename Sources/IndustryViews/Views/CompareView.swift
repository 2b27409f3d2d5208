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
        let narrow = body.width < 100
        let parts = narrow
            ? Layout.split(body, .vertical, [.length(min(8, max(3, body.height / 3))), .fill(1)])
            : Layout.split(body, .horizontal, [.percentage(34), .fill(1)])
        let list = ctx.panel(display.t(Labels.comparable) + ids.title(display), in: parts[0], panel: CompareScreen.listPanel)
        ctx.table([Table.Column(display.t(Labels.indicator), width: .fill(1))], count: ids.count,
                  row: { Table.Row([aggregates.name(of: ids.items[$0], display.language)]) }, panel: CompareScreen.listPanel,
                  selected: screen.selection(CompareScreen.listPanel, ctx.navigation), empty: ids.emptyText(display), in: list)
        guard let comparison = aggregates.comparison(of: id, asOf: display.asOf) else { return "" }
        let mode = display.compareMode
        let title = aggregates.name(of: id, display.language)
        let modeLabel = display.t(mode == .absolute ? Labels.absolute : Labels.shareOfTarget)
        let inner = ctx.panel(title, right: "v: " + modeLabel, in: parts[1])
        // Many cities would push the bars off the panel: their notes get half of it at most
        // (a few cities, up to four, keep a line each as before).
        let detailHeight = min(inner.height, comparison.entries.count + 3, max(inner.height / 2, 7))
        let split = Layout.split(inner, .vertical, [.fill(1), .length(detailHeight)])
        bars(&ctx, comparison, mode: mode, in: split[0])
        details(&ctx, comparison, in: split[1])
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

    /// Grouped bars: per city, latest and target (absolute) or share of own target.
    static func bars(_ ctx: inout RenderContext, _ comparison: IndicatorComparison, mode: CompareMode, in area: Rect) {
        let display = ctx.display
        let groups: [GroupedBarChart.Group]
        let series: [GroupedBarChart.Series]
        // Only the cities whose group starts inside the area are drawn (a legend row, then a
        // name row and a row per series each); more than fit are scaled among those shown.
        let perGroup = 1 + (mode == .absolute ? 2 : 1)
        let fitting = max(0, (area.height - 1 + perGroup - 1) / perGroup)
        let entries = comparison.entries.prefix(fitting)
        switch mode {
        case .absolute:
            series = [.init(display.t(Labels.latest), role: .bar), .init(display.t(Labels.target), role: .target)]
            groups = entries.map { entry in
                let latest = entry.latestValue ?? .nan
                let target = entry.targetValue ?? .nan
                return GroupedBarChart.Group(entry.city.name.text(display.language), values: [latest, target], valueLabels: [
                    // Each figure names its year: cities publish on different calendars.
                    Format.observation(entry.progress.latest, entry.indicator, display)
                        + (entry.progress.latest.map { " (\($0.date.year))" } ?? ""),
                    Format.target(entry.indicator, display) + (entry.indicator.target.map { " (\($0.year))" } ?? ""),
                ])
            }
        case .share:
            series = [.init(display.t(Labels.shareOfTarget), role: .bar)]
            groups = entries.map { entry in
                let share = entry.progress.share
                return GroupedBarChart.Group(entry.city.name.text(display.language), values: [share.map { $0 * 100 } ?? .nan],
                                             valueLabels: [share == nil ? display.t(Labels.noData) : Format.share(entry.progress, display)])
            }
        }
        ctx.draw(GroupedBarChart(series: series, groups: groups, maximum: mode == .share ? 100 : nil), in: area)
    }

    private static func details(_ ctx: inout RenderContext, _ comparison: IndicatorComparison, in area: Rect) {
        let display = ctx.display
        var lines: [(String, Style)] = []
        if comparison.targetYearsDiffer { lines.append((display.t(Labels.yearsDiffer), Style(.atRisk))) }
        for entry in comparison.rankedByTarget() where lines.count < area.height {
            let name = entry.city.name.text(display.language)
            let wording = Format.quote(entry.indicator.target?.wording, display)
            lines.append((name + " " + Format.status(entry.progress, display) + wording, Style(Format.role(entry.progress.status))))
        }
        for (row, line) in lines.prefix(area.height).enumerated() {
            ctx.text(line.0, in: area, row: row, style: line.1)
        }
    }
}
