#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// Writes bytes to the terminal as they are, beside the grid: a request that draws
    /// nothing (a clipboard write, `ClipboardRequest`). Never text to show: that is `draw`'s.
    func send(_ bytes: [UInt8])
}

/// A terminal in memory: it answers waits from a script (then hangs up, so a loop always
/// ends) and keeps every grid drawn, as Ratatui's `TestBackend` does.
public final class TestBackend: TerminalBackend {
    /// One answer to a wait: a given wake, or a real wait on the loop's descriptors (a
    /// watched folder, a socket) and deadline, with no keyboard, bounded by `maxMilliseconds`.
    public enum Step: Sendable {
        case wake(Wake)
        case waitForDescriptors(maxMilliseconds: Int)
    }

    public var size: (width: Int, height: Int)
    public var isUTF8: Bool
    public var colors: Int
    /// The answers still to come, first next.
    public var steps: [Step]
    /// The given wakes still to come.
    public var script: [Wake] { steps.compactMap { if case .wake(let wake) = $0 { wake } else { nil } } }
    /// Every grid drawn, in order.
    public private(set) var drawn: [Grid] = []
    /// Each wait's timeout and descriptors, in order: what the loop was waiting for.
    public private(set) var waits: [(timeout: Int?, descriptors: [ReadyDescriptor])] = []
    public private(set) var suspensions = 0
    /// A `send`: its bytes, and how many grids had been drawn before it.
    public struct Sent: Equatable, Sendable {
        public var bytes: [UInt8]
        public var afterFrames: Int
    }
    /// Every `send`, in order: the requests the loop wrote beside the grid.
    public private(set) var sent: [Sent] = []

    public convenience init(width: Int = 120, height: Int = 40, isUTF8: Bool = true, colors: Int = 256, script: [Wake] = []) {
        self.init(width: width, height: height, isUTF8: isUTF8, colors: colors, steps: script.map(Step.wake))
    }

    public init(width: Int = 120, height: Int = 40, isUTF8: Bool = true, colors: Int = 256, steps: [Step]) {
        size = (width, height)
        self.isUTF8 = isUTF8
        self.colors = colors
        self.steps = steps
    }

    public func draw(_ grid: Grid, palette: (Style) -> ResolvedStyle) { drawn.append(grid) }

    public func wait(timeoutMilliseconds: Int?, for descriptors: [ReadyDescriptor]) -> Wake {
        waits.append((timeoutMilliseconds, descriptors))
        guard !steps.isEmpty else { return .key(.hangup) }
        switch steps.removeFirst() {
        case .wake(let wake):
            return wake
        case .waitForDescriptors(let most):
            var polled = descriptors.map { pollfd(fd: $0.fd, events: $0.events, revents: 0) }
            let timeout = Int32(min(most, max(0, timeoutMilliseconds ?? most)))
            guard poll(&polled, nfds_t(polled.count), timeout) > 0 else { return .timeout }
            return .ready(zip(descriptors, polled).filter { $0.1.revents != 0 }.map { ReadyDescriptor(fd: $0.0.fd, events: $0.1.revents) })
        }
    }

    public func suspend() { suspensions += 1 }

    public func send(_ bytes: [UInt8]) { sent.append(Sent(bytes: bytes, afterFrames: drawn.count)) }

    /// The screen last drawn, as text rows.
    public var lines: [String] { drawn.last?.lines ?? [] }
}
