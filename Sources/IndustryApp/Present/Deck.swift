import TerminalKit
import FileFormats
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import IndustryModel
import IndustryViews

/// The slides of a presentation: views of the data in order, each with an optional title
/// and speaker notes. A deck names views, never figures, so a slide always shows what the
/// data says on the day it is shown. Read from a JSON5 file (docs/presenting.md), or built
/// from the data by `Deck.default`.
public struct Deck: Hashable, Sendable {
    public struct Slide: Hashable, Sendable {
        public var view: ViewSpec
        /// Replaces the view's own title; nil keeps it.
        public var title: LocalizedText?
        /// What the speaker means to say; never shown to the room.
        public var notes: LocalizedText?

        public init(_ view: ViewSpec, title: LocalizedText? = nil, notes: LocalizedText? = nil) {
            self.view = view
            self.title = title
            self.notes = notes
        }
    }

    public var title: LocalizedText
    public var slides: [Slide]

    public static let defaultTitle = LocalizedText(zh: "新型工业化进展", en: "Progress on new industrialization")

    public init(title: LocalizedText = Deck.defaultTitle, slides: [Slide]) {
        self.title = title
        self.slides = slides
    }

    /// The talk the data gives, a slide for each thing that differs: the title, the
    /// overview; per city its slide (its series and facts), its targets (when it has any), each group of targets (when
    /// there is more than one) with a figure published by `asOf`, and each cluster with a
    /// published figure of its own; each measure published by two or more cities,
    /// compared (targets alone are not a result); and the sources. A cluster that only
    /// shares a city-wide figure would repeat it, so it gets no slide. `asOf` nil counts
    /// every figure in the data.
    public static func `default`(_ dataset: Dataset, asOf: Day? = nil) -> Deck {
        let day = asOf ?? Day.endOfYear(9999)
        func published(_ indicator: Indicator) -> Bool { indicator.judged(asOf: day) != nil }
        var slides: [Slide] = [Slide(.title), Slide(.overview)]
        for city in dataset.cities {
            slides.append(Slide(.city(city.id)))
            if !city.targeted.isEmpty { slides.append(Slide(.targets(city: city.id))) }
            let groups = city.categories.filter { group in city.targeted.contains { $0.category == group.id } }
            if groups.count > 1 {
                slides += groups.filter { group in city.targeted.contains { $0.category == group.id && published($0) } }
                    .map { Slide(.targetGroup(city: city.id, category: $0.id)) }
            }
            let ownFigures = city.clusters.filter { cluster in
                city.indicators.contains { $0.clusters == [cluster.id] && published($0) }
                    || city.facts.contains { $0.cluster == cluster.id && $0.isKnown(on: day) }
            }
            slides += ownFigures.map { Slide(.cluster(city: city.id, cluster: $0.id)) }
        }
        let measured = dataset.comparableIndicatorIDs().filter { id in
            dataset.cities.filter { $0.indicator(id).map(published) ?? false }.count >= 2
        }
        slides += measured.map { Slide(.compare(indicator: $0)) }
        slides.append(Slide(.sources))
        return Deck(slides: slides)
    }

    /// The deck with the slide of what changed since `since` at the end (`--since`), unless
    /// the deck already shows it: the talk's own slides first, then what is new.
    public func addingChanges(since: Day?) -> Deck {
        guard let since, !slides.contains(where: { $0.view == .changes(since: since) }) else { return self }
        var deck = self
        deck.slides.append(Slide(.changes(since: since)))
        return deck
    }

    /// Reads a deck file; every problem is reported as `file:line:column: message`.
    public static func load(file path: String, dataset: Dataset) throws(DiagnosticsError) -> Deck {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticsError([Diagnostic(file: path, position: nil, message: "cannot read the deck file")])
        }
        return try parse([UInt8](data), file: path, dataset: dataset)
    }

    /// Parses deck text (JSON5: comments, trailing commas and unquoted keys allowed) and
    /// checks each view against the data.
    public static func parse(_ bytes: [UInt8], file: String, dataset: Dataset) throws(DiagnosticsError) -> Deck {
        try FieldReader.document(bytes, file: file) { root, log in DeckReader(dataset: dataset, log: log).deck(root) }
    }
}

