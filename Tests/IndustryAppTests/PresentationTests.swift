import TerminalKit
import BuiltinData
import IndustryApp
import IndustryModel
import IndustryTerminal
import IndustryViews
import Testing

/// A presentation driven without a terminal or a real clock: keys and instants in.
private struct Talk {
    static let dataset = try! BuiltinData.load()
    static let start = Moment.now

    var presentation: Presentation
    var effects: [Effect] = []

    init(_ deck: Deck = Deck.default(Talk.dataset), interval: Duration = .seconds(30)) {
        var display = Display(language: .en, themeName: "projector", asOf: Day(iso: "2026-11-25")!)
        display.width = 80
        display.height = 24
        presentation = Presentation(deck: deck, display: display, interval: interval, now: Talk.start)
    }

    /// Keys pressed at `seconds` after the start.
    mutating func press(_ keys: Key..., at seconds: Int = 0) {
        for key in keys {
            guard let action = PresentKeyMap.action(for: key, in: presentation) else { continue }
            effects += PresentApp.update(&presentation, action, now: Talk.start + .seconds(seconds), dataset: Talk.dataset,
                                         themeNames: ["dark", "light", "projector"])
        }
    }

    mutating func type(_ text: String) {
        for character in text { press(.character(character)) }
    }

    @discardableResult
    mutating func tick(at seconds: Int) -> Bool { presentation.tick(now: Talk.start + .seconds(seconds)) }

    var index: Int { presentation.index }
    var lines: [String] { PresentScreen.render(presentation, Talk.dataset, clock: "14:05").grid.lines }
}

/// A tick at `seconds`, which must (or must not) change the slide.
private func expectTick(_ talk: inout Talk, at seconds: Int, moves: Bool, sourceLocation: SourceLocation = #_sourceLocation) {
    let moved = talk.tick(at: seconds)
    #expect(moved == moves, "tick at \(seconds)s", sourceLocation: sourceLocation)
}

private let threeSlides = Deck(slides: [Deck.Slide(.title), Deck.Slide(.overview), Deck.Slide(.city("suzhou"))])

@Suite("Presentation keys and timing") struct PresentationTests {
    @Test func arrowsSpaceAndPageKeysMoveBetweenSlidesWithinTheDeck() {
        var talk = Talk()
        talk.press(.right, .character(" "), .pageDown)
        #expect(talk.index == 3)
        talk.press(.left, .pageUp)
        #expect(talk.index == 1)
        talk.press(.left, .left, .left)
        #expect(talk.index == 0)
        talk.press(.end)
        #expect(talk.index == 19)
        talk.press(.right)
        #expect(talk.index == 19, "the last slide stays; nothing wraps")
        talk.press(.home)
        #expect(talk.index == 0)
    }

    @Test func aNumberAndEnterJumpToThatSlide() {
        var talk = Talk()
        talk.type("12")
        #expect(talk.presentation.pendingDigits == "12")
        // The footer, whole: the number typed comes after the slide number, before the source.
        #expect(talk.lines.last == " 1/20  go to 12_  Source 2024-08-05 (+2): Nantong Manufacturing Power C…  14:05 ")
        talk.press(.enter)
        #expect(talk.index == 11)
        #expect(talk.presentation.pendingDigits.isEmpty)
        talk.type("3")
        talk.press(.backspace)
        talk.type("4")
        talk.press(.enter)
        #expect(talk.index == 3)
    }

    @Test func aNumberOutsideTheDeckKeepsTheSlideAndSaysWhichExist() {
        var talk = Talk()
        talk.press(.right)
        talk.type("99")
        talk.press(.enter)
        #expect(talk.index == 1)
        #expect(talk.presentation.message == "no slide 99 (1-20)")
        #expect(talk.lines.last == " 2/20  no slide 99 (1-20)  Source 2025-12-10 (+2): Xinhua Daily Jiaohui…  14:05 ")
        talk.type("0")
        talk.press(.enter)
        #expect(talk.index == 1)
        talk.press(.right)
        #expect(talk.presentation.message == nil, "a message lasts until the next key")
    }

    @Test func enterAloneGoesOnAndEscForgetsATypedNumber() {
        var talk = Talk()
        talk.press(.enter)
        #expect(talk.index == 1)
        talk.type("7")
        talk.press(.escape)
        #expect(talk.presentation.pendingDigits.isEmpty)
        #expect(talk.effects.isEmpty, "the first Esc only forgets the number")
        talk.press(.enter)
        #expect(talk.index == 2)
    }

    @Test func bBlanksTheWholeScreenAndBringsItBack() {
        var talk = Talk()
        talk.press(.character("b"))
        #expect(talk.presentation.blanked)
        #expect(talk.lines.allSatisfy { $0.allSatisfy { $0 == " " } })
        #expect(talk.lines.count == 24)
        talk.press(.character("b"))
        #expect(!talk.presentation.blanked)
        #expect(talk.lines.last == " 1/20  Source 2024-08-05 (+2): Nantong Manufacturing Power City Leading…  14:05 ")
        talk.press(.character("b"), .right)
        #expect(!talk.presentation.blanked, "moving on shows the next slide")
        #expect(talk.index == 1)
    }

