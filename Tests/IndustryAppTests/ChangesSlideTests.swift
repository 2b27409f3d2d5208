import TerminalKit
import BuiltinData
import IndustryApp
import IndustryModel
import IndustryViews
import Testing

private let dataset = try! BuiltinData.load()
private let june = Day(iso: "2025-06-01")!

private func display(_ language: Language, since: Day? = june) -> Display {
    var display = Display(language: language, asOf: Day(iso: "2026-12-01")!)
    display.since = since
    return display
}

/// `--since DAY`: the slide of what changed, its view id, the deck that ends with it, and
/// the mark on every figure published after the day.
@Suite("Changes since the last meeting") struct ChangesSlideTests {
    @Test func theChangesViewIsADeckViewWrittenWithItsDay() throws {
        #expect(try ViewSpec.parse("changes:2025-06-01", in: dataset, allowsTitle: true) == .changes(since: june))
        #expect(ViewSpec.changes(since: june).description == "changes:2025-06-01")
        #expect(throws: ViewSpecError("a changes view is written changes:YYYY-MM-DD (the last meeting's day), found 'changes:June'")) {
            try ViewSpec.parse("changes:June", in: dataset, allowsTitle: true)
        }
        // A snapshot shows dashboard screens; the changes slide is not one.
        #expect(throws: ViewSpecError.self) { try ViewSpec.parse("changes:2025-06-01", in: dataset) }
        let deck = try Deck.parse(Array("{slides: [\"overview\", \"changes:2025-06-01\"]}".utf8), file: "talk.json5", dataset: dataset)
        #expect(deck.slides.map(\.view) == [.overview, .changes(since: june)])
    }

    @Test func addingChangesAppendsTheSlideOnceAndOnlyWithADay() {
        let deck = Deck.default(dataset)
        #expect(deck.addingChanges(since: nil) == deck)
        let added = deck.addingChanges(since: june)
        #expect(added.slides.count == deck.slides.count + 1)
        #expect(added.slides.last?.view == .changes(since: june))
        #expect(added.addingChanges(since: june) == added, "a deck that shows the changes already keeps its own slide")
    }

    @Test func theSlideListsEachNewFigureWithTheOneItFollows() {
        let content = SlideContent.make(.changes(since: june), title: nil, display: display(.en), dataset: dataset)
        #expect(content.title == "New since 2025-06-01")
        #expect(content.items.count == dataset.changes(since: june, asOf: Day(iso: "2026-12-01")!).count)
        let gdp = content.items.first { $0.label == "Nanjing · GDP" }
        #expect(gdp?.figure == "expected about 1.75 trillion yuan → expected over 1.9 trillion yuan (2025-12-31)")
        #expect(gdp?.cells == ["Nanjing · GDP", "expected about 1.75 trillion yuan (2023-12-31)",
                               "expected over 1.9 trillion yuan (2025-12-31)", "2026-01-30"])
        // Both figures' sources are the slide's.
        #expect(gdp?.cellSources[1].map { content.sources.contains($0) } == true)
        // The counts are words in the subtitle: a count drawn big would read as a result.
        #expect(content.figures.isEmpty)
        #expect(content.subtitle == "as of 2026-12-01 · Nantong 24 new figures · Suzhou 5 new figures · Nanjing 5 new figures")
    }

    @Test func withNothingNewTheSlideSaysSoInWords() {
        let later = Day(iso: "2026-11-01")!
        for language in Language.allCases {
            let content = SlideContent.make(.changes(since: later), title: nil, display: display(language, since: later), dataset: dataset)
            #expect(content.items.isEmpty && content.figures.isEmpty)
            #expect(content.notes == [language == .en ? "Nothing was published after 2026-11-01, up to 2026-12-01."
                                                      : "2026-11-01之后至2026-12-01没有发布新的数字。"])
        }
    }

    @Test func theHandoutListsTheChangesSlideByWholeLines() {
        let deck = Deck(slides: [Deck.Slide(.overview)]).addingChanges(since: june)
        let lines = Handout.render(deck, dataset, display: display(.en), format: .markdown).split(separator: "\n").map(String.init)
        #expect(lines.contains("## 2. New since 2025-06-01"))
        #expect(lines.contains("| Indicator | Before | Now | Published | Source |"))
        let gdp = lines.first { $0.hasPrefix("| Nanjing · GDP |") }
        // The earlier figure cites its own source, the new one the row's.
        #expect(gdp?.hasPrefix("| Nanjing · GDP | expected about 1.75 trillion yuan (2023-12-31) \\[") == true)
        #expect(gdp?.hasSuffix(" | expected over 1.9 trillion yuan (2025-12-31) | 2026-01-30 | \\[3\\] |") == true)
        let html = Handout.render(deck, dataset, display: display(.en), format: .html).split(separator: "\n").map(String.init)
        #expect(html.contains("<li><a href=\"#slide-2\">New since 2025-06-01</a></li>"))
        // Figures published after the day carry the mark on the other slides too.
        #expect(lines.contains("- Nanjing · GDP: ✦ expected over 1.9 trillion yuan (2025-12-31) \\[3\\]"))
    }

    @Test func theMarkIsAGlyphInUTF8AndAWordInASCII() {
        #expect(Glyphs.unicode.new == "✦" && Glyphs.ascii.new == "new")
        var ascii = display(.en)
        ascii.ascii = true
        let city = dataset.city("nanjing")!
        let plain = SlideContent.make(.screen(.city("nanjing")), title: nil, display: ascii, dataset: dataset)
        #expect(plain.figures.first?.figure == "new expected over 1.9 trillion yuan")
        // Without --since nothing is marked.
        let unmarked = SlideContent.make(.screen(.city(city.id)), title: nil, display: display(.en, since: nil), dataset: dataset)
        #expect(unmarked.figures.first?.figure == "expected over 1.9 trillion yuan")
        // The help legend names it.
        #expect(GlyphVocabulary.entries(.ascii).contains { $0.meaning == "new" && $0.glyph == "new" })
    }
}
