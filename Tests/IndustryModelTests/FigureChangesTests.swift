import Testing
import BuiltinData
@testable import IndustryModel

/// `Dataset.changes(since:asOf:)`: what was published after the last meeting.
@Suite("Figure changes") struct FigureChangesTests {
    static func day(_ text: String) -> Day { Day(iso: text)! }

    static func source(_ id: String, _ published: String) -> Source {
        Source(id: id, publisher: LocalizedText(zh: "统计局", en: "Bureau"), title: LocalizedText(zh: id, en: id), date: day(published))
    }

    /// One indicator with a baseline and figures published in March, June and December 2025,
    /// and two facts, one published before the meeting of 2025-05-01 and one after.
    static let dataset: Dataset = {
        let march = source("march", "2025-03-01"), june = source("june", "2025-06-15"), december = source("december", "2025-12-20")
        func observation(_ date: String, _ value: Double, _ source: Source, _ qualifiers: [Qualifier] = []) -> Observation {
            Observation(date: day(date), value: value, qualifiers: qualifiers, source: source.id, published: source.date)
        }
        let output = Indicator(id: "output", name: LocalizedText(zh: "产值", en: "Output"), category: "c", unit: .yiYuan,
                               baseline: observation("2023-12-31", 900, march),
                               observations: [observation("2024-12-31", 1000, march), observation("2025-03-31", 300, june, [.partial]),
                                              observation("2025-12-31", 1300, december, [.expected])])
        let firms = LocalizedText(zh: "家", en: "enterprises")
        let facts = [
            Fact(id: "old", group: .enterprises, name: LocalizedText(zh: "旧", en: "Old"), value: 5, unit: .count, measure: firms,
                 date: day("2024-12-31"), source: "march", published: march.date),
            Fact(id: "champions", group: .enterprises, name: LocalizedText(zh: "冠军", en: "Champions"), value: 1, unit: .count,
                 measure: firms, date: day("2025-06-01"), source: "june", published: june.date),
        ]
        let city = City(id: "c", order: 1, name: LocalizedText(zh: "城", en: "City"), sources: [march, june, december],
                        indicators: [output], facts: facts)
        return Dataset(cities: [city])
    }()

    @Test func aFigurePublishedAfterTheDayIsListedWithTheOneBeforeIt() {
        let changes = Self.dataset.changes(since: Self.day("2025-05-01"), asOf: Self.day("2025-12-31"))
        #expect(changes.map(\.subject) == [.indicator("output"), .indicator("output"), .fact("champions")])
        let partial = changes[0]
        #expect(partial.current == DatedFigure(value: 300, qualifiers: [.partial], date: Self.day("2025-03-31"),
                                               published: Self.day("2025-06-15"), source: "june"))
        #expect(partial.previous == DatedFigure(value: 1000, date: Self.day("2024-12-31"), published: Self.day("2025-03-01"),
                                                source: "march"))
        // The December forecast follows the June figure; both dates and both sources kept.
        #expect(changes[1].previous?.source == "june" && changes[1].current.source == "december")
        #expect(changes[1].current.date == Self.day("2025-12-31") && changes[1].current.published == Self.day("2025-12-20"))
        // A fact has no series: nothing before it.
        #expect(changes[2].previous == nil && changes[2].current.value == 1)
    }

    @Test func aFigureNotYetPublishedOnTheDayShownIsNotAChange() {
        // In July the December forecast does not exist yet.
        let july = Self.dataset.changes(since: Self.day("2025-05-01"), asOf: Self.day("2025-07-01"))
        #expect(july.map(\.current.source) == ["june", "june"])
    }

    @Test func aFigurePublishedOnTheDayItselfWasKnownThen() {
        let changes = Self.dataset.changes(since: Self.day("2025-06-15"), asOf: Self.day("2025-12-31"))
        #expect(changes.map(\.current.source) == ["december"])
        #expect(Self.dataset.changes(since: Self.day("2025-12-20"), asOf: Self.day("2025-12-31")).isEmpty)
    }

    @Test func theFirstFigureOfASeriesFollowsItsBaseline() {
        let changes = Self.dataset.changes(since: Self.day("2025-01-01"), asOf: Self.day("2025-12-31"))
        #expect(changes.first?.previous?.value == 900)
        #expect(changes.first?.current.value == 1000)
    }

    @Test func theLoaderGivesFactsTheirSourcesPublicationDay() throws {
        let data = try BuiltinData.load()
        for city in data.cities {
            for fact in city.facts {
                #expect(fact.published == city.source(fact.source)?.date, "\(city.id)/\(fact.id)")
            }
        }
    }
}
