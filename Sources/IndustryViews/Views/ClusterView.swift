import TerminalKit
import IndustryModel

/// A cluster: names in both languages, distinctions, chains and focus areas, the targets,
/// plan tasks (with lead departments), projects and enterprises that concern it, and sources.
enum ClusterView {
    static func render(_ ctx: inout RenderContext, _ screen: ClusterScreen, in body: Rect) -> String {
        let (city, cluster) = (screen.city, screen.cluster)
        let display = ctx.display
        let parts = layout(screen, display, body)
        info(&ctx, screen, in: ctx.place(ClusterScreen.infoPanel, parts.info, body: body))
        indicators(&ctx, screen, in: ctx.place(ClusterScreen.indicatorsPanel, parts.lists[0], body: body))
        tasks(&ctx, screen, in: ctx.place(ClusterScreen.tasksPanel, parts.lists[1], body: body))
        entities(&ctx, screen, in: ctx.place(ClusterScreen.entitiesPanel, parts.lists[2], body: body))
        return Format.sourceShort(cluster.sources.last.flatMap(city.source), display)
    }

    /// The description on top, the three lists under it (side by side when wide), each
    /// sized by what it holds: a list gets a row before the description gets more than
    /// three lines, and an empty list only the line that says so. Sized by all their rows,
    /// filtered or not, so typing a filter does not move the panels about.
    static func layout(_ screen: ClusterScreen, _ display: Display, _ body: Rect) -> (info: Rect, lists: [Rect]) {
        let counts = [screen.related.total, screen.tasks.total, screen.entities.total]
        // Side by side only when there is a third list to put beside the other two.
        let wide = body.width >= 100 && counts[2] > 0
        // Border and header around the rows (an empty table says "(none)" under its header);
        // the empty projects panel is a border round "none named".
        let needs = counts.enumerated().map { index, count in index == 2 && count == 0 ? 3 : max(count, 1) + 3 }
        let minimums = needs.map { min($0, 4) }
        let infoNeed = Paragraphs(infoItems(screen.city, screen.cluster, display)).lineCount(width: body.width - 2, height: .max) + 2
        let listsNeed = wide ? max(needs[0] + needs[1], needs[2]) : needs.reduce(0, +)
        let listsLeast = wide ? max(minimums[0] + minimums[1], minimums[2]) : minimums.reduce(0, +)
        let heights = Layout.byContent(total: body.height, needs: [infoNeed, listsNeed], minimums: [min(infoNeed, 5), listsLeast])
        let rows = Layout.split(body, .vertical, heights.map { .length($0) })
        guard wide else { return (rows[0], Layout.split(rows[1], .vertical, needs: needs, minimums: minimums)) }
        // Wide: the indicators and tasks, whose names are long, share the left three fifths
        // by what they hold; the projects and enterprises the rest.
        let columns = Layout.split(rows[1], .horizontal, [.percentage(60), .fill(1)])
        let left = Layout.split(columns[0], .vertical, needs: Array(needs.prefix(2)), minimums: Array(minimums.prefix(2)))
        return (rows[0], left + [columns[1]])
    }

    private static func info(_ ctx: inout RenderContext, _ screen: ClusterScreen, in area: Rect) {
        let display = ctx.display
        let inner = ctx.panel(screen.cluster.name.text(display.language), right: screen.city.name.text(display.language),
                              in: area, panel: ClusterScreen.infoPanel)
        ctx.draw(Paragraphs(infoItems(screen.city, screen.cluster, display), offset: ctx.navigation.detailScroll), in: inner)
    }

    static func infoItems(_ city: City, _ cluster: Cluster, _ display: Display) -> [Paragraphs.Item] {
        infoLines(city, cluster, display).map { .text($0.0, $0.1, indent: 2) }
    }

