import TerminalKit
import IndustryModel
import IndustryTerminal
import IndustryViews

/// What the dashboard, a presentation and a follower share on a live terminal: the
/// backend, the palette for the terminal's colours, and the keys, typed or replayed from a
/// key script (`--play`) and recorded (`--record`).
public final class TerminalSession {
    public let backend: any TerminalBackend
    let themes: ThemeCatalog
    let depth: ColorDepth
    /// `NO_COLOR` is set and no theme was chosen: the mono theme (no-color.org).
    let forcedMono: Bool
    private var palette: Palette?
    private var paletteName = ""
    var player: KeyPlayer?
    var recorder: KeyRecorder?
    /// The width probe found box drawing two cells wide (`NCursesBackend.measureBoxDrawingWidth`):
    /// every screen on this terminal uses ASCII glyphs.
    let drawsBoxesWide: Bool
    /// Said once, by the first screen with a status bar: why the borders are ASCII.
    private var notice: LocalizedText?

    public init(backend: any TerminalBackend, themes: ThemeCatalog, environment: [String: String], themeChosen: Bool,
         play: KeyScript?, record: Bool, drawsBoxesWide: Bool = false) {
        self.backend = backend
        self.themes = themes
        self.drawsBoxesWide = drawsBoxesWide
        notice = drawsBoxesWide ? Labels.boxesDrawnWide : nil
        depth = ColorDepth.detect(environment: environment, terminfoColors: backend.colors)
        forcedMono = !(environment["NO_COLOR"] ?? "").isEmpty && !themeChosen && themes.theme(named: "mono") != nil
        let now = Moment.now
        player = play.map { KeyPlayer($0, startedAt: now) }
        recorder = record ? KeyRecorder(startedAt: now) : nil
    }

    /// Fits a display to this terminal: its size, ASCII with English where it cannot show
    /// UTF-8, and ASCII where it draws box characters two cells wide.
    func adapt(_ display: inout Display) {
        (display.width, display.height) = backend.size
        if !backend.isUTF8 {
            display.ascii = true
            display.language = .en
            display.canShowChinese = false
        }
        if drawsBoxesWide { display.ascii = true }
        if forcedMono { display.themeName = "mono" }
    }

    /// What the first screen with a status bar should say about this terminal; nil after
    /// it was taken, so it is said once, not again after Ctrl-Z. Slides have no status bar
    /// and leave it for the dashboard that Esc opens.
    func takeNotice() -> LocalizedText? {
        defer { notice = nil }
        return notice
    }

    func draw(_ grid: Grid, themeName: String) {
        if palette == nil || paletteName != themeName {
            let theme = themes.theme(named: themeName) ?? themes.themes[0]
            palette = theme.palette(for: depth)
            paletteName = themeName
        }
        backend.draw(grid, palette: palette!.resolve)
    }

    /// The next thing to act on: a key (typed, or due in the script being played), a ready
    /// descriptor, or the deadline passing. Blocks until then.
    func next(until deadline: Moment?, watching descriptors: [ReadyDescriptor] = []) -> Wake {
        while true {
            let now = Moment.now
            if let key = player?.take(now: now) { return .key(key) }
            let due = [deadline, player?.nextDue].compactMap { $0 }.min()
            let wake = backend.wait(timeoutMilliseconds: due.map { now.milliseconds(until: $0) }, for: descriptors)
            if case .key(let key) = wake {
                recorder?.record(key, at: .now)
                return wake
            }
            if case .ready = wake { return wake }
            // The wait ended for the script's next key when that came first: loop to take
            // it. Otherwise it ended for the deadline, as the backend says.
            if let next = player?.nextDue, deadline.map({ next <= $0 }) ?? true { continue }
            return .timeout
        }
    }
}
