import TerminalKit
import IndustryModel

/// What `y` copies for a row: the figure as the dashboard writes it, its date and the
/// publication it was read in, so a figure pasted into a report keeps its citation:
///
///     15家 (2024-12-31) — 新华日报·交汇点(…)《六大重点产业集群产值将突破1.3万亿,…》2025-12-10;目标 20家 (2025) — …
///
/// A pure function of the row, the display and the data: the app puts it on the clipboard.
public enum CopyText {
    /// Between a figure and its source, as the issue wrote it: a dash reads as "according to"
    /// in both languages and is not in any figure or citation.
    static let citedBy = " — "

    /// The text for a row; nil where the row names nothing to copy. Cleaned of control
    /// characters (ESC shows as ␛): it comes from data files and goes into other programs,
    /// where a pasted escape sequence would act. Lines (a comparison's cities) end in "\n".
    public static func text(_ row: RowTarget, _ display: Display, _ dataset: Dataset) -> String? {
        // The new mark is for this screen's reader; pasted elsewhere it would be a stray symbol.
        var plain = display
        plain.since = nil
        return lines(row, plain, dataset.derived)?.map { Sanitizer.clean($0) }.joined(separator: "\n")
    }

    /// Whether the row is a figure (a target's, a key fact's, a comparison's): the footer
    /// offers `y` there, where copying means most.
    public static func isFigure(_ row: RowTarget) -> Bool {
        switch row {
        case .indicator, .fact, .comparison: true
        default: false
        }
    }

    static func lines(_ row: RowTarget, _ display: Display, _ derived: DatasetDerived) -> [String]? {
        switch row {
        case .indicator(let cityID, let id):
            guard let city = derived.city(cityID), let indicator = city.indicator(id) else { return nil }
            // The figure the Latest column shows: the newest whole-year one known that day.
            return figure(indicator.judged(asOf: display.asOf), indicator, city, display).map { [$0] }
        case .fact(let cityID, let id):
            guard let city = derived.city(cityID), let fact = city.facts.first(where: { $0.id == id }) else { return nil }
            return [Format.fact(fact, display) + " (\(fact.date))" + citedBy + citation(fact.source, city, display)]
        case .comparison(let id):
            guard let comparison = derived.comparison(of: id, asOf: display.asOf) else { return nil }
            // One line a city, as the compare screen's bars: the name first, then each figure.
            return [derived.name(of: id, display.language)] + comparison.entries.map { entry in
                entry.city.name.text(display.language) + " "
                    + (figure(entry.progress.latest, entry.indicator, entry.city, display) ?? display.t(Labels.noData))
            }
        case .cluster(let cityID, let id):
            guard let city = derived.city(cityID), let cluster = city.cluster(id) else { return nil }
            return [named(cluster.name.text(display.language), cluster.sources, city, display)]
        case .task(let cityID, let actionNumber, let number):
            guard let city = derived.city(cityID), let action = city.actions.first(where: { $0.number == actionNumber }),
                  let task = action.tasks.first(where: { $0.number == number }) else { return nil }
            return [named(display.t(Labels.task(number)) + task.name.text(display.language), [action.source], city, display)]
        case .entity(let cityID, let id):
            guard let city = derived.city(cityID), let entity = city.entities.first(where: { $0.id == id }) else { return nil }
            return [named(entity.name.text(display.language), [entity.source], city, display)]
        case .city(let id):
            guard let city = derived.city(id) else { return nil }
            return [named(city.name.text(display.language), city.system.map { [$0.source] } ?? [], city, display)]
        case .department(let cityID, let id):
            guard let city = derived.city(cityID), let department = city.department(id) else { return nil }
            return [named(department.name.text(display.language), city.actions.map(\.source), city, display)]
        case .item:
            return nil
        }
    }

    /// A figure with its date and source, then the target with its year: one citation after
    /// both when the same publication gives them, else each its own. Only the target (and
    /// its source) when no figure is out yet; nil with neither.
    static func figure(_ observation: Observation?, _ indicator: Indicator, _ city: City, _ display: Display) -> String? {
        let target = indicator.target.map { target in
            (target, display.t(Labels.copiedTarget) + " " + Format.target(indicator, display) + " (\(target.year))")
        }
        guard let observation else {
            return target.map { $0.1 + citedBy + citation($0.0.source, city, display) }
        }
        let figure = Format.observation(observation, indicator, display) + " (\(observation.date))"
        guard let (goal, aim) = target else { return figure + citedBy + citation(observation.source, city, display) }
        if goal.source == observation.source {
            return figure + display.t(Labels.comma) + aim + citedBy + citation(goal.source, city, display)
        }
        return figure + citedBy + citation(observation.source, city, display) + display.t(Labels.semicolon)
            + aim + citedBy + citation(goal.source, city, display)
    }

    /// A name and the publications it is from: "船舶海工 — 南通市…《…》2024-08-05;…".
    static func named(_ name: String, _ sources: [String], _ city: City, _ display: Display) -> String {
        sources.isEmpty ? name : name + citedBy + sources.map { citation($0, city, display) }.joined(separator: display.t(Labels.semicolon))
    }

    /// "publisher《title》date", as every screen cites a source; the id where the data lacks
    /// it (validation refuses such data, so only a hand-made data set gets here).
    static func citation(_ id: String, _ city: City, _ display: Display) -> String {
        city.source(id).map { Format.source($0, display) } ?? id
    }
}
