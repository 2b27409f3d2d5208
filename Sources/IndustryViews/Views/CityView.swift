import TerminalKit
import IndustryModel

/// One city: its clusters, its targets with progress and status, and key facts with dates.
enum CityView {
    static func render(_ ctx: inout RenderContext, _ screen: CityScreen, in body: Rect) -> String {
        let city = screen.city
        let parts = layout(city, body)
        // The screen's own lists: the ones the selection moves over and the footer cites.
        clusters(&ctx, city, screen.clusters, in: ctx.place(CityScreen.clustersPanel, parts.clusters, body: body))
        if let area = parts.summary, !ctx.navigation.zoomed { summary(&ctx, city, in: area) }
        targets(&ctx, city, screen.targets, in: ctx.place(CityScreen.targetsPanel, parts.targets, body: body))
        facts(&ctx, city, screen.facts, in: ctx.place(CityScreen.factsPanel, parts.facts, body: body))
        let selected = selectedSource(ctx, city, screen)
        return Format.sourceShort(selected ?? city.sources.max { $0.date < $1.date }, ctx.display)
    }

    /// Wide: the targets take the whole right side, so most of them show at once, and the
    /// clusters and key facts share the left, each as tall as its rows. Narrow: the three
    /// stacked, each sized by its rows, none without room for one. Sized by all their rows,
    /// filtered or not, so typing a filter does not move the panels about.
    static func layout(_ city: City, _ body: Rect) -> (clusters: Rect, summary: Rect?, targets: Rect, facts: Rect) {
        let counts = [city.clusters.count, city.indicators.count, city.facts.count]
        // Wide and too long to stack: side by side. What fits stacked is stacked, so the
        // target names get the whole width rather than rows going blank under them.
        if body.width >= 100 && counts.reduce(0, +) + 9 > body.height {
            let rows = Layout.split(body, .vertical, needs: [max(counts[0], counts[1]) + 3, counts[2] + 3], minimums: [8, 6])
            let top = Layout.split(rows[0], .horizontal, [.percentage(36), .fill(1)])
            // Under a short cluster list, the targets' standing by status.
            let summaryNeed = summaryRows + 2
            guard top[0].height - (counts[0] + 3) >= summaryNeed else { return (top[0], nil, top[1], rows[1]) }
            let left = Layout.split(top[0], .vertical, [.length(counts[0] + 3), .fill(1)])
            return (left[0], left[1], top[1], rows[1])
        }
        let rows = Layout.split(body, .vertical, needs: counts.map { $0 + 3 }, minimums: [4, 4, 4])
        return (rows[0], nil, rows[1], rows[2])
    }

    /// The statuses the summary draws a bar for, one a row.
    private static let summaryStatuses: [ProgressStatus] = [.achieved, .onTrack, .atRisk, .behind, .paceUnknown, .noData, .qualitative]
    private static let summaryRows = summaryStatuses.count

    /// How the city's targets stand, a bar a status with its count: the analyst's first
    /// question (which are on track, which lag) answered in one look.
    private static func summary(_ ctx: inout RenderContext, _ city: City, in area: Rect) {
        let display = ctx.display
        let counts = ctx.aggregates.statusCounts(city, asOf: display.asOf)
        let inner = ctx.panel(display.t(Labels.standing), in: area)
        let items = summaryStatuses.map { status in
            let count = counts[status, default: 0] + (status == .onTrack ? counts[.expectedMet, default: 0] : 0)
            return BarChart.Item(Format.mark(status, ascii: display.ascii) + " " + display.t(status.label), value: Double(count),
                                 role: Format.role(status), valueLabel: "\(count)")
        }
        ctx.draw(BarChart(items, maximum: Double(max(1, city.indicators.count)), labelWidthLimit: 18), in: inner)
    }

    /// The source of the figure under the selection, so the footer names what is looked at.
    private static func selectedSource(_ ctx: RenderContext, _ city: City, _ screen: CityScreen) -> Source? {
        let navigation = ctx.navigation
        let (indicators, facts) = (screen.targets.items, screen.facts.items)
        switch navigation.focus {
        case CityScreen.targetsPanel:
            guard !indicators.isEmpty else { return nil }
            let indicator = indicators[min(navigation.selection(CityScreen.targetsPanel), indicators.count - 1)]
            return Format.figureSource(indicator, city, ctx.display)
        case CityScreen.factsPanel:
            guard !facts.isEmpty else { return nil }
            return city.source(facts[min(navigation.selection(CityScreen.factsPanel), facts.count - 1)].source)
        default:
            return nil
        }
    }

    /// A cluster's row: what the table draws and what a filter reads.
    static func clusterRow(_ cluster: Cluster, _ display: Display) -> Table.Row {
        Table.Row([cluster.name.text(display.language), Format.tags(cluster, display),
                   cluster.chains.isEmpty ? "" : "\(cluster.chains.count)"])
    }

