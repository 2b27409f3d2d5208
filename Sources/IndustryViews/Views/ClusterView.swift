import TerminalKit
import IndustryModel

/// A cluster: names in both languages, distinctions, chains and focus areas, the targets,
/// plan tasks (with lead departments), projects and enterprises that concern it, and sources.
enum ClusterView {
    static func render(_ ctx: inout RenderContext, _ screen: ClusterScreen, in body: Rect) -> String {
        let (city, cluster) = (screen.city, screen.cluster)
        let display = ctx.display
        let info = infoLines(city, cluster, display).flatMap { line in
            TextFit.wrap(line.0, width: max(1, body.width - 2)).map { ($0, line.1) }
        }
        let rows = Layout.split(body, .vertical, [.length(min(info.count + 2, max(4, body.height - 8))), .fill(1)])
        let inner = ctx.panel(cluster.name.text(display.language), right: city.name.text(display.language), in: rows[0])
        for (row, line) in info.prefix(inner.height).enumerated() { ctx.text(line.0, in: inner, row: row, style: line.1) }
        let wide = body.width >= 100
        let lower = wide
            ? Layout.split(rows[1], .horizontal, [.fill(1), .fill(1), .fill(1)])
            : Layout.split(rows[1], .vertical, [.fill(1), .fill(1), .fill(1)])
        indicators(&ctx, screen, in: lower[0])
        tasks(&ctx, screen, in: lower[1])
        entities(&ctx, screen, in: lower[2])
        return Format.sourceShort(cluster.sources.last.flatMap(city.source), display)
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

    private static func indicators(_ ctx: inout RenderContext, _ screen: ClusterScreen, in area: Rect) {
        let display = ctx.display
        let (city, related) = (screen.city, screen.related)
        let panel = ClusterScreen.indicatorsPanel
        let inner = ctx.panel(display.t(Labels.related) + " (\(related.count))", in: area, panel: panel)
        ctx.table([Table.Column(display.t(Labels.indicator), width: .fill(1)),
                   Table.Column(display.t(Labels.target), width: .length(12), alignment: .right),
                   Table.Column(display.t(Labels.status), width: .length(12))], count: related.count, row: { index in
            let indicator = related[index]
            let progress = city.progress(of: indicator, asOf: display.asOf)
            return Table.Row([indicator.name.text(display.language), Format.target(indicator, display), Format.status(progress, display)],
                             roles: [nil, nil, Format.role(progress.status)])
        }, panel: panel, in: inner)
    }

    private static func tasks(_ ctx: inout RenderContext, _ screen: ClusterScreen, in area: Rect) {
        let display = ctx.display
        let (city, tasks) = (screen.city, screen.tasks)
        let inner = ctx.panel(display.t(Labels.tasks) + " (\(tasks.count))", in: area, panel: ClusterScreen.tasksPanel)
        let rows = tasks.map { pair in
            Table.Row(["\(pair.task.number)", pair.task.name.text(display.language),
                       pair.task.leads.compactMap { city.department($0)?.name.text(display.language) }.joined(separator: ", ")],
                      roles: [.muted, nil, .muted])
        }
        ctx.table([Table.Column("#", width: .length(2), alignment: .right),
                   Table.Column(display.t(Labels.tasks), width: .fill(1)),
                   Table.Column(display.t(Labels.leads), width: .fill(1))], rows, panel: ClusterScreen.tasksPanel, in: inner)
    }

    private static func entities(_ ctx: inout RenderContext, _ screen: ClusterScreen, in area: Rect) {
        let display = ctx.display
        let named = screen.entities
        let inner = ctx.panel(display.t(Labels.projects) + " (\(named.count))", in: area, panel: ClusterScreen.entitiesPanel)
        if named.isEmpty {
            ctx.text(display.t(Labels.none), in: inner, style: Style(.muted))
            return
        }
        let rows = named.map { Table.Row([$0.name.text(display.language), $0.note?.text(display.language) ?? ""], roles: [nil, .muted]) }
        ctx.table([Table.Column(display.t(Labels.name), width: .fill(1)),
                   Table.Column(display.t(Labels.note), width: .fill(1))], rows, panel: ClusterScreen.entitiesPanel, in: inner)
    }
}
