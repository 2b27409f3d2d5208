import IndustryModel
import IndustryViews
import TerminalKit
import Testing

/// With LANG=C (or --ascii) every stand-in has one meaning: `~` is only "about", a cut is
/// `...`, `+` only "on track", `v` only "down".
@Suite("ASCII glyphs mean one thing each") struct GlyphVocabularyTests {
    @Test func noASCIIGlyphStandsForTwoMeanings() {
        #expect(GlyphVocabulary.clashes(.ascii) == [:])
    }

    @Test func theASCIIVocabularyIsTheOneTheHelpExplains() {
        var byMeaning: [String: Set<String>] = [:]
        for entry in GlyphVocabulary.entries(.ascii) { byMeaning[entry.meaning, default: []].insert(entry.glyph) }
        #expect(byMeaning == [
            "border": ["-", "|"], "bar": ["#"], "track": ["."], "target": [":"], "cut": ["..."], "breadcrumb": ["/"],
            "selected": ["*"], "up": ["^"], "down": ["v"], "none": ["--"], "spark": ["_", "o", "O", "@"],
            "status achieved": ["ok"], "status on-track": ["+"], "status at-risk": ["!"], "status behind": ["x"],
            "status pace-unknown": ["%"], "status no-data": ["?"], "status qualitative": ["q"],
            "at least": [">="], "over": [">"], "about": ["~"], "new": ["new"],
        ])
    }

    @Test func theCityScreenInASCIIWritesEachStatusAndCutItsOwnWay() {
        var session = Session(width: 80, height: 24, language: .en, ascii: true)
        session.press(.enter)
        // Corners are lines, the selection `*`, the sort arrow `v`, a cut `...`, each status its
        // own mark (qualitative `q`, achieved `ok`), the breadcrumb `/`, keys named.
        session.expectRows([
            1: "- Clusters (6) ----------------------------------------------------------- 616 -",
            6: "- Targets (43) ------------------------------- ok0 +1 !0 x1 %0 ?35 q2 (2 exp.) -",
            7: "| Indicator v                      Latest           Target Year Status         |",
            8: "|*1. Growth of above...           exp. 7%              10% 2025 x exp. behind  |",
            16: "- Key facts (22) ---------------------------------------------------------------",
            22: " Overview / Nantong     Source 2026-01-21: CMG China Radio International Online ",
            23: "Left/Right city  Up/Down move  Enter open  Tab panel  Esc back  ? help  q quit  ",
        ])
    }
}
