import TerminalKit
import IndustryTerminal
import IndustryViews

/// What a program tells the loop after an event: go on, or end with a value.
public enum LoopStep<Exit> {
    case next
    case exit(Exit)
}

/// A program the one run loop runs (the dashboard, the presenter, a follower): what it
/// looks like, what it waits for, and how it takes an event. The loop does the rest the
/// same way for all three: draw when the look changed, wait, suspend on Ctrl-Z.
public protocol LiveProgram {
    associatedtype Exit
    /// What the screen depends on; the loop redraws only when it changed.
    associatedtype Look: Equatable
    var look: Look { get }
    var themeName: String { get }
    func render() -> Frame
    /// When to wake with no key (nil: only for keys or descriptors).
    func deadline(now: Moment) -> Moment?
    var descriptors: [ReadyDescriptor] { get }
    /// Fits the program to the terminal: on start, and after the shell had it (Ctrl-Z).
    mutating func adapt(_ session: TerminalSession)
    /// After each frame is on screen (the presenter publishes its position here).
    mutating func drew()
    /// A key, a ready descriptor or the deadline; `frame` is the screen as last drawn,
    /// which a click is hit-tested against.
    mutating func handle(_ wake: Wake, frame: Frame?) -> LoopStep<Exit>
}

extension LiveProgram {
    public mutating func drew() {}
}

/// The one run loop. It idles at zero CPU between events (no timers but the program's
/// deadline) and redraws only when the look changed; ncurses sends only changed cells.
public enum LiveLoop {
    public static func run<Program: LiveProgram>(_ program: inout Program, on session: TerminalSession) -> Program.Exit {
        program.adapt(session)
        var drawn: Program.Look?
        var frame: Frame?
        while true {
            let look = program.look
            if drawn != look {
                let rendered = program.render()
                session.draw(rendered.grid, themeName: program.themeName)
                (frame, drawn) = (rendered, look)
                program.drew()
            }
            let wake = session.next(until: program.deadline(now: .now), watching: program.descriptors)
            if wake == .key(.control("z")) {
                session.backend.suspend()
                program.adapt(session)  // it may have been resized meanwhile
                drawn = nil  // and the shell drew over it
                continue
            }
            if case .exit(let value) = program.handle(wake, frame: frame) { return value }
        }
    }
}
