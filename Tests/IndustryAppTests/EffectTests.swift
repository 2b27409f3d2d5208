import BuiltinData
import FileFormats
import Foundation
@testable import IndustryApp
import IndustryModel
import IndustryShare
import IndustryViews
import TerminalKit
import Testing

/// Programs say what they want done as values; the loop does it. These check what each
/// program asks for, without performing anything.
@Suite("Effects as values") struct EffectTests {
    static let dataset = RunLoopTests.dataset

    @Test func ctrlZAsksToSuspendFromEveryProgramAndEveryOverlay() {
        var dashboard = DashboardProgram(state: RunLoopTests.state(), context: AppContext(dataset: Self.dataset, themeNames: []))
        #expect(dashboard.handle(.wake(.key(.control("z"))), frame: nil, now: .now) == [.suspend])
        _ = dashboard.handle(.wake(.key(.character("/"))), frame: nil, now: .now)
        #expect(dashboard.state.navigation.search != nil)
        #expect(dashboard.handle(.wake(.key(.control("z"))), frame: nil, now: .now) == [.suspend], "not typed into the query")
        #expect(dashboard.state.navigation.search?.query == "")
        _ = dashboard.handle(.wake(.key(.escape)), frame: nil, now: .now)
        _ = dashboard.handle(.wake(.key(.character("?"))), frame: nil, now: .now)
        #expect(dashboard.handle(.wake(.key(.control("z"))), frame: nil, now: .now) == [.suspend], "under help too")

        var presenter = PresenterProgram(presentation: Self.presentation(), dataset: Self.dataset, sharing: false, clock: { "09:30" })
        #expect(presenter.handle(.wake(.key(.control("z"))), frame: nil, now: .now) == [.suspend])

        var follower = Follower(display: RunLoopTests.state().display, notes: false)
        #expect(follower.handle(.control("z"), themeNames: []) == [.suspend])
    }

    @Test func yAsksToCopyOnlyWhereTheUserAllowedIt() {
        let keys = CopyKeyTests.toFirms.map { LoopEvent.wake(.key($0)) }
        var allowed = DashboardProgram(state: RunLoopTests.state(), context: AppContext(dataset: Self.dataset, themeNames: [], clipboard: true))
        for key in keys { #expect(allowed.handle(key, frame: nil, now: .now).isEmpty) }
        #expect(allowed.handle(.wake(.key(.character("y"))), frame: nil, now: .now) == [.copy(CopyKeyTests.firmsEnglish)])
        var off = DashboardProgram(state: RunLoopTests.state(), context: AppContext(dataset: Self.dataset, themeNames: []))
        for key in keys { _ = off.handle(key, frame: nil, now: .now) }
        #expect(off.handle(.wake(.key(.character("y"))), frame: nil, now: .now).isEmpty)
        // A failed reload leaves the old data on screen: nothing from it is copied.
        _ = allowed.handle(.loaded(.failure(DiagnosticsError([Diagnostic(file: "suzhou.json", position: nil, message: "broken")]))),
                           frame: nil, now: .now)
        #expect(allowed.handle(.wake(.key(.character("y"))), frame: nil, now: .now).isEmpty)
    }

    @Test func aSharingPresenterPublishesEachChangeOfSlideOrBlankOnce() {
        var presenter = PresenterProgram(presentation: Self.presentation(), dataset: Self.dataset, sharing: true, clock: { "09:30" })
        #expect(presenter.opening == [.publish(presenter.presentation.sharedPosition(Self.dataset))])
        let next = presenter.handle(.wake(.key(.right)), frame: nil, now: .now)
        #expect(next.count == 1)
        guard case .publish(let position)? = next.first else { Issue.record("no publish: \(next)"); return }
        #expect(position.slideIndex == 1)
        // Nothing changed: a key it does not know, the clock's minute, a follower's socket.
        #expect(presenter.handle(.wake(.key(.unknown)), frame: nil, now: .now).isEmpty)
        #expect(presenter.handle(.wake(.timeout), frame: nil, now: .now).isEmpty)
        #expect(presenter.handle(.wake(.ready([])), frame: nil, now: .now).isEmpty)
        guard case .publish(let blanked)? = presenter.handle(.wake(.key(.character("b"))), frame: nil, now: .now).first else {
            Issue.record("blanking was not published"); return
        }
        #expect(blanked.blanked && blanked.slideIndex == 1)
        // Not sharing: the same keys ask for nothing but the screen.
        var alone = PresenterProgram(presentation: Self.presentation(), dataset: Self.dataset, sharing: false, clock: { "09:30" })
        #expect(alone.opening.isEmpty)
        #expect(alone.handle(.wake(.key(.right)), frame: nil, now: .now).isEmpty)
        #expect(alone.presentation.index == 1)
    }

    @Test func escLeavesWithTheSlidesViewAndQQuits() {
        var presenter = PresenterProgram(presentation: Self.presentation(), dataset: Self.dataset, sharing: false, clock: { "09:30" })
        for _ in 0..<2 { _ = presenter.handle(.wake(.key(.right)), frame: nil, now: .now) }
        let view = presenter.presentation.slide.view
        var expected = Navigation(cityID: Self.dataset.cities[0].id)
        view.apply(to: &expected)
        #expect(presenter.handle(.wake(.key(.escape)), frame: nil, now: .now)
                == [.leave(DashboardState(navigation: expected, display: presenter.presentation.display))])
        #expect(presenter.handle(.wake(.key(.character("q"))), frame: nil, now: .now) == [.quit])
    }

