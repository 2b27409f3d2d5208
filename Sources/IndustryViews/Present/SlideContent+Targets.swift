import TerminalKit
import IndustryModel

/// The slides built on targets: a city's targets, a cluster, one indicator across cities;
/// and the figures and target lines they share.
extension SlideContent {
    /// A city's targets: the counts by status in the subtitle (words, not big digits: a
    /// count of targets is not a result), the published figures of up to three targets big,
    /// then each target with its figure, target, bar and status, those with figures first.
    static func targets(_ city: City, _ display: Display) -> SlideContent {
        targetSlide(city.targeted, of: city, title: city.name.text(display.language) + " · " + display.t(Labels.targets), display)
    }

    /// One group of a city's targets (一级指标), laid out as its targets slide.
    static func targetGroup(_ categoryID: String, of city: City, _ display: Display) -> SlideContent {
        let name = city.categories.first { $0.id == categoryID }?.name.text(display.language) ?? categoryID
        return targetSlide(city.targeted.filter { $0.category == categoryID }, of: city,
                           title: city.name.text(display.language) + " · " + name, display)
    }

    private static func targetSlide(_ indicators: [Indicator], of city: City, title: String, _ display: Display) -> SlideContent {
        let ids = Set(indicators.map(\.id))
        let sorted = TargetOrder.sorted(city, by: .status, asOf: display.asOf, language: display.language).filter { ids.contains($0.id) }
        let progresses = sorted.map { city.progress(of: $0, asOf: display.asOf) }
        let counts = ProgressStatus.judged.compactMap { status -> String? in
            let count = progresses.filter { $0.status == status }.count
            guard count > 0 else { return nil }
            return Format.mark(status, ascii: display.ascii) + " " + display.t(status.label) + " \(count)"
        }
        let figures = sorted.compactMap { indicatorFigure($0, of: city, display, label: $0.name.text(display.language)) }
        return SlideContent(title: title,
                            subtitle: ([display.t(Labels.asOf) + " " + display.asOf.description] + counts).joined(separator: " · "),
                            figures: Array(figures.prefix(3)), columns: targetColumns(display),
                            items: sorted.map { targetItem($0, of: city, display, label: $0.name.text(display.language)) },
                            notes: staleNote(progresses, display))
    }

    /// A cluster: its distinctions, the published figures that concern it (its own first,
    /// then its facts, then figures it shares with other clusters), its chains and focus
    /// areas in words, and the documents that name it.
    static func cluster(_ cluster: Cluster, of city: City, _ display: Display) -> SlideContent {
        let related = city.indicators.filter { $0.clusters == [cluster.id] } + city.indicators.filter {
            $0.clusters.contains(cluster.id) && $0.clusters != [cluster.id]
        }
        let facts = city.facts.filter { $0.cluster == cluster.id && $0.isKnown(on: display.asOf) }
        let own = related.prefix { $0.clusters == [cluster.id] }
        let figures = own.compactMap { indicatorFigure($0, of: city, display, label: $0.name.text(display.language)) }
            + facts.map { factFigure($0, of: city, display) }
            + related.dropFirst(own.count).compactMap { indicatorFigure($0, of: city, display, label: $0.name.text(display.language)) }
        let separator = display.t(Labels.listSeparator)
        let chains = cluster.chains.map { $0.text(display.language) }.joined(separator: separator)
        var notes = staleNote(related.map { city.progress(of: $0, asOf: display.asOf) }, display)
        notes.append(display.t(Labels.chains) + ": " + (chains.isEmpty ? display.t(Labels.none) : chains))
        if !cluster.focus.isEmpty {
            notes.append(display.t(Labels.focusAreas) + ": " + cluster.focus.map { $0.text(display.language) }.joined(separator: separator))
        }
        return SlideContent(title: city.name.text(display.language) + " · " + cluster.name.text(display.language),
                            subtitle: cluster.tags.map { $0.label.text(display.language) }.joined(separator: separator),
                            figures: Array(figures.prefix(3)), columns: targetColumns(display),
                            items: related.map { targetItem($0, of: city, display, label: $0.name.text(display.language)) },
                            notes: notes, extraSources: cluster.sources.compactMap { cited($0, city) })
    }

    /// One indicator across the cities: each city's figure big, and a line each with its bar;
    /// the caveats the compare screen gives (target years, wording) as notes.
    static func compare(_ comparison: IndicatorComparison, _ display: Display, _ dataset: Dataset) -> SlideContent {
        let figures = comparison.entries.compactMap { entry in
            indicatorFigure(entry.indicator, of: entry.city, display, label: entry.city.name.text(display.language))
        }
        let items = comparison.entries.map { targetItem($0.indicator, of: $0.city, display, label: $0.city.name.text(display.language)) }
        var notes = staleNote(comparison.entries.map(\.progress), display)
        if comparison.targetYearsDiffer { notes.append(display.t(Labels.yearsDiffer)) }
        // Figures of different years side by side are no comparison unless the slide says so.
        let years = Set(comparison.entries.compactMap { $0.indicator.judged(asOf: display.asOf)?.date.year }).sorted()
        if years.count > 1 { notes.insert(display.t(Labels.figureYearsDiffer(years)), at: 0) }
        var columns = targetColumns(display)
        columns[0] = display.t(Labels.city)
        return SlideContent(title: OverviewView.name(of: comparison.indicatorID, dataset, display),
                            subtitle: display.t(Labels.compare) + " · " + display.t(Labels.asOf) + " " + display.asOf.description,
                            figures: figures, columns: columns, items: items, notes: notes)
    }

