import TerminalKit
import IndustryModel

/// The slides built on targets: a city's targets, a cluster, one indicator across cities;
/// and the figures and target lines they share.
extension SlideContent {
    /// The targets counted by status big, then each target with its figure, target, bar and
    /// status, those with figures first (the order the dashboard's status sort gives).
    static func targets(_ city: City, _ state: ViewState) -> SlideContent {
        let counts = city.statusCounts(asOf: state.asOf)
        let total = city.targeted.count
        let progresses = city.indicators.map { city.progress(of: $0, asOf: state.asOf) }
        let figures = ProgressStatus.judged.compactMap { status -> SlideFigure? in
            guard let count = counts[status], count > 0 else { return nil }
            // A count that rests on forecasts says how many, as the statuses themselves do.
            let forecasts = status == .expectedMet ? 0 : progresses.filter { $0.status == status && $0.isForecast }.count
            let expected = forecasts == 0 ? "" : state.t(Labels.forecastsAmong(forecasts, of: count))
            return SlideFigure(label: Format.mark(status, ascii: state.ascii) + " " + state.t(status.label), big: "\(count)",
                               figure: state.t(Labels.targetsOf(count, total)) + expected,
                               role: Format.role(status))
        }
        let items = TargetOrder.sorted(city, by: .status, asOf: state.asOf, language: state.language).map {
            targetItem($0, of: city, state, label: $0.name.text(state.language))
        }
        return SlideContent(title: city.name.text(state.language) + " · " + state.t(Labels.targets),
                            subtitle: state.t(Labels.asOf) + " " + state.asOf.description,
                            figures: figures, columns: targetColumns(state), items: items,
                            notes: staleNote(city.indicators.map { city.progress(of: $0, asOf: state.asOf) }, state))
    }

    /// A cluster: its distinctions, the figures of the indicators that concern it, its chains
    /// and focus areas in words, and the documents that name it.
    static func cluster(_ cluster: Cluster, of city: City, _ state: ViewState) -> SlideContent {
        let related = city.indicators.filter { $0.clusters.contains(cluster.id) }
        let figures = related.compactMap { indicatorFigure($0, of: city, state, label: $0.name.text(state.language)) }
        let separator = state.t(Labels.listSeparator)
        let chains = cluster.chains.map { $0.text(state.language) }.joined(separator: separator)
        var notes = staleNote(related.map { city.progress(of: $0, asOf: state.asOf) }, state)
        notes.append(state.t(Labels.chains) + ": " + (chains.isEmpty ? state.t(Labels.none) : chains))
        if !cluster.focus.isEmpty {
            notes.append(state.t(Labels.focusAreas) + ": " + cluster.focus.map { $0.text(state.language) }.joined(separator: separator))
        }
        return SlideContent(title: city.name.text(state.language) + " · " + cluster.name.text(state.language),
                            subtitle: cluster.tags.map { $0.label.text(state.language) }.joined(separator: separator),
                            figures: Array(figures.prefix(2)), columns: targetColumns(state),
                            items: related.map { targetItem($0, of: city, state, label: $0.name.text(state.language)) },
                            notes: notes, extraSources: cluster.sources.compactMap { cited($0, city) })
    }

    /// One indicator across the cities: each city's figure big, and a line each with its bar;
    /// the caveats the compare screen gives (target years, wording) as notes.
    static func compare(_ comparison: IndicatorComparison, _ state: ViewState, _ dataset: Dataset) -> SlideContent {
        let figures = comparison.entries.compactMap { entry in
            indicatorFigure(entry.indicator, of: entry.city, state, label: entry.city.name.text(state.language))
        }
        let items = comparison.entries.map { targetItem($0.indicator, of: $0.city, state, label: $0.city.name.text(state.language)) }
        var notes = staleNote(comparison.entries.map(\.progress), state)
        if comparison.targetYearsDiffer { notes.append(state.t(Labels.yearsDiffer)) }
        var columns = targetColumns(state)
        columns[0] = state.t(Labels.city)
        return SlideContent(title: OverviewView.name(of: comparison.indicatorID, dataset, state),
                            subtitle: state.t(Labels.compare) + " · " + state.t(Labels.asOf) + " " + state.asOf.description,
                            figures: figures, columns: columns, items: items, notes: notes)
    }

