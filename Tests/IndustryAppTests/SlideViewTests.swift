import TerminalKit
import BuiltinData
import IndustryApp
import IndustryModel
import IndustryViews
import Testing

private let dataset = try! BuiltinData.load()
private let deck = Deck.default(dataset)

/// The slide `view` of the default deck as screen rows.
private func slide(_ view: ViewSpec, width: Int, height: Int, language: Language = .en, ascii: Bool = false,
                   deck: Deck = deck) -> [String] {
    var display = ViewState(cityID: "nantong", language: language, themeName: "projector", asOf: Day(iso: "2026-11-25")!,
                            ascii: ascii)
    display.width = width
    display.height = height
    var presentation = Presentation(deck: deck, display: display, now: .now)
    presentation.index = deck.slides.firstIndex { $0.view == view } ?? 0
    return PresentScreen.render(presentation, dataset, clock: "14:05").grid.lines
}

/// Every row exactly as wide as the screen: nothing spills, nothing is lost.
private func expectRowsFit(_ lines: [String], width: Int, height: Int, _ what: String,
                           sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(lines.count == height, "\(what): \(lines.count) rows", sourceLocation: sourceLocation)
    for (index, line) in lines.enumerated() where CellWidth.of(line) != width {
        Issue.record("\(what) row \(index) is \(CellWidth.of(line)) cells wide: |\(line)|", sourceLocation: sourceLocation)
    }
}

@Suite("Slide screens") struct SlideViewTests {
    @Test func aNarrowSlideKeepsTheDocumentsStrivingFor() {
        // Suzhou's 3 trillion yuan of GDP is 力争 (striving for); a compact figure must not
        // turn it into a plain target in front of the room.
        let english = slide(.compare(indicator: "gdp"), width: 80, height: 24).joined(separator: "\n")
        #expect(english.contains("→ aim 3 tn yuan"), "\(english)")
        let chinese = slide(.compare(indicator: "gdp"), width: 80, height: 24, language: .zh)
        #expect(chinese.joined().contains("力争3万亿元"))
    }

    @Test(arguments: [(120, 40), (80, 24), (60, 18), (40, 12)])
    func everySlideFitsItsScreenInBothLanguagesAndASCII(width: Int, height: Int) {
        for view in deck.slides.map(\.view) {
            for (language, ascii) in [(Language.zh, false), (.en, false), (.en, true)] {
                let lines = slide(view, width: width, height: height, language: language, ascii: ascii)
                expectRowsFit(lines, width: width, height: height, "\(view) \(width)x\(height) \(language) ascii:\(ascii)")
                if ascii {
                    #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) }, "\(view): not ASCII\n\(lines.joined(separator: "\n"))")
                }
            }
        }
    }

    @Test func theFooterShowsTheSlideNumberTheSourceWithItsDateAndTheClock() {
        let twelve = Deck(slides: Array(deck.slides.prefix(12)))
        let lines = slide(.city("nantong"), width: 80, height: 24, deck: twelve)
        let footer = lines[23]
        #expect(footer.hasPrefix(" 3/12 "))
        #expect(footer.contains("Source 2025-12-10"))
        #expect(footer.hasSuffix(" 14:05 "))
        // No dashboard chrome: no tabs, no key hints.
        #expect(!lines.joined().contains("? help"))
        #expect(!lines[0].contains("IndustryDash"))
    }

    @Test func headlineFiguresAreBigFiveRowsWhereTheyFitAndThreeAt80x24() {
        // Three cities' figures side by side: five-row digits need about 50 columns each.
        let large = slide(.overview, width: 160, height: 45, language: .zh)
        #expect(large.contains { $0.contains("██████  ██  ██████  万亿元") }, "five-row digits:\n\(large.joined(separator: "\n"))")
        let small = slide(.overview, width: 80, height: 24, language: .zh)
        #expect(small.contains { $0.contains("▀▀█") }, "three-row digits:\n\(small.joined(separator: "\n"))")
        // Under the big digits, the figure as the document qualifies it, with its date.
        #expect(large.joined(separator: "\n").contains("预计超1.3万亿元 (2025-12-31)"))
        #expect(small.joined(separator: "\n").contains("+ 预计达成"))
    }

    @Test func aCitySlideShowsTheDataFiguresWithTheirDates() {
        let text = slide(.city("nantong"), width: 120, height: 40).joined(separator: "\n")
        // Three figures side by side leave 38 columns each: the compact form, with its date.
        #expect(text.contains("exp. >1.3 tn yuan (2025-12-31)"))
        #expect(text.contains("994 items (2025-12-10)"))
        #expect(text.contains("15 enterprises (2024-12-31)"))
        #expect(text.contains("Clusters: Shipbuilding and offshore engineering"))
    }

    @Test func aLongListShowsTheTopItemsAndCountsTheRest() {
        let lines = slide(.targets(city: "nantong"), width: 80, height: 24)
        let text = lines.joined(separator: "\n")
        #expect(text.contains("✗ exp. behind"), "statuses are words, not colour alone, and a forecast says so")
        #expect(text.contains("? no data"))
        #expect(text.contains("? no 2025 data"))
        #expect(text.contains("1 of 39 targets (exp.)"), "a count of one forecast says so")
        #expect(text.contains("+34 more (in the handout)"))
        #expect(text.contains("No result for the target year has been published."))
        #expect(text.contains("████"), "bars are full blocks")
    }

    @Test func theTitleSlideNamesTheDeckTheCitiesAndTheDay() {
        let text = slide(.title, width: 80, height: 24, language: .zh).joined(separator: "\n")
        #expect(text.contains(Deck.defaultTitle.zh))
        #expect(text.contains("南通、苏州、南京  判断日 2026-11-25"))
        #expect(text.contains("“616”现代化产业体系"))
    }

    @Test func aDecksOwnTitleReplacesTheViewsTitle() {
        let named = Deck(slides: [Deck.Slide(.city("nanjing"), title: LocalizedText(zh: "南京的目标", en: "Nanjing's aims"))])
        #expect(slide(.city("nanjing"), width: 80, height: 24, deck: named)[0].contains("Nanjing's aims"))
    }

    @Test(arguments: [(39, 24), (80, 11), (20, 5), (1, 1), (0, 0)])
    func aTinyScreenSaysItIsTooSmall(width: Int, height: Int) {
        let lines = slide(.overview, width: width, height: height)
        expectRowsFit(lines, width: width, height: height, "\(width)x\(height)")
        if width >= 20 && height >= 3 {
            #expect(lines.joined().contains("terminal too small"))
        }
    }
}