    private static func infoLines(_ city: City, _ cluster: Cluster, _ display: Display) -> [(String, Style)] {
        let other = display.language == .zh ? cluster.name.en : cluster.name.zh
        let separator = display.t(Labels.listSeparator)
        var lines: [(String, Style)] = display.showsChinese ? [(other, Style(.muted))] : []
        let tags = cluster.tags.map { $0.label.text(display.language) }.joined(separator: separator)
        if !tags.isEmpty { lines.append((tags, Style(.accent))) }
        let chains = cluster.chains.map { $0.text(display.language) }.joined(separator: separator)
        lines.append((display.t(Labels.chains) + ": " + (chains.isEmpty ? display.t(Labels.none) : chains), .text))
        if !cluster.focus.isEmpty {
            lines.append((display.t(Labels.focusAreas) + ": " + cluster.focus.map { $0.text(display.language) }.joined(separator: separator), .text))
        }
        if let note = cluster.note { lines.append((display.t(Labels.note) + ": " + note.text(display.language), Style(.muted))) }
        if let system = city.system?.note { lines.append((system.text(display.language), Style(.muted))) }
        if let system = city.system, !system.chainNames.isEmpty {
            // Named for the whole system only: which cluster each belongs to is not published.
            let names = system.chainNames.map { $0.text(display.language) }.joined(separator: separator)
            lines.append((display.t(Labels.systemChains) + " (\(system.chainNames.count)): " + names, .text))
            if let source = system.chainNamesSource.flatMap(city.source) {
                lines.append((display.t(Labels.source) + ": " + Format.source(source, display), Style(.muted)))
            }
        }
        for id in cluster.sources {
            lines.append((display.t(Labels.source) + ": " + Format.source(city.source(id), display), Style(.muted)))
        }
        return lines
    }

    /// Each list's row: what its table draws and what a filter reads.
    static func indicatorRow(_ indicator: Indicator, _ city: City, _ display: Display) -> Table.Row {
        let progress = city.progress(of: indicator, asOf: display.asOf)
        return Table.Row([indicator.name.text(display.language), Format.target(indicator, display, compact: true),
                          Format.status(progress, display)], roles: [nil, nil, Format.role(progress.status)])
    }

    static func taskRow(_ task: PlanTask, _ city: City, _ display: Display) -> Table.Row {
        Table.Row(["\(task.number)", task.name.text(display.language),
                   task.leads.compactMap { city.department($0)?.name.text(display.language) }.joined(separator: ", ")],
                  roles: [.muted, nil, .muted])
    }

    static func entityRow(_ entity: NamedEntity, _ display: Display) -> Table.Row {
        Table.Row([entity.name.text(display.language), entity.note?.text(display.language) ?? ""], roles: [nil, .muted])
    }

    private static func indicators(_ ctx: inout RenderContext, _ screen: ClusterScreen, in area: Rect) {
        let display = ctx.display
        let (city, related) = (screen.city, screen.related)
        let panel = ClusterScreen.indicatorsPanel
        let inner = ctx.panel(display.t(Labels.related) + related.title(display), in: area, panel: panel)
        let rows = related.items.map { indicatorRow($0, city, display) }
        let headers = [display.t(Labels.indicator), display.t(Labels.target), display.t(Labels.status)]
        let widths = Table.contentWidths(headers: headers, rows: rows).map { min($0, 18) }
        ctx.table([Table.Column(headers[0], width: .fill(1)),
                   Table.Column(headers[1], width: .length(widths[1]), alignment: .right),
                   Table.Column(headers[2], width: .length(widths[2]))], rows, panel: panel,
                  empty: related.emptyText(display), in: inner)
    }

    private static func tasks(_ ctx: inout RenderContext, _ screen: ClusterScreen, in area: Rect) {
        let display = ctx.display
        let (city, tasks) = (screen.city, screen.tasks)
        let inner = ctx.panel(display.t(Labels.tasks) + tasks.title(display), in: area, panel: ClusterScreen.tasksPanel)
        let rows = tasks.items.map { taskRow($0.task, city, display) }
        ctx.table([Table.Column("#", width: .length(2), alignment: .right),
                   Table.Column(display.t(Labels.tasks), width: .fill(1), isName: true),
                   Table.Column(display.t(Labels.leads), width: .fill(1))], rows, panel: ClusterScreen.tasksPanel,
                  empty: tasks.emptyText(display), in: inner)
    }

    private static func entities(_ ctx: inout RenderContext, _ screen: ClusterScreen, in area: Rect) {
        let display = ctx.display
        let named = screen.entities
        let inner = ctx.panel(display.t(Labels.projects) + named.title(display), in: area, panel: ClusterScreen.entitiesPanel)
        if named.total == 0 {
            ctx.text(display.t(Labels.none), in: inner, style: Style(.muted))
            return
        }
        let rows = named.items.map { entityRow($0, display) }
        ctx.table([Table.Column(display.t(Labels.name), width: .fill(1)),
                   Table.Column(display.t(Labels.note), width: .fill(1))], rows, panel: ClusterScreen.entitiesPanel,
                  empty: named.emptyText(display), in: inner)
    }
}
