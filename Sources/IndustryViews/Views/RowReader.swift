import TerminalKit
import IndustryModel

/// A row read in full over the screen: Enter on a key fact shows its value, date, the
/// document's words, qualifiers and source; on a plan task its whole text, action, lead and
/// responsible departments, the clusters and targets it concerns and its source; on a named
/// project or enterprise what the documents say of it; for a department (from search) the
/// tasks it leads and those it is responsible for. ↑↓ scroll it, Esc closes it.
public enum RowReader {
    struct Content {
        var title: String
        var items: [Paragraphs.Item]
    }

    /// The overlay's rectangle over the body: up to 96 columns wide, as tall as its text
    /// (all of the body at most), so a short text leaves the screen under it in view.
    static func area(over body: Rect, items: [Paragraphs.Item]) -> Rect {
        let width = min(body.width, 96)
        let lines = Paragraphs(items).lineCount(width: max(1, width - 2), height: max(0, body.height - 2))
        return Rect(x: body.x + (body.width - width) / 2, y: body.y, width: width, height: min(body.height, lines + 2))
    }

    /// How far the reader scrolls on this display: its rows beyond the overlay's.
    public static func scrollLimit(_ reader: Reader, _ display: Display, _ dataset: Dataset) -> Int {
        guard let content = content(reader.subject, display, dataset.derived) else { return 0 }
        let inner = area(over: Dashboard.body(display), items: content.items).inset(by: 1)
        return Paragraphs(content.items).scrollLimit(width: inner.width, height: inner.height)
    }

    static func render(_ ctx: inout RenderContext, _ reader: Reader, over body: Rect) {
        guard let content = content(reader.subject, ctx.display, ctx.aggregates) else { return }
        let area = area(over: body, items: content.items)
        let inner = ctx.panel(content.title, right: "Esc", in: area)
        ctx.canvas.grid.fill(inner)
        ctx.draw(Paragraphs(content.items, offset: reader.scroll), in: inner)
    }

    static func content(_ subject: RowTarget, _ display: Display, _ aggregates: DatasetDerived) -> Content? {
        switch subject {
        case .fact(let cityID, let id):
            guard let city = aggregates.city(cityID), let fact = city.facts.first(where: { $0.id == id }) else { return nil }
            return Content(title: fact.name.text(display.language), items: factItems(fact, city, display))
        case .task(let cityID, let actionNumber, let number):
            guard let city = aggregates.city(cityID), let action = city.actions.first(where: { $0.number == actionNumber }),
                  let task = action.tasks.first(where: { $0.number == number }) else { return nil }
            return Content(title: display.t(Labels.task(task.number)).trimmingTrailingSpace, items: taskItems(task, action, city, display))
        case .entity(let cityID, let id):
            guard let city = aggregates.city(cityID), let entity = city.entities.first(where: { $0.id == id }) else { return nil }
            return Content(title: entity.name.text(display.language), items: entityItems(entity, city, display))
        case .department(let cityID, let id):
            guard let city = aggregates.city(cityID), let department = city.department(id) else { return nil }
            return Content(title: department.name.text(display.language), items: departmentItems(department, city, display))
        default:
            return nil
        }
    }

    /// "Label: text", continuing under the text's start.
    static func field(_ label: LocalizedText, _ text: String, _ display: Display, _ style: Style = .text) -> Paragraphs.Item {
        let prefix = display.t(label) + display.t(Labels.colon)
        return .text(prefix + text, style, indent: 2)
    }

    static func both(_ name: LocalizedText, _ display: Display) -> [Paragraphs.Item] {
        let other = display.language == .zh ? name.en : name.zh
        return [.text(name.text(display.language), Style(.title, bold: true), indent: 0)]
            + (display.showsChinese && other != name.text(display.language) ? [.text(other, Style(.muted), indent: 0)] : [])
    }

    static func sourceItems(_ id: String, _ city: City, _ display: Display) -> [Paragraphs.Item] {
        guard let source = city.source(id) else { return [field(Labels.source, id, display, Style(.muted))] }
        var items = [field(Labels.source, Format.source(source, display), display, Style(.muted))]
        if let address = source.whereToRead(display.language) { items.append(.text("  " + address, Style(.muted), indent: 2)) }
        return items
    }

