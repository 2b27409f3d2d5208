import TerminalKit
import IndustryModel
import IndustryShare
import IndustryTerminal
import IndustryViews

/// A follower's screen: the presenter's latest position, drawn with the follower's own
/// data, size, theme and language. Nothing a follower does reaches the presenter.
public struct Follower: Equatable, Sendable {
    public var position: SharePosition?
    public var presenterGone = false
    /// The presenter turned this follower away (`--max-followers`); it tries again like
    /// a follower whose presenter has gone, since a place may free up.
    public var shareFull = false
    /// `--notes`: the speaker notes instead of the slide.
    public var notes: Bool
    public var display: Display

    public init(display: Display, notes: Bool) {
        self.display = display
        self.notes = notes
    }

    /// Takes what the connection produced.
    public mutating func receive(_ event: ShareClientEvent) {
        switch event {
        case .nothingNew: break
        case .position(let position): self.position = position
        case .presenterGone(let last):
            if let last { position = last }
            presenterGone = true
        case .shareFull:
            presenterGone = true
            shareFull = true
        }
    }

    /// The follower's keys: quit, language and theme, resize. Nothing steers the slides.
    @discardableResult
    public mutating func handle(_ key: Key, themeNames: [String]) -> [Effect] {
        switch key {
        case .character("q"), .control("c"), .hangup: return [.quit]
        case KeyTable.suspendKey: return [.suspend]
        case .character("L") where display.canShowChinese: display.language = display.language == .zh ? .en : .zh
        case .character("T"): display.nextTheme(in: themeNames)
        case .resize(let width, let height): (display.width, display.height) = (max(0, width), max(0, height))
        default: break
        }
        return []
    }
}

/// Draws a follower's screen.
public enum FollowScreen {
    /// "42 min" ("1 h 05 min") since the talk began, by this machine's clock, in words: "0:42"
    /// reads as minutes and seconds. Empty when the presenter did not say.
    static func elapsed(since start: Int, now: Int, _ language: Language) -> String {
        guard start > 0, now >= start else { return "" }
        let minutes = (now - start) / 60
        let (hours, rest) = (minutes / 60, minutes % 60)
        if language == .zh { return hours > 0 ? "\(hours)小时\(rest)分钟" : "\(rest)分钟" }
        return hours > 0 ? "\(hours) h \(rest < 10 ? "0" : "")\(rest) min" : "\(rest) min"
    }

    /// `now`: seconds since 1970, for the time the talk has run (the wall clock; fixed in tests).
    public static func render(_ follower: Follower, _ dataset: Dataset, clock: String,
                              now: Int = WallClock.secondsSince1970()) -> Frame {
        let display = follower.display
        let browsing = !follower.presenterGone && follower.position?.browsing == true
        let status = display.t(follower.shareFull ? Labels.shareFull : follower.presenterGone ? Labels.presenterEnded
                               : browsing ? Labels.presenterBrowsing : Labels.following)
        guard let position = follower.position else {
            let waiting = Labels.waitingForPresenter
            return SlideView.render(.title(waiting), display, dataset, footer: SlideFooter(number: "-", clock: clock, status: status))
        }
        let number = "\(position.slideIndex + 1)/\(position.slideCount)"
        let footer = SlideFooter(number: number, clock: clock, status: status)
        let title = LocalizedText(zh: position.titleZh, en: position.titleEn.isEmpty ? position.titleZh : position.titleEn)
        if follower.notes {
            // The follower's language where the notes have it; Chinese only on a screen that can show it.
            let english = position.notesEn.isEmpty ? position.notes : position.notesEn
            var notes = display.language == .en || !display.canShowChinese ? english : position.notes
            if notes.isEmpty, let spec = try? ViewSpec.parse(position.view, in: dataset, allowsTitle: true) {
                // The deck gives none: notes from the slide's figures, worked out here from
                // this follower's data, so they need not travel with every position.
                notes = SlideContent.make(spec.subject(deckTitle: title), title: nil, display: display, dataset: dataset)
                    .generatedNotes(display.language)
            }
            let next = LocalizedText(zh: position.nextTitleZh, en: position.nextTitleEn.isEmpty ? position.nextTitleZh : position.nextTitleEn)
            return NotesView.render(number: number, title: title.text(display.language), notes: notes, display, footer: footer,
                                    next: next.text(display.language), elapsed: elapsed(since: position.startedAt, now: now, display.language))
        }
        if position.blanked && !follower.presenterGone { return SlideView.blank(display) }
        let hasTitle = !position.titleZh.isEmpty || !position.titleEn.isEmpty
        do throws(ViewSpecError) {
            let spec = try ViewSpec.parse(position.view, in: dataset, allowsTitle: true)
            let subject = spec.subject(deckTitle: hasTitle ? title : LocalizedText(zh: position.deckTitle, en: position.deckTitle))
            return SlideView.render(subject, title: hasTitle ? title : nil, display, dataset, footer: footer)
        } catch {
            // The presenter shows data this follower does not have (another --data).
            let missing = Labels.slideNotInData(position.view)
            return SlideView.render(.title(missing), display, dataset, footer: footer)
        }
    }
}

/// `idash follow`: connects, then redraws whenever the presenter moves (or the minute
/// turns, for the clock). A slow follower only ever reads the latest position. When the
/// presenter has ended, the follower looks for a new one every two seconds, so a talk
/// restarted on the same socket is followed again without anyone typing a thing.
public enum FollowLoop {
    static let retry: Duration = .seconds(2)

    public static func run(_ follower: Follower, client: ShareClient, context: AppContext, options: LiveOptions) throws {
        var program = FollowerProgram(follower: follower, client: client, context: context)
        client.waitUntilReadable(milliseconds: 500)  // the greeting, before the terminal opens
        program.follower.receive(client.readAvailable())
        defer { program.client.close() }
        try options.withSession { session in _ = LiveLoop.run(&program, on: session) }
    }
}

/// A follower as a program of the run loop: the presenter's positions, the clock's
/// minute, its own keys (language, theme, quit), and a reconnect while the presenter is gone.
struct FollowerProgram: LiveProgram {
    var follower: Follower
    var client: ShareClient
    let context: AppContext

    struct Look: Equatable {
        var follower: Follower
        var clock: String
    }

    var look: Look { Look(follower: follower, clock: WallClock.hoursAndMinutes()) }
    var themeName: String { follower.display.themeName }
    func render() -> Frame { FollowScreen.render(follower, context.dataset, clock: WallClock.hoursAndMinutes()) }

    func deadline(now: Moment) -> Moment? {
        now + (follower.presenterGone ? FollowLoop.retry : .milliseconds(Int64(WallClock.millisecondsToNextMinute())))
    }

    var descriptors: [ReadyDescriptor] { client.fileDescriptor.map { [ReadyDescriptor(fd: $0)] } ?? [] }
    mutating func adapt(_ session: TerminalSession) { session.adapt(&follower.display) }

    mutating func handle(_ event: LoopEvent, frame: Frame?, now: Moment) -> [Effect] {
        switch event {
        case .wake(.key(let key)):
            return follower.handle(key, themeNames: context.themeNames)
        case .wake(.ready):
            follower.receive(client.readAvailable())
        case .wake(.timeout):
            if follower.presenterGone { return [.reconnect(path: client.path)] }
        case .connected(let again?):
            client.close()
            client = again
            (follower.presenterGone, follower.shareFull) = (false, false)
            follower.receive(client.readAvailable())
        case .connected(nil), .loaded:
            break
        }
        return []
    }
}
