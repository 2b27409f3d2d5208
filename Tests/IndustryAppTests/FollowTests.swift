import TerminalKit
import BuiltinData
import IndustryApp
import IndustryModel
import IndustryShare
import IndustryTerminal
import IndustryViews
import Testing

/// A follower draws the presenter's position itself, at its own size and language.
@Suite("Following a presentation")
struct FollowTests {
    static let dataset = try! BuiltinData.load()

    func presentation(at index: Int, language: Language = .zh) -> Presentation {
        var display = Display(language: language, themeName: "projector", asOf: Day(iso: "2026-11-25")!)
        (display.width, display.height) = (120, 40)
        var presentation = Presentation(deck: Deck.default(Self.dataset), display: display, now: .now)
        for _ in 0..<index { PresentApp.update(&presentation, .next, now: .now, dataset: Self.dataset) }
        return presentation
    }

    func follower(width: Int = 80, height: Int = 24, language: Language = .en, notes: Bool = false) -> Follower {
        var display = Display(language: language, themeName: "dark", asOf: Day(iso: "2026-11-25")!)
        (display.width, display.height) = (width, height)
        return Follower(display: display, notes: notes)
    }

    func screen(_ follower: Follower) -> [String] {
        FollowScreen.render(follower, Self.dataset, clock: "09:30").grid.lines
    }

    @Test("The position names the slide in both languages, whatever the presenter's language")
    func positionCarriesBothTitles() {
        let position = presentation(at: 3).sharedPosition(Self.dataset)
        #expect(position.slideIndex == 3 && position.slideCount == Deck.default(Self.dataset).slides.count)
        #expect(position.view == "targets:nantong")
        #expect(position.titleZh == "南通 · 目标" && position.titleEn == "Nantong · Targets")
    }

    @Test("A follower shows the presenter's slide at its own size and language")
    func followerDrawsTheSlide() {
        var follower = follower()
        expectRows(screen(follower), [1: "                           Waiting for the presenter…                           "], "waiting")
        follower.receive(.position(presentation(at: 3).sharedPosition(Self.dataset)))
        let lines = screen(follower)
        #expect(lines.count == 24)
        expectRows(lines, [
            1: "                               Nantong · Targets                                ",
            23: " 4/20  following  Source 2026-01-21 (+4): CMG China Radio International…  09:30 ",
        ], "following")
    }

    @Test("When the presenter quits, the follower keeps the slide, says so, and still takes its own keys")
    func presenterGone() {
        var follower = follower()
        follower.receive(.position(presentation(at: 1).sharedPosition(Self.dataset)))
        follower.receive(.presenterGone(last: nil))
        expectRows(screen(follower), [23: " 2/20  the presenter has ended · q quits  Source 2025-12-10 (+2): Xinhu…  09:30 "], "ended")
        let language = follower.handle(.character("L"), themeNames: ["dark"])
        #expect(language.isEmpty)
        expectRows(screen(follower), [23: " 2/20  演示已结束 · q 退出  来源 2025-12-10 (+2): 新华日报·交汇点(报道…   09:30 "], "ended, in Chinese")
        let arrow = follower.handle(.right, themeNames: ["dark"])  // nothing to steer, nothing breaks
        let quit = follower.handle(.character("q"), themeNames: ["dark"])
        #expect(arrow.isEmpty && quit == [.quit])
    }

    @Test("A follower turned away says the share is full, and looks again like one whose presenter left")
    func shareFull() {
        var follower = follower()
        follower.receive(.position(presentation(at: 1).sharedPosition(Self.dataset)))
        follower.receive(.shareFull)
        #expect(follower.presenterGone && follower.shareFull)
        expectRows(screen(follower), [23: " 2/20  the share is full · q quits  Source 2025-12-10 (+2): Xinhua Dail…  09:30 "], "full")
    }

