import TerminalKit
import IndustryModel
import IndustryViews

/// A presentation in progress: which slide, blanked or not, auto-advance, a slide number
/// being typed, and how this screen shows slides (size, language, theme, as-of day, in
/// `display`). A plain value changed only by `PresentApp.update` and `tick`, with time
/// passed in, so key sequences and timings test without a terminal or a real clock.
public struct Presentation: Hashable, Sendable {
    public typealias Instant = Moment

    public var deck: Deck
    /// The current slide, from 0.
    public var index: Int
    /// `b`: the screen shows nothing, so the room looks at the speaker.
    public var blanked: Bool
    /// `a`: move on by itself every `interval`.
    public var autoAdvance: Bool
    public var interval: Duration
    /// Digits typed for number + Enter, e.g. "12".
    public var pendingDigits: String
    /// When the slide last changed (or auto-advance was switched on or the screen unblanked):
    /// the next automatic step is a full interval after it.
    public var lastChange: Instant
    /// A short message in the footer, e.g. "no slide 15".
    public var message: String?
    /// How this screen shows slides. Each screen (a follower's too) keeps its own.
    public var display: Display
    /// The city the dashboard had when the talk began (`--city`): Esc on a slide that names
    /// no city (the title, the overview, a comparison) returns to it.
    public var homeCity: String?
    /// `?`: the presenter's keys over the slide (this screen only).
    public var showsHelp = false
    /// When the talk began, in seconds since 1970, for the speaker's elapsed time; 0 unknown.
    public var startedAt = 0
    /// The presenter is on the dashboard (Esc); `p` brings the slides back.
    public var browsing = false

    /// `deck` must have a slide: `Deck.parse` refuses an empty deck and `Deck.default` always
    /// has the title and the overview.
    public init(deck: Deck, display: Display, homeCity: String? = nil, interval: Duration = .seconds(30),
                autoAdvance: Bool = false, now: Instant) {
        precondition(!deck.slides.isEmpty, "a presentation needs at least one slide")
        self.deck = deck
        index = 0
        blanked = false
        self.autoAdvance = autoAdvance
        self.interval = interval
        pendingDigits = ""
        lastChange = now
        message = nil
        self.display = display
        self.homeCity = homeCity
    }

    public var slide: Deck.Slide { deck.slides[min(max(0, index), deck.slides.count - 1)] }
    public var isLast: Bool { index >= deck.slides.count - 1 }

    /// When auto-advance next moves on; nil when nothing will happen without a key (off,
    /// blanked, or on the last slide), so the run loop can block on input at zero CPU.
    public var nextDeadline: Instant? {
        guard autoAdvance, !blanked, !isLast else { return nil }
        return lastChange + interval
    }

    /// Moves on when the interval has passed since the last change; returns whether the
    /// slide changed. On reaching the last slide auto-advance switches off: a talk ends
    /// there rather than starting over.
    @discardableResult
    public mutating func tick(now: Instant) -> Bool {
        guard let deadline = nextDeadline, now >= deadline else { return false }
        go(to: index + 1, now: now)
        if isLast { autoAdvance = false }
        return true
    }

    /// Shows slide `target` (clamped to the deck), restarting the interval.
    mutating func go(to target: Int, now: Instant) {
        index = min(max(0, target), deck.slides.count - 1)
        lastChange = now
        blanked = false
        pendingDigits = ""
    }

    /// The dashboard at the current slide's view, in this screen's display: where Esc
    /// leaves to.
    public func dashboardState(_ dataset: Dataset) -> DashboardState {
        let home = homeCity.flatMap { dataset.city($0)?.id } ?? dataset.cities.first?.id ?? ""
        var navigation = Navigation(cityID: home)
        slide.view.apply(to: &navigation)
        return DashboardState(navigation: navigation, display: display)
    }

    /// What the current slide is about, for `SlideView`.
    public var subject: SlideSubject {
        slide.view.subject(deckTitle: deck.title)
    }

    /// The footer's words: "3/12", auto-advance, the number typed so far or a message.
    /// `followers`: how many follow, while sharing.
    public func footer(clock: String, followers: Int? = nil) -> SlideFooter {
        var status: [String] = []
        if let followers { status.append(display.t(Labels.followerCount(followers))) }
        if autoAdvance { status.append(Labels.auto.text(display.language) + Self.seconds(interval)) }
        if !pendingDigits.isEmpty { status.append(Labels.goTo.text(display.language) + pendingDigits + "_") }
        if let message { status.append(message) }
        return SlideFooter(number: "\(index + 1)/\(deck.slides.count)", clock: clock, status: status.joined(separator: "  "))
    }

    static func seconds(_ duration: Duration) -> String {
        "\(duration.components.seconds)s"
    }
}

/// The one call the run loop makes per frame: the current slide, or nothing when blanked.
public enum PresentScreen {
    public static func render(_ presentation: Presentation, _ dataset: Dataset, clock: String, followers: Int? = nil) -> Frame {
        let display = presentation.display
        guard !presentation.blanked else { return SlideView.blank(display) }
        let slide = SlideView.render(presentation.subject, title: presentation.slide.title, display, dataset,
                                     footer: presentation.footer(clock: clock, followers: followers))
        return presentation.showsHelp ? PresentHelp.draw(over: slide, display) : slide
    }
}