    @Test func autoAdvanceMovesOnWhenTheIntervalHasPassed() {
        var talk = Talk()
        #expect(talk.presentation.nextDeadline == nil, "off: the run loop blocks on input")
        talk.press(.character("a"), at: 5)
        #expect(talk.presentation.autoAdvance)
        #expect(talk.presentation.nextDeadline == Talk.start + .seconds(35))
        #expect(talk.lines.last == " 1/20  auto 30s  Source 2024-08-05 (+2): Nantong Manufacturing Power Ci…  14:05 ")
        expectTick(&talk, at: 34, moves: false)
        #expect(talk.index == 0)
        expectTick(&talk, at: 35, moves: true)
        #expect(talk.index == 1)
        #expect(talk.presentation.nextDeadline == Talk.start + .seconds(65))
        talk.press(.right, at: 50)
        #expect(talk.index == 2)
        #expect(talk.presentation.nextDeadline == Talk.start + .seconds(80), "a key restarts the interval")
        expectTick(&talk, at: 79, moves: false)
        expectTick(&talk, at: 80, moves: true)
        #expect(talk.index == 3)
        talk.press(.character("a"), at: 90)
        #expect(talk.presentation.nextDeadline == nil)
        expectTick(&talk, at: 1000, moves: false)
        #expect(talk.index == 3)
    }

    @Test func autoAdvanceStopsAtTheLastSlide() {
        var talk = Talk(threeSlides, interval: .seconds(10))
        talk.press(.character("a"))
        expectTick(&talk, at: 10, moves: true)
        expectTick(&talk, at: 20, moves: true)
        #expect(talk.index == 2)
        #expect(!talk.presentation.autoAdvance)
        #expect(talk.presentation.nextDeadline == nil)
        expectTick(&talk, at: 30, moves: false)
        #expect(talk.index == 2, "no wrap to the first slide")
    }

    @Test func aBlankedScreenPausesAutoAdvance() {
        var talk = Talk(threeSlides, interval: .seconds(10))
        talk.press(.character("a"))
        talk.press(.character("b"), at: 5)
        #expect(talk.presentation.nextDeadline == nil)
        expectTick(&talk, at: 60, moves: false)
        talk.press(.character("b"), at: 60)
        #expect(talk.presentation.nextDeadline == Talk.start + .seconds(70))
    }

    @Test func escLeavesToTheDashboardAtTheSlidesView() throws {
        var talk = Talk()
        talk.press(.right, .right, .right)  // targets:nantong
        talk.press(.escape)
        guard case .leave(let state)? = talk.effects.last else {
            Issue.record("no leave effect: \(talk.effects)")
            return
        }
        #expect(state.navigation.stack == [.overview, .city("nantong"), .targets(city: "nantong")])
        #expect(state.display.language == .en && state.display.themeName == "projector" && state.display.width == 80 && state.display.height == 24)
        let screen = state.render(Talk.dataset).grid.lines
        #expect(screen[1] == "┌ Nantong · Targets (39 + 4 series without a target) ────────── s: by category ┐")
        #expect(screen[22] == " Overview › Nantong › Targets  Source 2026-01-21: CMG China Radio Internationa… ")
    }

    @Test func questionMarkShowsThePresenterKeysOverTheSlideAndEscClosesThemFirst() {
        var talk = Talk(threeSlides)
        talk.press(.character("?"))
        expectRows(talk.lines, [
            5: "        ┌ Presenter keys ─────────────────────────────────────── ? Esc ┐        ",
            6: "        │ → ↓ PgDn Space  next slide                                   │        ",
            13: "        │ T               next theme                                   │        ",
            14: "        │ Esc             the dashboard at this view (p comes back)    │        ",
            17: "        └──────────────────────────────────────────────────────────────┘        ",
        ], "help")
        talk.press(.escape)
        #expect(talk.effects.isEmpty && !talk.presentation.showsHelp, "Esc closed the help, it did not leave")
        talk.press(.character("?"), .character("?"))
        #expect(!talk.presentation.showsHelp)
    }

    @Test func lSwitchesTheLanguageAndTCyclesTheThemeOnThePresentersScreen() {
        var talk = Talk(threeSlides)
        talk.press(.right)
        #expect(talk.lines[1] == "                                    Overview                                    ")
        talk.press(.character("L"))
        #expect(talk.lines[1] == "                                      总览                                      ")
        talk.press(.character("T"))
        #expect(talk.presentation.display.themeName == "dark")
        #expect(talk.lines.last == " 2/3  dark  来源 2025-12-10 (+2): 新华日报·交汇点(报道南通市工业和信息…   14:05 ")
        talk.press(.character("T"), .character("T"))
        #expect(talk.presentation.display.themeName == "projector")
        #expect(talk.index == 1, "no key of these moved the slide")
    }

    @Test func escOnTheTitleSlideLeavesToTheOverview() {
        var talk = Talk()
        talk.press(.escape)
        #expect(talk.effects.count == 1)
        if case .leave(let state)? = talk.effects.first { #expect(state.navigation.stack == [.overview]) }
    }

    @Test func qQuitsAndAResizeChangesTheSlideSize() {
        var talk = Talk()
        talk.press(.resize(width: 120, height: 40))
        #expect(talk.lines.count == 40)
        #expect(talk.lines[0].count == 120)
        talk.press(.character("q"))
        #expect(talk.effects == [.quit])
    }
}