    @Test func escOnASlideWithNoCityReturnsToTheCityTheTalkBeganOn() {
        let started = Presentation(deck: Deck.default(Self.dataset), display: RunLoopTests.state().display,
                                   homeCity: "suzhou", now: .now)
        var presenter = PresenterProgram(presentation: started, dataset: Self.dataset, sharing: false, clock: { "09:30" })
        _ = presenter.handle(.wake(.key(.right)), frame: nil, now: .now)  // the overview slide
        guard case .leave(let state)? = presenter.handle(.wake(.key(.escape)), frame: nil, now: .now).first else {
            Issue.record("Esc did not leave"); return
        }
        #expect(state.navigation.stack == [.overview])
        #expect(state.navigation.cityID == "suzhou", "the card selected is the city given to present")
        // A slide about a city opens that city, whatever the talk began on.
        var onCity = presenter
        _ = onCity.handle(.wake(.key(.right)), frame: nil, now: .now)
        guard case .leave(let city)? = onCity.handle(.wake(.key(.escape)), frame: nil, now: .now).first,
              case .city(let id) = city.screen else { Issue.record("not on a city slide"); return }
        #expect(city.navigation.cityID == id)
    }

    @Test func aFollowerWhosePresenterIsGoneAsksToReconnectOnItsDeadline() throws {
        let path = NSTemporaryDirectory() + "idash-effect-\(getpid()).sock"
        let server = try ShareServer(path: path)
        let client = try ShareClient(path: path)
        var program = FollowerProgram(follower: Follower(display: RunLoopTests.state().display, notes: false), client: client,
                                      context: AppContext(dataset: Self.dataset, themeNames: []))
        // While the presenter is there, the deadline is only the clock's minute.
        #expect(program.handle(.wake(.timeout), frame: nil, now: .now).isEmpty)
        server.close()
        for _ in 0..<50 where !program.follower.presenterGone {
            usleep(2_000)
            _ = program.handle(.wake(.ready([])), frame: nil, now: .now)
        }
        #expect(program.follower.presenterGone)
        #expect(program.handle(.wake(.timeout), frame: nil, now: .now) == [.reconnect(path: path)])
        // None found yet: it stays gone and asks again at the next deadline.
        #expect(program.handle(.connected(nil), frame: nil, now: .now).isEmpty)
        #expect(program.follower.presenterGone)
        program.client.close()
    }

    static func presentation() -> Presentation {
        Presentation(deck: Deck.default(dataset), display: RunLoopTests.state().display, now: .now)
    }
}
