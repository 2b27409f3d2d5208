import TerminalKit
import IndustryModel
import IndustryShare
import IndustryTerminal
import IndustryViews

/// `idash present`: slides full screen, keys from the presenter (or a clicker, or a
/// rehearsed script), the position published to followers when sharing. It wakes for a
/// key, a follower's socket, the next automatic slide, or the clock's minute; nothing else.
public enum PresentLoop {
    public static func run(_ presentation: Presentation, context: AppContext, options: LiveOptions,
                           share: ShareServer?) throws {
        defer { share?.close() }  // followers learn the talk is over, even on an error
        try options.withSession { session in
            var presentation = presentation
            session.adapt(&presentation.display)
            guard let state = present(session, &presentation, context.dataset, share) else { return }
            // Esc: the dashboard at the slide's view. Followers keep the last slide and are
            // told the presenter has left, rather than follow someone browsing.
            share?.close()
            RunLoop.dashboard(session, state: state, context: context, watch: options.watch)
        }
    }

    /// Runs the slides until `q` (nil) or Esc (the dashboard state to open).
    /// `clock` gives the footer's time (the wall clock; a fixed one in tests).
    public static func present(_ session: TerminalSession, _ presentation: inout Presentation, _ dataset: Dataset,
                               _ share: ShareServer?, clock: @escaping () -> String = WallClock.hoursAndMinutes) -> DashboardState? {
        var program = PresenterProgram(presentation: presentation, dataset: dataset, share: share, clock: clock)
        defer { presentation = program.presentation }
        return LiveLoop.run(&program, on: session)
    }

    /// The next minute (for the clock) or the next automatic slide, whichever is sooner.
    static func deadline(_ presentation: Presentation, now: Moment = .now) -> Moment {
        let minute = now + .milliseconds(Int64(WallClock.millisecondsToNextMinute()))
        return presentation.nextDeadline.map { min($0, minute) } ?? minute
    }

    static func descriptors(_ share: ShareServer?) -> [ReadyDescriptor] {
        share?.pollDescriptors().map { ReadyDescriptor(fd: $0.fd, events: $0.events) } ?? []
    }
}

/// The presenter as a program of the run loop: slide keys, the clock's minute, automatic
/// advance, and the followers' socket; the position is published after each change.
struct PresenterProgram: LiveProgram {
    var presentation: Presentation
    let dataset: Dataset
    let share: ShareServer?
    let clock: () -> String
    var published: (index: Int, blanked: Bool)?

    struct Look: Equatable {
        var presentation: Presentation
        var clock: String
    }

    var look: Look { Look(presentation: presentation, clock: clock()) }
    var themeName: String { presentation.display.themeName }
    func render() -> Frame { PresentScreen.render(presentation, dataset, clock: clock()) }
    func deadline(now: Moment) -> Moment? { PresentLoop.deadline(presentation, now: now) }
    var descriptors: [ReadyDescriptor] { PresentLoop.descriptors(share) }
    mutating func adapt(_ session: TerminalSession) { session.adapt(&presentation.display) }

    mutating func drew() {
        guard let share, published?.index != presentation.index || published?.blanked != presentation.blanked else { return }
        share.publish(presentation.sharedPosition(dataset))
        published = (presentation.index, presentation.blanked)
    }

    mutating func handle(_ wake: Wake, frame: Frame?) -> LoopStep<DashboardState?> {
        share?.service()
        guard case .key(let key) = wake else {
            presentation.tick(now: .now)
            return .next
        }
        guard let action = PresentKeyMap.action(for: key, in: presentation) else { return .next }
        for effect in PresentApp.update(&presentation, action, now: .now, dataset: dataset) {
            switch effect {
            case .quit: return .exit(nil)
            case .leave(let state): return .exit(state)
            }
        }
        return .next
    }
}