    private static func clusters(_ ctx: inout RenderContext, _ city: City, _ clusters: PanelList<Cluster>, in area: Rect) {
        let display = ctx.display
        let title = city.listsSystemClusters ? Labels.clusters : Labels.namedIndustries
        let inner = ctx.panel(display.t(title) + clusters.title(display), right: city.system?.code ?? "", in: area,
                              panel: CityScreen.clustersPanel)
        let rows = clusters.items.map { clusterRow($0, display) }
        let headers = [display.t(Labels.clusters), display.t(Labels.distinction), display.t(Labels.chains)]
        let widths = Table.contentWidths(headers: headers, rows: rows)
        ctx.table([Table.Column(headers[0], width: .fill(1)),
                   Table.Column(headers[1], width: .length(min(widths[1], 24))),
                   Table.Column(headers[2], width: .length(widths[2]), alignment: .right)],
                  rows, panel: CityScreen.clustersPanel, empty: clusters.emptyText(display), in: inner)
    }

    private static func targets(_ ctx: inout RenderContext, _ city: City, _ indicators: PanelList<Indicator>, in area: Rect) {
        let display = ctx.display
        let summary = Format.statusCounts(ctx.aggregates.statusCounts(city, asOf: display.asOf),
                                          forecasts: ctx.aggregates.forecastCount(city, asOf: display.asOf), display)
        // The counts are the panel's point: where both do not fit, the title gives way. A
        // filter takes the sort's place: the panel must say it is narrowed.
        var title = display.t(Labels.targets) + indicators.title(display, count: targetCount(city, display))
        if indicators.filter == nil {
            title += " · " + display.t(display.sort.label)
            if CellWidth.of(title) + CellWidth.of(summary) + 7 > area.width {
                title = display.t(Labels.targets) + " (\(city.indicators.count))"
            }
        }
        let inner = ctx.panel(title, right: summary, in: area, panel: CityScreen.targetsPanel)
        TargetTable.render(&ctx, indicators, city, panel: CityScreen.targetsPanel, in: inner)
    }

    /// "39 + 4 series without a target": targets and the headline series listed with them.
    static func targetCount(_ city: City, _ display: Display) -> String {
        let series = city.indicators.count - city.targeted.count
        return series > 0 ? "\(city.targeted.count) + \(series) " + display.t(Labels.seriesOnly) : "\(city.indicators.count)"
    }

    /// A key fact's row with every column (the table drops some where narrow): what the
    /// table draws and what a filter reads.
    static func factRow(_ fact: Fact, _ city: City, _ display: Display) -> Table.Row {
        Table.Row([fact.group.label.text(display.language), fact.name.text(display.language), Format.fact(fact, display),
                   fact.date.description, city.source(fact.source)?.publisher.text(display.language) ?? fact.source],
                  roles: [.muted, nil, .accent, .muted, .muted])
    }

    private static func facts(_ ctx: inout RenderContext, _ city: City, _ facts: PanelList<Fact>, in area: Rect) {
        let display = ctx.display
        let inner = ctx.panel(display.t(Labels.keyFacts) + facts.title(display), in: area, panel: CityScreen.factsPanel)
        let key = TableKey(table: "facts", city: city.id, display: display, ids: facts.items.map(\.id), width: inner.width)
        let (columns, rows) = ctx.aggregates.remembered(key) { () -> ([Table.Column], [Table.Row]) in
            let rows = facts.items.map { factRow($0, city, display) }
            let headers = [display.t(Labels.category), display.t(Labels.indicator), display.t(Labels.value),
                           display.t(Labels.asOfColumn), display.t(Labels.source)]
            let widths = Table.contentWidths(headers: headers, rows: rows)
            // The value and its date whole; the category and the source only where the name
            // keeps room (the footer names the selected fact's source).
            var shown = [1, 2, 3]
            if inner.width - widths[2] - widths[3] - 4 >= 50 { shown.insert(0, at: 0) }
            if inner.width >= 100 { shown.append(4) }
            let columns = shown.map { index in
                switch index {
                case 1: Table.Column(headers[1], width: .fill(2), isName: true)
                case 4: Table.Column(headers[4], width: .fill(1))
                default: Table.Column(headers[index], width: .length(min(widths[index], 24)), alignment: index == 2 ? .right : .left)
                }
            }
            return (columns, rows.map { row in Table.Row(shown.map { row.cells[$0] }, roles: shown.map { row.roles[$0] }) })
        }
        ctx.table(columns, rows,
                  panel: CityScreen.factsPanel, empty: facts.emptyText(display), in: inner)
    }
}
