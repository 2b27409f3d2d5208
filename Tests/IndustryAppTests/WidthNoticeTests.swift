import BuiltinData
@testable import IndustryApp
import IndustryModel
import IndustryViews
import TerminalKit
import Testing

/// A terminal the width probe found drawing box characters two cells wide: every screen on
/// it is ASCII, and the dashboard says why once, in its status bar.
@Suite("Wide box drawing") struct WidthNoticeTests {
    static let dataset = RunLoopTests.dataset
    static let themes = RunLoopTests.themes
    static let context = AppContext(dataset: dataset, themeNames: themes.names)

    static func session(_ backend: TestBackend, wide: Bool) -> TerminalSession {
        TerminalSession(backend: backend, themes: themes, environment: ["TERM": "xterm-256color"], themeChosen: false,
                        play: nil, record: false, drawsBoxesWide: wide)
    }

    static func state(_ language: Language) -> DashboardState {
        DashboardState(cityID: "nantong", language: language, asOf: Day(iso: "2026-12-01")!)
    }

    static let asciiTop = "- * 1 Nantong ------------------------------------------------------------ 616 -"
    static let plainStatus = " Overview                          32 cited sources; every figure names its own "

    @Test func theFirstFrameIsASCIIWithTheNoticeAndTheNextKeyClearsIt() {
        let backend = TestBackend(width: 80, height: 24, script: [.key(.down), .key(.character("q"))])
        RunLoop.dashboard(Self.session(backend, wide: true), state: Self.state(.en), context: Self.context, watch: nil)
        #expect(backend.drawn.count == 2)
        expectRows(backend.drawn[0].lines, [
            1: Self.asciiTop,
            22: " Overview  Box lines drawn 2 cells wide: ASCII borders (--no-detect)  32 cit... ",
            23: "Left/Right city  Up/Down move  Enter open  Tab panel  ? help  q quit  t targets ",
        ], "first frame")
        expectRows(backend.drawn[1].lines, [22: Self.plainStatus], "after ↓")
        #expect(backend.drawn[1].lines[6] == "- * 2 Suzhou ------------------------------------------------------------ 1030 -",
                "still ASCII after the notice is gone")
    }

    @Test func theNoticeIsInTheDashboardsLanguage() {
        let backend = TestBackend(width: 80, height: 24, script: [])
        RunLoop.dashboard(Self.session(backend, wide: true), state: Self.state(.zh), context: Self.context, watch: nil)
        expectRows(backend.lines, [22: " 总览  框线被画成两格宽:改用 ASCII 边框(--no-detect 不检测)  32条来源,各数字... "], "zh")
    }

    @Test func aNarrowTerminalKeepsBoxDrawingAndSaysNothing() {
        let backend = TestBackend(width: 80, height: 24, script: [])
        RunLoop.dashboard(Self.session(backend, wide: false), state: Self.state(.en), context: Self.context, watch: nil)
        expectRows(backend.lines, [
            1: "┌ ▶ 1 Nantong ──────────────────────────────────────────────────────────── 616 ┐",
            22: Self.plainStatus,
        ], "narrow")
    }

    @Test func theNoticeIsSaidOnceNotAgainAfterCtrlZ() {
        let backend = TestBackend(width: 80, height: 24, script: [.key(.down), .key(.control("z")), .key(.character("q"))])
        RunLoop.dashboard(Self.session(backend, wide: true), state: Self.state(.en), context: Self.context, watch: nil)
        // On start; after ↓, which cleared it; after fg, where the terminal is fitted again
        // but the notice is not repeated.
        #expect(backend.drawn.count == 3)
        // ↓ moved the selection to Suzhou: Nantong's card has no marker now.
        expectRows(backend.drawn[2].lines, [1: "- 1 Nantong -------------------------------------------------------------- 616 -",
                                            22: Self.plainStatus], "after fg")
    }

    @Test func slidesAreASCIIAndTheDashboardAfterThemGetsTheNotice() {
        let backend = TestBackend(width: 80, height: 24, script: [.key(.escape), .key(.character("q"))])
        let session = Self.session(backend, wide: true)
        var presentation = Presentation(deck: Deck.default(Self.dataset), display: Self.state(.en).display, now: .now)
        guard let left = PresentLoop.present(session, &presentation, Self.dataset, nil, clock: { "09:30" }) else {
            Issue.record("Esc did not leave to the dashboard")
            return
        }
        #expect(presentation.display.ascii, "the slides' display is ASCII")
        // The title's rule and the separators of the title slide, in their ASCII forms.
        expectRows(backend.drawn[0].lines, [
            2: "                   -----------------------------------------                    ",
            10: ##"      Nantong  the "616" modern industrial system - 6 clusters - 16 chains      "##,
        ], "the title slide")
        RunLoop.dashboard(session, state: left, context: Self.context, watch: nil)
        expectRows(backend.lines, [
            1: Self.asciiTop,
            22: " Overview  Box lines drawn 2 cells wide: ASCII borders (--no-detect)  32 cit... ",
        ], "the dashboard after Esc")
    }
}
