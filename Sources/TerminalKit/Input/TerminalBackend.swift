/// What ended a wait: a key, other descriptors becoming ready, or the time running out.
public enum Wake: Equatable, Sendable {
    case key(Key)
    /// Descriptors the caller asked about that are ready, with what `poll` reported.
    case ready([ReadyDescriptor])
    case timeout
}

/// A descriptor to wait on alongside the keyboard (a watched folder, a socket) and the
/// `poll` events of interest (`POLLIN` = 1, `POLLOUT` = 4).
public struct ReadyDescriptor: Equatable, Sendable {
    public static let readable: Int16 = 1

    public var fd: Int32
    public var events: Int16

    public init(fd: Int32, events: Int16 = ReadyDescriptor.readable) {
        self.fd = fd
        self.events = events
    }
}

/// A terminal a run loop draws on and waits at: the ncurses backend on a real terminal,
/// `TestBackend` in memory for the loop tests.
public protocol TerminalBackend: AnyObject {
    var size: (width: Int, height: Int) { get }
    var isUTF8: Bool { get }
    /// Colours terminfo says the terminal has.
    var colors: Int { get }
    /// Shows `grid`, sending only what changed since the last call.
    func draw(_ grid: Grid, palette: (Style) -> ResolvedStyle)
    /// Blocks until a key, one of `descriptors`, or the timeout (nil: none).
    func wait(timeoutMilliseconds: Int?, for descriptors: [ReadyDescriptor]) -> Wake
    /// Ctrl-Z: hands the terminal back to the shell until the job is resumed.
    func suspend()
}

/// A terminal in memory: it answers waits from a script of wakes (then hangs up, so a
/// loop always ends) and keeps every grid drawn, as Ratatui's `TestBackend` does.
public final class TestBackend: TerminalBackend {
    public var size: (width: Int, height: Int)
    public var isUTF8: Bool
    public var colors: Int
    /// The wakes still to come, first next.
    public var script: [Wake]
    /// Every grid drawn, in order.
    public private(set) var drawn: [Grid] = []
    /// Each wait's timeout and descriptors, in order: what the loop was waiting for.
    public private(set) var waits: [(timeout: Int?, descriptors: [ReadyDescriptor])] = []
    public private(set) var suspensions = 0

    public init(width: Int = 120, height: Int = 40, isUTF8: Bool = true, colors: Int = 256, script: [Wake] = []) {
        size = (width, height)
        self.isUTF8 = isUTF8
        self.colors = colors
        self.script = script
    }

    public func draw(_ grid: Grid, palette: (Style) -> ResolvedStyle) { drawn.append(grid) }

    public func wait(timeoutMilliseconds: Int?, for descriptors: [ReadyDescriptor]) -> Wake {
        waits.append((timeoutMilliseconds, descriptors))
        return script.isEmpty ? .key(.hangup) : script.removeFirst()
    }

    public func suspend() { suspensions += 1 }

    /// The screen last drawn, as text rows.
    public var lines: [String] { drawn.last?.lines ?? [] }
}