    /// The indicator's latest figure known on the day, big, with its date; its target only
    /// in words under it, with a bar of the share reached. Nil when nothing is published:
    /// a target drawn big would read as a result.
    static func indicatorFigure(_ indicator: Indicator, of city: City, _ display: Display, label: String) -> SlideFigure? {
        guard let latest = indicator.judged(asOf: display.asOf) else { return nil }
        let progress = city.progress(of: indicator, asOf: display.asOf)
        let due = indicator.target.map { " (\($0.year))" } ?? ""
        let goal = display.t(Labels.target) + " "
        let hasTarget = indicator.target != nil
        return SlideFigure(label: label,
                           big: FigureFormat.value(latest.value, unit: indicator.unit, measure: indicator.measure, language: display.language),
                           figure: Format.latest(indicator, display),
                           compactFigure: Format.latest(indicator, display, compact: true), date: latest.date.description,
                           status: hasTarget ? Format.status(progress, display) : "",
                           target: hasTarget ? goal + Format.target(indicator, display) + due : "",
                           compactTarget: hasTarget ? goal + Format.target(indicator, display, compact: true) + due : "",
                           role: hasTarget ? Format.role(progress.status) : .accent,
                           share: hasTarget ? progress.share : nil, expected: hasTarget ? progress.expected : nil,
                           wording: latest.wording ?? "", reason: hasTarget ? reason(progress, display) : "",
                           source: cited(latest.source, city), origin: .indicator(city: city.id, id: indicator.id))
    }

    /// The share of the target reached and the share expected by then, in words.
    private static func reason(_ progress: Progress, _ display: Display) -> String {
        let reached = Format.share(progress, display)
        guard !reached.isEmpty else { return display.t(progress.paceLabel) }
        let expected = progress.expected.map { "; " + display.t(Labels.expectedPace) + " " + Format.percent($0) } ?? ""
        return display.t(Labels.shareReached) + " " + reached + expected
    }

    static func factFigure(_ fact: Fact, of city: City, _ display: Display) -> SlideFigure {
        SlideFigure(label: fact.name.text(display.language),
                    big: FigureFormat.value(fact.value, unit: fact.unit, measure: fact.measure, language: display.language),
                    figure: Format.fact(fact, display), date: fact.date.description, source: cited(fact.source, city),
                    origin: .fact(city: city.id, id: fact.id))
    }

    /// A target as one line: latest (or no data) → target (year), the status in words and
    /// the share reached for the bar. The source is the latest figure's, else the target's.
    static func targetItem(_ indicator: Indicator, of city: City, _ display: Display, label: String) -> SlideItem {
        let progress = city.progress(of: indicator, asOf: display.asOf)
        let latest = indicator.judged(asOf: display.asOf)
        let year = indicator.target.map { "\($0.year)" } ?? ""
        let arrow = display.ascii ? " -> " : " → "
        let baseline = indicator.baseline.map {
            Format.figure($0.value, indicator, qualifiers: $0.qualifiers, display) + " (\($0.date))"
        } ?? ""
        let latestText = Format.latest(indicator, display) + (latest.map { " (\($0.date))" } ?? "")
        return SlideItem(label: label,
                         // Without a target the line is the figure and its date: an arrow to nothing misleads.
                         figure: indicator.target == nil
                             ? Format.latest(indicator, display, compact: true) + (latest.map { " (\($0.date))" } ?? "")
                             : Format.latest(indicator, display, compact: true) + arrow + Format.target(indicator, display, compact: true)
                                 + (year.isEmpty ? "" : " (\(year))"),
                         status: Format.status(progress, display), role: Format.role(progress.status), share: progress.share,
                         cells: [label, baseline, latestText, Format.target(indicator, display), year, Format.status(progress, display)],
                         source: cited(latest?.source ?? indicator.target?.source, city))
    }

    /// A stale pace ("无2025年数据") explained once under the slide.
    static func staleNote(_ progresses: [Progress], _ display: Display) -> [String] {
        progresses.contains(where: \.isStale) ? [display.t(Labels.stale)] : []
    }

    static func targetColumns(_ display: Display) -> [String] {
        [display.t(Labels.indicator), display.t(Labels.baseline), display.t(Labels.latest), display.t(Labels.target),
         display.t(Labels.year), display.t(Labels.status)]
    }
}
