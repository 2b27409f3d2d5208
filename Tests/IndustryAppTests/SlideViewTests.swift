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
    var display = Display(language: language, themeName: "projector", asOf: Day(iso: "2026-11-25")!,
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
        expectRows(slide(.compare(indicator: "gdp"), width: 80, height: 24), [
            11: "  Suzhou  ████████▌       exp. 2.77 tn yuan → aim 3 tn yuan (…  ! exp. at risk  ",
        ], "gdp en")
        expectRows(slide(.compare(indicator: "gdp"), width: 80, height: 24, language: .zh), [
            11: "  苏州 ████████████          预计2.77万亿元 → 力争3万亿元 (2026)  ! 预计有风险  ",
        ], "gdp zh")
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
        expectRows(lines, [
            23: " 3/12  Source 2025-12-10 (+3): Xinhua Daily Jiaohuidian (reporting the…   14:05 ",
        ], "footer")
        // No dashboard chrome: no tabs, no key hints.
        #expect(!lines.joined().contains("? help"))
        #expect(!lines[0].contains("IndustryDash"))
    }

    @Test func headlineFiguresAreBigFiveRowsWhereTheyFitAndThreeAt80x24() {
        // Three cities' figures side by side: five-row digits need about 50 columns each.
        // Under the big digits, the figure as the document qualifies it, with its date.
        expectRows(slide(.overview, width: 160, height: 45, language: .zh), [
            4: "  ████        ██████                                  ██  ██      ██████                                  ████        ██████                                    ",
            5: "    ██            ██                                  ██  ██      ██  ██                                    ██        ██  ██                                    ",
            6: "    ██        ██████                                  ██████      ██████                                    ██        ██████                                    ",
            7: "    ██            ██                                      ██          ██                                    ██            ██                                    ",
            8: "  ██████  ██  ██████  万亿元                              ██  ██  ██████  万亿元                          ██████  ██  ██████  万亿元                            ",
            9: "  预计超1.3万亿元 (2025-12-31)                        预计4.9万亿元 (2025-12-31)                          预计超1.9万亿元 (2025-12-31)                          ",
        ], "five-row digits")
        expectRows(slide(.overview, width: 80, height: 24, language: .zh), [
            3: "  南通 · 六大产业集群产值   苏州 · 规上工业总产值     南京 · 地区生产总值       ",
            4: "  ▀█    ▀▀█                 █ █   █▀█                 ▀█    █▀█                 ",
            5: "   █    ▀▀█                 ▀▀█   ▀▀█                  █    ▀▀█                 ",
            6: "  ▀▀▀ ▀ ▀▀▀ 万亿元            ▀ ▀ ▀▀▀ 万亿元          ▀▀▀ ▀ ▀▀▀ 万亿元          ",
            7: "  预计超1.3万亿元           预计4.9万亿元             预计超1.9万亿元           ",
            8: "  + 预计达成 · 目标 力争…   + 预计进度正常 · 目标…    · 无目标                  ",
        ], "three-row digits")
    }

    @Test func aCitySlideShowsTheDataFiguresWithTheirDates() {
        // Three figures side by side leave 38 columns each: the compact form, with its date.
        expectRows(slide(.city("nantong"), width: 120, height: 40), [
            9: "  exp. >1.3 tn yuan (2025-12-31)         15 enterprises (2024-12-31)            30 enterprises (2025-12-10)             ",
            14: "  Industrial projects over 500 million yuan started since 2022                                  994 items (2025-12-10)  ",
            18: "  Enterprises of the 10-billion tier                                                       15 enterprises (2024-12-31)  ",
            38: "  Clusters: Shipbuilding and offshore engineering, Electronic information, High-end textiles, High-end equipment, New…  ",
        ], "city")
    }

    @Test func aLongListShowsTheTopItemsAndCountsTheRest() {
        // Statuses are words, not colour alone, and a forecast says so; bars are full blocks;
        // a count of one forecast says so; what does not fit is counted.
        expectRows(slide(.targets(city: "nantong"), width: 80, height: 24), [
            3: "  + expected met            ✗ behind                  ? no data                 ",
            7: "  1 of 39 targets           1 of 39 targets (exp.)    35 of 39 targets          ",
            10: "  Growth of above-scal… ██████████▌       exp. 7% → 10% (2025)  ✗ exp. behind   ",
            11: "  Output of the six ke… ███████████████ exp. >1.3 tn yuan → a…  + expected met  ",
            12: "  Manufacturing value…                    no data → 40% (2025)  ? no data       ",
            14: "  High-tech industries… ██████████████▉     49.6% → 50% (2025)  ? no 2025 data  ",
            15: "  R&D intensity of abo… ██████████████▊      2.94% → 3% (2025)  ? no 2025 data  ",
            19: "  +34 more (in the handout)                                                     ",
            22: "  No result for the target year has been published.                             ",
        ], "targets")
    }

    @Test func theTitleSlideNamesTheDeckTheCitiesAndTheDay() {
        expectRows(slide(.title, width: 80, height: 24, language: .zh), [
            4: "                                 新型工业化进展                                 ",
            5: "                      南通、苏州、南京  判断日 2026-11-25                       ",
            11: "    “616”现代化产业体系          “1030”产业体系        “2+6+6”创新型产业集群    ",
        ], "title")
    }

    @Test func aDecksOwnTitleReplacesTheViewsTitle() {
        let named = Deck(slides: [Deck.Slide(.city("nanjing"), title: LocalizedText(zh: "南京的目标", en: "Nanjing's aims"))])
        expectRows(slide(.city("nanjing"), width: 80, height: 24, deck: named), [
            0: "  Nanjing's aims                                                                ",
        ], "named deck")
    }

    @Test(arguments: [
        (39, 24, 10, "          terminal too small:          "),
        (80, 11, 4, "                              terminal too small:                               "),
        (20, 5, 1, "terminal too small: "), (1, 1, nil, nil), (0, 0, nil, nil),
    ] as [(Int, Int, Int?, String?)])
    func aTinyScreenSaysItIsTooSmall(width: Int, height: Int, messageRow: Int?, message: String?) {
        let lines = slide(.overview, width: width, height: height)
        expectRowsFit(lines, width: width, height: height, "\(width)x\(height)")
        if let messageRow, let message { expectRows(lines, [messageRow: message], "\(width)x\(height)") }
    }
}
