import TerminalKit
import IndustryModel

/// The slides built on published figures alone: a city's series, and the closing list of
/// the documents they come from.
extension SlideContent {
    /// A published series on one line: "2.4 → 2.67 → 2.77万亿元 (2022–2025)", the unit once
    /// when every figure has the same one. Nil for an indicator with nothing published by
    /// the day. Partial-year figures stay out: a series compares like with like.
    static func seriesItem(_ indicator: Indicator, of city: City, _ display: Display) -> SlideItem? {
        let known = indicator.observations.filter { $0.isKnown(on: display.asOf) && !$0.isPartial }
        guard let last = known.last else { return nil }
        let values = known.map { Format.newMark($0.published, display) + Format.figure($0.value, indicator, qualifiers: $0.qualifiers, display) }
        let arrow = display.ascii ? " -> " : " → "
        let span = known.count == 1 ? last.date.description : years(known.first!.date, last.date)
        let line = sharedUnit(values) + " (\(span))"
        return SlideItem(label: indicator.name.text(display.language), figure: line, status: "", role: .accent, share: nil,
                         cells: [indicator.name.text(display.language), sharedUnit(values, arrow: arrow), span],
                         source: cited(last.source, city))
        func sharedUnit(_ values: [String], arrow: String = arrow) -> String {
            let split = values.map(Self.numberAndUnit)
            guard let unit = split.last?.unit, split.allSatisfy({ $0.unit == unit }) else { return values.joined(separator: arrow) }
            return split.map(\.number).joined(separator: arrow) + unit
        }
    }

    /// "2022–2025" when both days end a year, else the two days.
    private static func years(_ first: Day, _ last: Day) -> String {
        let yearEnds = first == Day.endOfYear(first.year) && last == Day.endOfYear(last.year)
        return yearEnds ? "\(first.year)–\(last.year)" : "\(first)–\(last)"
    }

    /// A formatted figure cut after its last digit: "exp. 4.9" and " tn yuan".
    static func numberAndUnit(_ figure: String) -> (number: String, unit: String) {
        guard let lastDigit = figure.lastIndex(where: { $0.isASCII && $0.isNumber }) else { return (figure, "") }
        let cut = figure.index(after: lastDigit)
        return (String(figure[..<cut]), String(figure[cut...]))
    }

    /// The closing slide: each document behind a figure published by the day, once, with
    /// its date, publisher and title. Worked out from the data alone, so a follower draws
    /// the same list.
    static func sourcesPage(_ display: Display, _ dataset: Dataset) -> SlideContent {
        // One document can be recorded twice (read in two copies): listed once.
        var seen: Set<String> = []
        var items: [SlideItem] = []
        for city in dataset.cities {
            let observed = city.indicators.flatMap { $0.observations.filter { $0.isKnown(on: display.asOf) }.map(\.source) }
            let facts = city.facts.filter { $0.isKnown(on: display.asOf) }.map(\.source)
            for source in (observed + facts).compactMap({ cited($0, city) })
            where seen.insert(source.source.documentKey).inserted {
                let document = source.source
                items.append(SlideItem(label: document.citation(display.language, dated: false), figure: document.date.description,
                                       status: "", role: .muted, share: nil,
                                       cells: [source.city.text(display.language), document.citation(display.language, dated: false),
                                               document.date.description],
                                       source: source))
            }
        }
        items.sort { $0.figure > $1.figure }
        return SlideContent(title: display.t(Labels.sourcesTitle),
                            subtitle: display.t(Labels.citedSources(items.count)),
                            columns: [display.t(Labels.city), display.t(Labels.document), display.t(Labels.publishedOn)], items: items)
    }
}