    static func factItems(_ fact: Fact, _ city: City, _ display: Display) -> [Paragraphs.Item] {
        var items = both(fact.name, display)
        items.append(.text(fact.group.label.text(display.language) + " · " + city.name.text(display.language), Style(.muted), indent: 0))
        items.append(field(Labels.value, Format.fact(fact, display), display, Style(.accent, bold: true)))
        items.append(field(Labels.asOfColumn, fact.date.description, display))
        if !fact.qualifiers.isEmpty {
            items.append(field(Labels.qualifiers, fact.qualifiers.map { $0.label.text(display.language) }
                .joined(separator: display.t(Labels.listSeparator)), display))
        }
        let quoted = Format.quote(fact.wording, display)
        if !quoted.isEmpty { items.append(field(Labels.wording, quoted.trimmingLeadingSpace, display, Style(.muted))) }
        if let id = fact.cluster, let cluster = city.cluster(id) {
            items.append(field(Labels.cluster, cluster.name.text(display.language), display))
        }
        if let note = fact.note { items.append(field(Labels.note, note.text(display.language), display, Style(.accent))) }
        return items + sourceItems(fact.source, city, display)
    }

    static func taskItems(_ task: PlanTask, _ action: PlanAction, _ city: City, _ display: Display) -> [Paragraphs.Item] {
        let separator = display.t(Labels.listSeparator)
        func departments(_ ids: [String]) -> String {
            ids.map { city.department($0)?.name.text(display.language) ?? $0 }.joined(separator: separator)
        }
        var items = both(task.name, display)
        items.append(.text(display.t(Labels.action(action.number)) + action.name.text(display.language), Style(.muted), indent: 2))
        items.append(field(Labels.leads, task.leads.isEmpty ? display.t(Labels.none) : departments(task.leads), display))
        if !task.partners.isEmpty { items.append(field(Labels.partners, departments(task.partners), display)) }
        if !task.clusters.isEmpty {
            items.append(field(Labels.concernsClusters, task.clusters.map { city.cluster($0)?.name.text(display.language) ?? $0 }
                .joined(separator: separator), display))
        }
        for id in task.indicators {
            guard let indicator = city.indicators.first(where: { $0.id == id }) else { continue }
            let target = indicator.target.map { " → " + Format.target(indicator, display) + " (\($0.year))" } ?? ""
            items.append(field(Labels.setsTargets, indicator.name.text(display.language) + target, display))
        }
        if let note = task.note { items.append(field(Labels.note, note.text(display.language), display, Style(.accent))) }
        return items + sourceItems(action.source, city, display)
    }

    static func entityItems(_ entity: NamedEntity, _ city: City, _ display: Display) -> [Paragraphs.Item] {
        let kind: LocalizedText = switch entity.kind {
        case .project: Labels.kindProject
        case .enterprise: Labels.kindEnterprise
        case .institution: Labels.kindInstitution
        }
        var items = both(entity.name, display)
        items.append(field(Labels.kind, display.t(kind), display))
        if let id = entity.cluster, let cluster = city.cluster(id) {
            items.append(field(Labels.cluster, cluster.name.text(display.language), display))
        }
        if let note = entity.note { items.append(field(Labels.note, note.text(display.language), display, Style(.accent))) }
        return items + sourceItems(entity.source, city, display)
    }

    /// The department's names, then the tasks it leads and those it shares as a
    /// responsible department, a line each by number, and the plan they come from.
    static func departmentItems(_ department: Department, _ city: City, _ display: Display) -> [Paragraphs.Item] {
        let tasks = city.actions.flatMap { action in action.tasks.map { (action: action, task: $0) } }
        let leads = tasks.filter { $0.task.leads.contains(department.id) }
        let shares = tasks.filter { $0.task.partners.contains(department.id) }
        var items = both(department.name, display)
        items.append(.text(display.t(Labels.kindDepartment) + " · " + city.name.text(display.language), Style(.muted), indent: 0))
        for (label, listed) in [(Labels.leadsTasks, leads), (Labels.sharesTasks, shares)] {
            guard !listed.isEmpty else {
                items.append(field(label, display.t(Labels.none), display))
                continue
            }
            items.append(.text(display.t(label) + " (\(listed.count))", .text, indent: 0))
            for (_, task) in listed {
                // Numbers right-aligned, so the names start in one column; a wrapped name
                // continues under its start.
                let number = (task.number < 10 ? " " : "") + "\(task.number) "
                items.append(.text("  " + number + task.name.text(display.language), .text, indent: 2 + number.count))
            }
        }
        var sources: [String] = []
        for (action, _) in leads + shares where !sources.contains(action.source) { sources.append(action.source) }
        return items + sources.flatMap { sourceItems($0, city, display) }
    }
}

extension String {
    var trimmingTrailingSpace: String { String(reversed().drop { $0 == " " }.reversed()) }
    var trimmingLeadingSpace: String { String(drop { $0 == " " }) }
}
