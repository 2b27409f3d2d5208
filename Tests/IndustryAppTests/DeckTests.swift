import TerminalKit
import FileFormats
import BuiltinData
import IndustryApp
import IndustryModel
import IndustryViews
import Testing

private let dataset = try! BuiltinData.load()

private func parse(_ text: String) throws(DiagnosticsError) -> Deck {
    try Deck.parse(Array(text.utf8), file: "talk.json5", dataset: dataset)
}

/// The diagnostics of a deck that must fail, as `file:line:column: message` lines.
private func problems(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
    do {
        _ = try parse(text)
        Issue.record("the deck parsed", sourceLocation: sourceLocation)
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}

@Suite("Deck files and view specs") struct DeckTests {
    @Test func theSampleDeckParsesWithTitlesNotesAndAShorthandSlide() throws {
        let deck = try Deck.parse(BuiltinData.deck, file: "sample-data/deck.json5", dataset: dataset)
        #expect(deck.title.en == "Three cities' new industrialization: progress and gaps")
        #expect(deck.slides.first?.view == .title)
        #expect(deck.slides.map(\.view).contains(.cluster(city: "nantong", cluster: "shipbuilding-offshore")))
        #expect(deck.slides.last == Deck.Slide(.compare(indicator: "high-tech-share")))
        let nantong = try #require(deck.slides.first { $0.view == .city("nantong") })
        #expect(nantong.title?.zh == "南通:六大集群")
        #expect(nantong.notes?.en.contains("1.3 trillion yuan") == true)
    }

    @Test func aStringIsTheSameTitleOrNoteInBothLanguages() throws {
        let deck = try parse(#"{title: "Q4", slides: [{view: "overview", notes: "start here"}, "city:suzhou",]}"#)
        #expect(deck.title == LocalizedText(zh: "Q4", en: "Q4"))
        #expect(deck.slides == [Deck.Slide(.overview, notes: LocalizedText(zh: "start here", en: "start here")), Deck.Slide(.city("suzhou"))])
    }

    @Test func aDeckWithoutTitleGetsTheDefaultOne() throws {
        #expect(try parse(#"{slides: ["overview"]}"#).title == Deck.defaultTitle)
    }

    @Test func everyProblemIsReportedWithLineAndColumnInFileOrder() {
        let text = """
        {
          colour: "red",
          slides: [
            {view: "city:nantung"},
            {view: "compare:software-revenue", title: 5},
            {view: "overview", speaker: "x"},
            {title: "no view"},
            {view: "cluster:nantong"},
            {view: "warp", notes: {zh: "中", fr: "x"}},
          ],
        }
        """
        #expect(problems(text) == [
            "talk.json5:2:3: unknown field 'colour' in the deck (known fields: title, slides)",
            "talk.json5:4:12: unknown city 'nantung' (cities: nantong, suzhou, nanjing)",
            "talk.json5:5:12: 'software-revenue' is not measured by two cities (comparable: " + dataset.comparableIndicatorIDs().joined(separator: ", ") + ")",
            "talk.json5:5:47: field 'title' must be a string or {zh, en}, found 5",
            "talk.json5:6:24: unknown field 'speaker' in a slide (known fields: view, title, notes)",
            "talk.json5:7:5: missing field 'view' in a slide",
            "talk.json5:8:12: a cluster view is written cluster:CITY/ID, e.g. cluster:nantong/shipbuilding-offshore",
            "talk.json5:9:12: unknown view 'warp': title, sources, changes:DAY, " + ViewSpec.forms,
            "talk.json5:9:27: missing field 'en' in 'notes'",
            "talk.json5:9:37: unknown field 'fr' in 'notes' (known fields: zh, en)",
        ])
    }

    @Test func anEmptyOrMissingSlideListIsAnError() {
        #expect(problems("{slides: []}") == ["talk.json5:1:10: the deck has no slides: add at least one, e.g. {view: \"overview\"}"])
        #expect(problems("{title: \"x\"}") == ["talk.json5:1:1: missing field 'slides' in the deck"])
        #expect(problems("{slides: \"overview\"}") == ["talk.json5:1:10: field 'slides' must be an array, found \"overview\""])
        #expect(problems("[]") == ["talk.json5:1:1: the deck must be an object, found array"])
    }

    @Test func aSyntaxErrorIsReportedWhereItIs() {
        #expect(problems("{slides: [\"overview\"\n  \"city:nantong\"]}") == ["talk.json5:2:3: expected ',' or ']' after array element"])
    }

    @Test func anUnreadableFileIsNamed() {
        #expect(throws: DiagnosticsError.self) { try Deck.load(file: "/nonexistent/deck.json5", dataset: dataset) }
    }

    @Test func theDefaultDeckHasASlideForEachThingThatDiffers() throws {
        // Per city: its series, its targets, each group of targets with a published figure
        // (Suzhou's targets are one group, so no group slide repeats its targets slide),
        // and no cluster slide repeating a city-wide figure; comparisons only where two
        // cities have published figures; the sources last.
        let deck = Deck.default(dataset, asOf: Day(iso: "2026-11-25")!)
        #expect(deck.slides.map(\.view.description) == [
            "title", "overview",
            "city:nantong", "targets:nantong", "targets:nantong/quality-efficiency", "targets:nantong/industrial-structure",
            "targets:nantong/innovation", "targets:nantong/enterprise-strength", "targets:nantong/action-clusters",
            "city:suzhou", "targets:suzhou",
            "city:nanjing", "targets:nanjing",
            "compare:above-scale-va-growth", "compare:high-tech-share", "compare:gdp", "compare:gdp-growth",
            "compare:little-giants-added", "compare:single-champions-added",
            "sources",
        ])
        #expect(deck.slides.allSatisfy { $0.title == nil && $0.notes == nil })
    }

    @Test func aCityWithoutTargetsKeepsTheSlideOfAClusterWithAFactOfItsOwn() throws {
        // Nanjing without its targets, and one of its facts about its first cluster.
        var nanjing = try #require(dataset.city("nanjing"))
        nanjing.indicators = nanjing.indicators.map { var indicator = $0; indicator.target = nil; return indicator }
        let cluster = try #require(nanjing.clusters.first).id
        nanjing.facts[0].cluster = cluster
        let data = Dataset(cities: dataset.cities.map { $0.id == "nanjing" ? nanjing : $0 })
        let display = Display(language: .en, themeName: "projector", asOf: Day(iso: "2026-11-25")!)
        let views = Deck.default(data, asOf: display.asOf).slides.map(\.view)
        #expect(!views.contains(.targets(city: "nanjing")), "no targets, no targets slide")
        #expect(views.contains(.cluster(city: "nanjing", cluster: cluster)))
        let content = SlideContent.make(.screen(.cluster(city: "nanjing", cluster: cluster)), title: nil, display: display, dataset: data)
        #expect(content.figures.first?.origin == .fact(city: "nanjing", id: nanjing.facts[0].id))
        #expect(content.headline.isEmpty, "a cluster with a published fact does not say it has no result")
    }

    @Test func noTwoSlidesOfTheDefaultDeckShowTheSameContent() {
        let display = Display(language: .en, themeName: "projector", asOf: Day(iso: "2026-11-25")!)
        let deck = Deck.default(dataset, asOf: display.asOf)
        var seen: [SlideContent: String] = [:]
        for slide in deck.slides {
            var content = SlideContent.make(slide.view.subject(deckTitle: deck.title), title: nil, display: display, dataset: dataset)
            content.title = ""
            content.subtitle = ""
            if let earlier = seen[content] { Issue.record("\(slide.view) repeats \(earlier)") }
            seen[content] = slide.view.description
        }
    }

    /// Whether a big figure is the latest published figure of what it names, with its date.
    static func isPublished(_ figure: SlideFigure, _ display: Display) -> Bool {
        let value: (Double, Unit, LocalizedText?, Day)?
        switch figure.origin {
        case .indicator(let cityID, let id)?:
            value = dataset.city(cityID)?.indicator(id).flatMap { indicator in
                indicator.judged(asOf: display.asOf).map { ($0.value, indicator.unit, indicator.measure, $0.date) }
            }
        case .fact(let cityID, let id)?:
            value = dataset.city(cityID)?.facts.first { $0.id == id && $0.isKnown(on: display.asOf) }.map { ($0.value, $0.unit, $0.measure, $0.date) }
        case nil:
            value = nil
        }
        guard let (number, unit, measure, date) = value else { return false }
        let text = FigureFormat.value(number, unit: unit, measure: measure, language: display.language)
        return SlideFigure.digits(text) == figure.big && date.description == figure.date
    }

    @Test(arguments: ["default", "sample"])
    func noSlideShowsATargetInBigDigits(deckName: String) throws {
        // Walks every slide in both languages: each big figure is a published observation
        // (value and date) of the data, never a target, a count or a code.
        let sample = try Deck.parse(BuiltinData.deck, file: "deck.json5", dataset: dataset)
        for language in [Language.zh, .en] {
            let display = Display(language: language, themeName: "projector", asOf: Day(iso: "2026-11-25")!)
            let deck = deckName == "default" ? Deck.default(dataset, asOf: display.asOf) : sample
            var figures = 0
            for slide in deck.slides {
                let content = SlideContent.make(slide.view.subject(deckTitle: deck.title), title: nil, display: display, dataset: dataset)
                for figure in content.figures {
                    figures += 1
                    #expect(Self.isPublished(figure, display), "\(slide.view) \(language): \(figure.label) shows \(figure.big) (\(figure.date)), not its published figure")
                }
            }
            #expect(figures > 10, "\(deckName) \(language): only \(figures) big figures")
        }
    }

    @Test func viewSpecsReadBackTheirOwnText() throws {
        for slide in Deck.default(dataset).slides + [Deck.Slide(.targetGroup(city: "nantong", category: "green"))] {
            #expect(try ViewSpec.parse(slide.view.description, in: dataset, allowsTitle: true) == slide.view)
        }
        #expect(throws: ViewSpecError("unknown view 'title': " + ViewSpec.forms)) { try ViewSpec.parse("title", in: dataset) }
        // A target group is a slide; the dashboard (snapshot --view) has no screen for one.
        #expect(throws: ViewSpecError("targets:CITY/GROUP is a slide of a deck; the dashboard shows the city's targets: targets:CITY")) {
            try ViewSpec.parse("targets:nantong/innovation", in: dataset)
        }
    }

    @Test func aViewSpecOpensTheStackTheKeysWouldHaveBuilt() throws {
        var state = DashboardState(cityID: "nantong", language: .en, asOf: Day(iso: "2026-11-25")!)
        try ViewSpec.parse("targets:suzhou", in: dataset).apply(to: &state.navigation)
        #expect(state.navigation.stack == [.overview, .city("suzhou"), .targets(city: "suzhou")])
        #expect(state.navigation.cityID == "suzhou")
        try ViewSpec.parse("cluster:nanjing/steel", in: dataset).apply(to: &state.navigation)
        #expect(state.navigation.stack == [.overview, .city("nanjing"), .cluster(city: "nanjing", cluster: "steel")])
        try ViewSpec.parse("compare:gdp", in: dataset).apply(to: &state.navigation)
        #expect(state.navigation.stack == [.overview, .compare(indicator: "gdp")])
        #expect(Screens.selection(state.navigation, panel: 0, state.display, dataset) == dataset.comparableIndicatorIDs().firstIndex(of: "gdp"))
        ViewSpec.title.apply(to: &state.navigation)
        #expect(state.navigation.stack == [.overview])
    }
}
