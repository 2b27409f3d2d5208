import TerminalKit
import IndustryModel
import IndustryShare
import IndustryTerminal
import IndustryViews
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// How a live screen runs, whatever it shows (dashboard, slides, a follower's view).
public struct LiveOptions: Sendable {
    public var themes: ThemeCatalog
    public var environment: [String: String]
    /// The user named a theme, which wins over `NO_COLOR` (no-color.org).
    public var themeChosen: Bool
    /// `--watch`: reload the data from this directory when its files change.
    public var watch: String?
    /// `--play`: keys to replay with their pauses.
    public var play: KeyScript?
    /// `--record`: where to write the keys pressed, with their pauses, on the way out.
    public var record: String?
    /// Ask the terminal, before the first frame, whether it draws box characters two cells
    /// wide (false with `--no-detect`, and where the glyphs are ASCII already).
    public var detectWidth: Bool

    /// The `clipboard` setting: whether copying may use the terminal's clipboard (OSC 52).
    public var clipboard: Bool

    public init(themes: ThemeCatalog, environment: [String: String], themeChosen: Bool = false,
                watch: String? = nil, play: KeyScript? = nil, record: String? = nil, detectWidth: Bool = false, clipboard: Bool = false) {
        self.themes = themes
        self.environment = environment
        self.themeChosen = themeChosen
        self.watch = watch
        self.play = play
        self.record = record
        self.detectWidth = detectWidth
        self.clipboard = clipboard
    }

    /// The context `update` gets: the user's clipboard choice goes with the data.
    func context(_ context: AppContext) -> AppContext {
        var context = context
        context.clipboard = clipboard
        return context
    }

    /// Opens the terminal for `body` and, after restoring it, writes the recording.
    func withSession<T>(_ body: (TerminalSession) throws -> T) throws -> T {
        var recorded: KeyScript?
        // A path that cannot be written is found now, not after the whole rehearsal.
        if let record { try TextFile.save("", to: record) }
        let result = try TerminalGuard.run { backend in
            // Before anything is drawn: the answer decides the glyphs of the first frame.
            let wide = detectWidth && backend.measureBoxDrawingWidth() == 2
            let session = TerminalSession(backend: backend, themes: themes, environment: environment,
                                          themeChosen: themeChosen, play: play, record: record != nil, drawsBoxesWide: wide)
            defer { recorded = session.recorder?.demo }
            return try body(session)
        }
        if let record, let recorded { try TextFile.save(recorded.text, to: record) }
        return result
    }
}

/// The live dashboard: draw the state, block for a key (or a watched folder, or the next
/// key of a script), update, repeat. It idles at zero CPU (no timers run) and redraws only
/// when the state changed; ncurses sends only cells that differ from the screen.
public enum RunLoop {
    public static func run(state: DashboardState, context: AppContext, options: LiveOptions) throws {
        try options.withSession { session in
            dashboard(session, state: state, context: options.context(context), watch: options.watch)
        }
    }

    /// Runs the dashboard on an open terminal until the user quits.
    /// Runs the dashboard until `q`. `returnsToSlides`: opened from a talk (Esc), where `p`
    /// ends it with the state it has, and the talk's followers are served meanwhile.
    @discardableResult
    public static func dashboard(_ session: TerminalSession, state: DashboardState, context: AppContext, watch: String?,
                                 returnsToSlides: Bool = false, share: ShareServer? = nil) -> DashboardState? {
        var program = DashboardProgram(state: state, context: context, reloader: watch.map { DataReloader(directory: $0) },
                                       returnsToSlides: returnsToSlides)
        return LiveLoop.run(&program, on: session, share: share)
    }
}

/// The dashboard as a program of the run loop: keys to actions to `App.update`, and the
/// watched folder's changes to a reload effect, whose result puts the new data under the user.
struct DashboardProgram: LiveProgram {
    var state: DashboardState
    var context: AppContext
    var reloader: DataReloader?
    /// `p` goes back to the talk this dashboard was opened from.
    var returnsToSlides = false
    /// Counts reloads: new data is drawn even where the state is the same.
    var generation = 0

    struct Look: Equatable {
        var state: DashboardState
        var generation: Int
    }

    var look: Look { Look(state: state, generation: generation) }
    var themeName: String { state.display.themeName }
    func render() -> Frame { state.render(context.dataset) }
    func deadline(now: Moment) -> Moment? { reloader?.deadline(now: now) }
    var descriptors: [ReadyDescriptor] { reloader?.descriptors ?? [] }
    mutating func adapt(_ session: TerminalSession) {
        session.adapt(&state.display)
        if let notice = session.takeNotice() { state.status.message = state.display.t(notice) }
    }

    mutating func handle(_ event: LoopEvent, frame: Frame?, now: Moment) -> [Effect] {
        switch event {
        case .wake(.key(.character("p"))) where returnsToSlides && state.navigation.filtering == nil && state.navigation.search == nil:
            return [.leave(state)]
        case .wake(.key(let key)):
            guard let action = KeyMap.action(for: key, in: state.navigation, frame: frame) else { return [] }
            return App.update(&state, action, context)
        case .wake(let wake):
            guard let directory = reloader?.directory, reloader?.wake(wake, now: now) == true else { return [] }
            return [.reload(directory: directory)]
        case .loaded(.success(let dataset)):
            App.reload(&state, from: context.dataset, to: dataset)
            context.dataset = dataset
            generation += 1
        case .loaded(.failure(let error)):
            // The last good data stays on screen; the bar names the problem until a save fixes it.
            state.status.dataError = DataReloader.describe(error, language: state.display.language)
        case .connected:
            break
        }
        return []
    }
}

/// Writes small text files (a key recording).
enum TextFile {
    struct WriteError: Error, CustomStringConvertible {
        var path: String
        var description: String { "cannot write the key recording to \(path)" }
    }

    static func save(_ text: String, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else { throw WriteError(path: path) }
    }
}
