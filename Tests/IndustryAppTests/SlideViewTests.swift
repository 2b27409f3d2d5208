import TerminalKit
import BuiltinData
import IndustryApp
import IndustryModel
import IndustryViews
import Testing

private let dataset = try! BuiltinData.load()
private let deck = Deck.default(dataset, asOf: Day(iso: "2026-11-25")!)

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
            12: "                              Target aim 3 tn yuan                              ",
            17: "  Suzhou  ████████▌       exp. 2.77 tn yuan → aim 3 tn yuan (…  ! exp. at risk  ",
            22: "  Note: the cities' figures are of different years (2021, 2025)                 ",
        ], "gdp en")
        expectRows(slide(.compare(indicator: "gdp"), width: 80, height: 24, language: .zh), [
            12: "                            目标 力争3万亿元 (2026)                             ",
            17: "  苏州 ████████████          预计2.77万亿元 → 力争3万亿元 (2026)  ! 预计有风险  ",
        ], "gdp zh")
    }

    @Test func aCityWithoutATargetsFigureSaysSoInWordsNeverWithABigNumber() {
        // Nanjing's targets have no published figure: the headline says so, in words.
        expectRows(slide(.targets(city: "nanjing"), width: 80, height: 24), [
            1: "                               Nanjing · Targets                                ",
            3: "                        as of 2026-11-25 · ? no data 15                         ",
            5: "                                                                                ",
            6: "                            No result published yet                             ",
            7: "                                                                                ",
            9: "  Index of IT-industry integration              no data → 80 (2026)  ? no data  ",
        ], "nanjing targets")
    }

    @Test func inASCIITheBigDigitsAreSevenSegmentsThatReadFromTheBack() {
        // 1.3, 4.9 and 1.9 trillion: no half blocks folded to `"`, every digit its own shape.
        expectRows(slide(.overview, width: 80, height: 24, ascii: true), [
            2: "                                ----------------                                ",
            7: "                _                         _                         _           ",
            8: "           |    _|                 |_|   |_|                   |   |_|          ",
            9: "           | .  _|                   | .  _|                   | .  _|          ",
            10: "     exp. >1.3 tn yuan          exp. 4.9 tn yuan         exp. >1.9 tn yuan      ",
            15: "    ###################:      #############:##....                              ",
        ], "ascii overview")
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
            23: " 3/12  Source 2025-12-10 (+7): Xinhua Daily Jiaohuidian (reporting the…   14:05 ",
        ], "footer")
        // No dashboard chrome: no tabs, no key hints.
        #expect(!lines.joined().contains("? help"))
        #expect(!lines[0].contains("IndustryDash"))
    }

    @Test func headlineFiguresAreBigFiveRowsWhereTheyFitAndThreeAt80x24() {
        // Three cities' published figures side by side, centred, each in its status colour;
        // under them the figure as the document qualifies it with its date, the status, the
        // target in body type and a bar with a marker where progress should be by now.
        expectRows(slide(.overview, width: 160, height: 45, language: .zh), [
            12: "               南通 · 六大产业集群产值                              苏州 · 规上工业总产值                                 南京 · 地区生产总值                   ",
            13: "              ████        ██████                                  ██  ██      ██████                                   ████        ██████                       ",
            17: "              ██████  ██  ██████  万亿元                              ██  ██  ██████  万亿元                           ██████  ██  ██████  万亿元               ",
            18: "             预计超1.3万亿元 (2025-12-31)                         预计4.9万亿元 (2025-12-31)                          预计超1.9万亿元 (2025-12-31)              ",
            19: "                      + 预计达成                                        + 预计进度正常                                                                          ",
            20: "             目标 力争超1.3万亿元 (2025)                           目标 力争5万亿元 (2026)                                                                      ",
            21: "           ███████████████████████████████┊                    █████████████████████┊████▍░░░░░                                                                 ",
        ], "five-row digits")
        expectRows(slide(.overview, width: 80, height: 24, language: .zh), [
            1: "                                      总览                                      ",
            5: "  南通 · 六大产业集群产值    苏州 · 规上工业总产值      南京 · 地区生产总值     ",
            6: "      ▀█    ▀▀█                 █ █   █▀█                 ▀█    █▀█             ",
            7: "       █    ▀▀█                 ▀▀█   ▀▀█                  █    ▀▀█             ",
            8: "      ▀▀▀ ▀ ▀▀▀ 万亿元            ▀ ▀ ▀▀▀ 万亿元          ▀▀▀ ▀ ▀▀▀ 万亿元      ",
            9: "      预计超1.3万亿元            预计4.9万亿元            预计超1.9万亿元       ",
            10: "        (2025-12-31)              (2025-12-31)              (2025-12-31)        ",
            11: "         + 预计达成              + 预计进度正常                                 ",
            12: "    目标 力争超1.3万亿元    目标 力争5万亿元 (2026)                             ",
            13: "           (2025)                                                               ",
        ], "three-row digits")
    }

    @Test func aWallSizedTerminalGetsTenRowDigits() {
        // 200x60: a pixel is two rows of four cells, so the figures fill the wall.
        expectRows(slide(.overview, width: 200, height: 60, language: .zh), [
            16: "                      南通 · 六大产业集群产值                                            苏州 · 规上工业总产值                                              南京 · 地区生产总值                         ",
            17: "           ████████                ████████████                              ████    ████            ████████████                              ████████                ████████████                     ",
            26: "           ████████████    ████    ████████████    万亿元                            ████    ████    ████████████    万亿元                    ████████████    ████    ████████████    万亿元           ",
            27: "                    预计超1.3万亿元 (2025-12-31)                                       预计4.9万亿元 (2025-12-31)                                       预计超1.9万亿元 (2025-12-31)                    ",
        ], "ten-row digits")
    }

    @Test func aBigFigureTakesTheColourOfItsStatus() {
        var display = Display(language: .en, themeName: "projector", asOf: Day(iso: "2026-11-25")!)
        display.width = 120
        display.height = 40
        let grid = SlideView.render(.screen(.overview), display, dataset, footer: SlideFooter(number: "2/20")).grid
        // Row 12 holds the top rows of the digits: Nantong expected met (on track), Suzhou on
        // track, Nanjing's GDP (no target) in the accent colour.
        let roles = (0..<grid.width).compactMap { x -> Role? in
            let cell = grid[x, 12]
            return cell.text == "█" ? cell.style.role : nil
        }
        #expect(Set(roles) == [.onTrack, .accent], "\(Set(roles))")
    }

    @Test func aCitySlideShowsItsPublishedSeriesWithTheirYears() {
        // The published figures big; each series once, with its years; nothing estimated.
        expectRows(slide(.city("nantong"), width: 120, height: 40), [
            7: "     Output of the six key clusters        Growth of above-scale industrial         High-tech industries, share of      ",
            8: "                                                      value added                         above-scale output            ",
            14: "     exp. >1.3 tn yuan (2025-12-31)            expected 7% (2025-12-31)                   49.6% (2024-12-31)            ",
            20: "  R&D intensity of above-scale industrial enterprises                                               2.94% (2022-12-31)  ",
            22: "  GDP                                                                                1 → 1.1 trillion yuan (2020–2021)  ",
            23: "  GDP growth                                                        4.7 → expected about 6 → expected 5.3% (2020–2025)  ",
            29: "  +19 more (in the handout)                                                                                             ",
            37: "  Clusters: Shipbuilding and offshore engineering, Electronic information, High-end textiles, High-end equipment, New   ",
            38: "  materials, New energy                                                                                                 ",
        ], "city")
    }

    @Test func aTargetsSlideCountsInWordsAndDrawsOnlyPublishedFiguresBig() {
        // The counts by status are words in the subtitle; the big digits are figures.
        expectRows(slide(.targets(city: "nantong"), width: 80, height: 24), [
            3: "      as of 2026-11-25 · + expected met 1 · ✗ behind 1 · ? no data 35 · ◊       ",
            4: "                                 qualitative 2                                  ",
            6: "   Growth of above-scale     Output of the six key     High-tech industries,    ",
            7: "   industrial value added           clusters            share of above-scale    ",
            8: "                                                               output           ",
            12: "  expected 7% (2025-12-31)     exp. >1.3 tn yuan         49.6% (2024-12-31)     ",
            14: "       ✗ exp. behind             + expected met            ? no 2025 data       ",
            19: "  Growth of above-scale…  ███████████▎     exp. 7% → 10% (2025)  ✗ exp. behind  ",
            20: "  +38 more (in the handout)                                                     ",
            22: "  No result for the target year has been published.                             ",
        ], "targets")
    }

    @Test func theTitleSlideNamesTheDeckTheCitiesAndTheirSystemsInWords() {
        expectRows(slide(.title, width: 80, height: 24, language: .zh), [
            1: "                                 新型工业化进展                                 ",
            2: "                             ━━━━━━━━━━━━━━━━━━━━━━                             ",
            3: "                      南通、苏州、南京  判断日 2026-11-25                       ",
            10: "                南通  “616”现代化产业体系 · 6个集群 · 16条产业链                ",
            12: "                  苏州  “1030”产业体系 · 10个集群 · 30条产业链                  ",
            14: "                          南京  “2+6+6”创新型产业集群                           ",
        ], "title")
    }

    @Test func aDecksOwnTitleReplacesTheViewsTitle() {
        let named = Deck(slides: [Deck.Slide(.city("nanjing"), title: LocalizedText(zh: "南京的目标", en: "Nanjing's aims"))])
        expectRows(slide(.city("nanjing"), width: 80, height: 24, deck: named), [
            1: "                                 Nanjing's aims                                 ",
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