    @Test("Notes mode shows the slide's number, title and notes, in the follower's language")
    func notes() throws {
        let deck = try Deck.parse(Array("""
            {title: {zh: "演示", en: "Talk"}, slides: [{view: "city:suzhou", notes: {zh: "先讲苏州", en: "Suzhou first"}}]}
            """.utf8), file: "talk.json5", dataset: Self.dataset)
        var display = Display(language: .en, asOf: Day(iso: "2026-11-25")!)
        (display.width, display.height) = (100, 30)
        let position = Presentation(deck: deck, display: display, now: .now).sharedPosition(Self.dataset)
        var follower = follower(width: 60, height: 20, notes: true)
        follower.receive(.position(position))
        expectRows(screen(follower), [
            0: "  1/1  Suzhou                                        09:30  ",
            2: "  Suzhou first                                              ",
            19: " 1/1  following                                             ",
        ], "notes")
        #expect(!screen(follower).joined().contains("先讲苏州"), "only the follower's language")
        follower.display.language = .zh
        expectRows(screen(follower), [
            0: "  1/1  苏州                                          09:30  ",
            2: "  先讲苏州                                                  ",
            19: " 1/1  跟随演示                                              ",
        ], "notes in Chinese")
    }

    @Test("A slide without notes of its own gets notes from its figures: what, wording, publisher, status and why")
    func generatedNotes() {
        var presenter = presentation(at: 10, language: .en)  // targets:suzhou
        presenter.startedAt = 1_000_000
        let position = presenter.sharedPosition(Self.dataset)
        #expect(position.view == "targets:suzhou")
        #expect(position.nextTitleEn == "Nanjing" && position.nextTitleZh == "南京")
        var follower = follower(width: 100, height: 30, notes: true)
        follower.receive(.position(position))
        let lines = FollowScreen.render(follower, Self.dataset, clock: "09:30", now: 1_000_000 + 42 * 60).grid.lines
        expectRows(lines, [
            0: "  11/20  Suzhou · Targets                                                    elapsed 42 min  09:30  ",
            2: "  as of 2026-11-25 · + on track 1 · ! at risk 1 · ✗ behind 1                                        ",
            4: "  Leading industries with output of a trillion yuan: expected 3 industries (2025-12-31)             ",
            5: "  In the document: 「已形成电子信息、装备制造、新材料3个万亿级产业」                                ",
            8: "  ✗ exp. behind; share of target reached exp. 0%; expected by then 67%; Target striving for 4       ",
            28: "  Next: Nanjing                                                                                     ",
        ], "generated notes")
        #expect(lines.contains { $0.hasPrefix("  Published by ") }, "the publisher and date")
    }

    @Test("Notes longer than the screen say how many lines are left out")
    func notesCut() {
        var follower = follower(width: 60, height: 12, notes: true)
        follower.receive(.position(presentation(at: 10, language: .en).sharedPosition(Self.dataset)))
        let lines = FollowScreen.render(follower, Self.dataset, clock: "09:30", now: 0).grid.lines
        #expect(lines[8].hasPrefix("  … ") && lines[8].contains(" more lines (a taller terminal shows"), "\(lines[8])")
        #expect(lines[10] == "  Next: Nanjing                                             ")
    }

    @Test("While the presenter browses the dashboard, followers keep the slide and are told so")
    func presenterBrowsing() {
        var presenter = presentation(at: 1, language: .en)
        presenter.browsing = true
        var follower = follower()
        follower.receive(.position(presenter.sharedPosition(Self.dataset)))
        expectRows(screen(follower), [
            1: "                                    Overview                                    ",
            23: " 2/20  the presenter is showing the dashboard · q quits  Source 2025-12…  09:30 ",
        ], "browsing")
    }

    @Test("A slide the follower's data lacks is named, not a crash")
    func missingView() {
        var follower = follower()
        follower.receive(.position(SharePosition(deckTitle: "x", slideIndex: 0, slideCount: 1, view: "city:wuxi",
                                                 titleZh: "", titleEn: "")))
        expectRows(screen(follower), [1: "                   This slide is not in your data: city:wuxi                    "], "missing view")
    }
}
