import TerminalKit
import IndustryModel
import IndustryTerminal
import IndustryViews
import Testing

@Test func everyViewFillsEverySizeWithoutSpillingInBothLanguagesAndGlyphSets() {
    let views: [[Key]] = [[], [.enter], [.enter, .enter], [.character("t")], [.character("c")], [.character("?")],
                          [.character("/"), .character("g")], [.character("c"), .character("v")]]
    for size in [(120, 40), (100, 30), (80, 24), (60, 16), (44, 12), (43, 12), (20, 6), (1, 1), (200, 60)] {
        for language in Language.allCases {
            for ascii in [false, true] {
                for keys in views {
                    var session = Session(width: size.0, height: size.1, language: language, ascii: ascii)
                    for key in keys { session.press(key) }
                    let lines = session.lines
                    #expect(lines.count == size.1)
                    for line in lines where CellWidth.of(line) != size.0 {
                        Issue.record("\(size) \(language) ascii=\(ascii) \(keys): row is \(CellWidth.of(line)) wide: |\(line)|")
                    }
                    // ASCII mode: only Chinese may remain, and an English screen is pure ASCII.
                    if ascii {
                        let allowed: (Unicode.Scalar) -> Bool = { $0.isASCII || (language == .zh && $0.value >= 0x2E80) }
                        #expect(lines.allSatisfy { $0.unicodeScalars.allSatisfy(allowed) }, "\(size) \(language) \(keys)")
                    }
                }
            }
        }
    }
}

@Test func belowTheMinimumTheScreenSaysHowMuchItNeeds() {
    let session = Session(width: 40, height: 10, language: .en)
    session.expectRows([
        3: "          terminal too small:           ",
        4: "         need at least 60 x 18          ",
        5: "              now 40 x 10               ",
    ])
}

@Test func wideTerminalsPutTheCitiesSideBySideAndNarrowOnesStackThem() {
    let wide = Session(width: 120, height: 40)
    #expect(wide.lines[1] == "┌ ▶ 1 南通 ─────────────────────── 616 ┐┌ 2 苏州 ──────────────────────── 1030 ┐┌ 3 南京 ─────────────────────── 2+6+6 ┐")
    let narrow = Session(width: 80, height: 24)
    expectRows(narrow.lines, [1: "┌ ▶ 1 南通 ─────────────────────────────────────────────────────────────── 616 ┐", 6: "┌ 2 苏州 ──────────────────────────────────────────────────────────────── 1030 ┐"], "stacked cards")
}

@Test func keysNamedInAPanelTitleReadAsKeysInASCII() {
    let session = Session(width: 100, height: 30, language: .en, ascii: true)
    let title = session.lines.first { $0.contains("Comparable indicators") } ?? ""
    #expect(title == "- Comparable indicators (12) ----------------------------------------------------------- Tab Enter -", "not \"Tab ?\"")
}
