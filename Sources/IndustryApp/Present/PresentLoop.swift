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
                           share: ShareServer?, remember: PositionFile? = nil) throws {
        defer { share?.close() }  // followers learn the talk is over, even on an error
        try options.withSession { session in
            var presentation = presentation
            if presentation.startedAt == 0 { presentation.startedAt = WallClock.secondsSince1970() }
            session.adapt(&presentation.display)
            // Esc: the dashboard at the slide's view; `p` there comes back to the same slide.
            // Followers keep the last slide meanwhile and are told the presenter is browsing.
            let titles = share.map { _ in SlideTitles(presentation.deck, display: presentation.display, dataset: context.dataset) }
            while let state = present(session, &presentation, context.dataset, share, remember: remember, themeNames: context.themeNames) {
                presentation.browsing = true
                share?.publish(presentation.sharedPosition(context.dataset, titles: titles))
                guard let back = RunLoop.dashboard(session, state: state, context: options.context(context), watch: options.watch,
                                                   returnsToSlides: true, share: share) else { return }
                presentation.browsing = false
                presentation.display = back.display  // the language and theme chosen there stay
                // Auto-advance counts a full interval from the return, not from before the
                // dashboard, or the slide just brought back would be skipped at once.
                presentation.lastChange = .now
            }
        }
    }

    /// Runs the slides until `q` (nil) or Esc (the dashboard state to open).
    /// `clock` gives the footer's time (the wall clock; a fixed one in tests).
    public static func present(_ session: TerminalSession, _ presentation: inout Presentation, _ dataset: Dataset,
                               _ share: ShareServer?, remember: PositionFile? = nil, themeNames: [String] = [],
                               clock: @escaping () -> String = WallClock.hoursAndMinutes) -> DashboardState? {
        var program = PresenterProgram(presentation: presentation, dataset: dataset, sharing: share != nil, clock: clock,
                                       remember: remember, followers: { share?.followerCount }, themeNames: themeNames)
        defer { presentation = program.presentation }
        return LiveLoop.run(&program, on: session, share: share)
    }

    /// The next minute (for the clock) or the next automatic slide, whichever is sooner.
    static func deadline(_ presentation: Presentation, now: Moment = .now) -> Moment {
        let minute = now + .milliseconds(Int64(WallClock.millisecondsToNextMinute()))
        return presentation.nextDeadline.map { min($0, minute) } ?? minute
    }
}

/// The presenter as a program of the run loop: slide keys, the clock's minute and automatic
/// advance. When sharing, each change of slide (or blanking) returns a `publish` effect,
/// which the loop sends to the followers once the slide is on screen. With `remember`, each
/// change of slide, blanking or auto-advance returns a `save` effect, so a talk cut off by
/// a hang-up carries on where it was.
struct PresenterProgram: LiveProgram {
    var presentation: Presentation
    let dataset: Dataset
    let sharing: Bool
    let clock: () -> String
    let themeNames: [String]
    let remember: PositionFile?
    /// How many follow, for the footer while sharing (the loop's server counts them).
    let followers: () -> Int?
    /// The slides' titles for the positions sent, worked out once (nil when not sharing).
    let titles: SlideTitles?
    private var published: (index: Int, blanked: Bool)?
    private var saved: SavedPosition?

    init(presentation: Presentation, dataset: Dataset, sharing: Bool, clock: @escaping () -> String,
         remember: PositionFile? = nil, followers: @escaping () -> Int? = { nil }, themeNames: [String] = []) {
        self.presentation = presentation
        self.dataset = dataset
        self.sharing = sharing
        self.clock = clock
        self.themeNames = themeNames
        self.remember = remember
        self.followers = followers
        titles = sharing ? SlideTitles(presentation.deck, display: presentation.display, dataset: dataset) : nil
        if sharing { published = (presentation.index, presentation.blanked) }
        if remember != nil { saved = presentation.saved }  // `opening` saves it
    }

    struct Look: Equatable {
        var presentation: Presentation
        var clock: String
        var followers: Int?
    }

    var look: Look { Look(presentation: presentation, clock: clock(), followers: followers()) }
    var themeName: String { presentation.display.themeName }
    func render() -> Frame { PresentScreen.render(presentation, dataset, clock: clock(), followers: followers()) }
    func deadline(now: Moment) -> Moment? { PresentLoop.deadline(presentation, now: now) }
    var descriptors: [ReadyDescriptor] { [] }  // the followers' socket is the loop's (`share`)
    mutating func adapt(_ session: TerminalSession) { session.adapt(&presentation.display) }
    /// Followers already waiting learn the first slide; the file learns where this run
    /// starts (so `--from-start` followed by a hang-up does not go back to an older talk's slide).
    var opening: [Effect] {
        (sharing ? [.publish(presentation.sharedPosition(dataset, titles: titles))] : []) + (remember.map { [.save(presentation.saved, to: $0)] } ?? [])
    }

    mutating func handle(_ event: LoopEvent, frame: Frame?, now: Moment) -> [Effect] {
        guard case .wake(let wake) = event else { return [] }
        var effects: [Effect] = []
        if case .key(let key) = wake {
            guard let action = PresentKeyMap.action(for: key, in: presentation) else { return [] }
            effects = PresentApp.update(&presentation, action, now: now, dataset: dataset, themeNames: themeNames)
        } else {
            presentation.tick(now: now)
        }
        if sharing, published?.index != presentation.index || published?.blanked != presentation.blanked {
            effects.append(.publish(presentation.sharedPosition(dataset, titles: titles)))
            published = (presentation.index, presentation.blanked)
        }
        if let remember, presentation.saved != saved {
            effects.append(.save(presentation.saved, to: remember))
            saved = presentation.saved
        }
        return effects
    }
}