    /// The indicator's latest figure known on the day, else its target; nil for a target in
    /// words (低于全省平均), which has no number to draw big.
    static func indicatorFigure(_ indicator: Indicator, of city: City, _ state: ViewState, label: String) -> SlideFigure? {
        let progress = city.progress(of: indicator, asOf: state.asOf)
        let due = indicator.target.map { " (\($0.year))" } ?? ""
        let goal = state.t(Labels.target) + " "
        func value(_ number: Double) -> String {
            FigureFormat.value(number, unit: indicator.unit, measure: indicator.measure, language: state.language)
        }
        if let latest = indicator.judged(asOf: state.asOf) {
            let hasTarget = indicator.target != nil
            return SlideFigure(label: label, big: value(latest.value), figure: Format.latest(indicator, state),
                               compactFigure: Format.latest(indicator, state, compact: true), date: latest.date.description,
                               status: Format.status(progress, state),
                               target: hasTarget ? goal + Format.target(indicator, state) + due : "",
                               compactTarget: hasTarget ? goal + Format.target(indicator, state, compact: true) + due : "",
                               role: Format.role(progress.status), source: cited(latest.source, city))
        }
        guard let target = indicator.target, let number = target.value else { return nil }
        return SlideFigure(label: label, big: value(number), figure: goal + Format.target(indicator, state) + due,
                           compactFigure: goal + Format.target(indicator, state, compact: true) + due,
                           status: Format.status(progress, state), role: Format.role(progress.status),
                           source: cited(target.source, city))
    }

    static func factFigure(_ fact: Fact, of city: City, _ state: ViewState) -> SlideFigure {
        SlideFigure(label: fact.name.text(state.language),
                    big: FigureFormat.value(fact.value, unit: fact.unit, measure: fact.measure, language: state.language),
                    figure: Format.fact(fact, state), date: fact.date.description, source: cited(fact.source, city))
    }

    /// A target as one line: latest (or no data) → target (year), the status in words and
    /// the share reached for the bar. The source is the latest figure's, else the target's.
    static func targetItem(_ indicator: Indicator, of city: City, _ state: ViewState, label: String) -> SlideItem {
        let progress = city.progress(of: indicator, asOf: state.asOf)
        let latest = indicator.judged(asOf: state.asOf)
        let year = indicator.target.map { "\($0.year)" } ?? ""
        let arrow = state.ascii ? " -> " : " → "
        let baseline = indicator.baseline.map {
            Format.figure($0.value, indicator, qualifiers: $0.qualifiers, state) + " (\($0.date))"
        } ?? ""
        let latestText = Format.latest(indicator, state) + (latest.map { " (\($0.date))" } ?? "")
        return SlideItem(label: label,
                         figure: Format.latest(indicator, state, compact: true) + arrow + Format.target(indicator, state, compact: true)
                             + (year.isEmpty ? "" : " (\(year))"),
                         status: Format.status(progress, state), role: Format.role(progress.status), share: progress.share,
                         cells: [label, baseline, latestText, Format.target(indicator, state), year, Format.status(progress, state)],
                         source: cited(latest?.source ?? indicator.target?.source, city))
    }

    /// A stale pace ("无2025年数据") explained once under the slide.
    static func staleNote(_ progresses: [Progress], _ state: ViewState) -> [String] {
        progresses.contains(where: \.isStale) ? [state.t(Labels.stale)] : []
    }

    static func targetColumns(_ state: ViewState) -> [String] {
        [state.t(Labels.indicator), state.t(Labels.baseline), state.t(Labels.latest), state.t(Labels.target),
         state.t(Labels.year), state.t(Labels.status)]
    }
}
