import CNCursesW
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Puts the terminal back the way the shell left it on every way out: a normal return, a
/// thrown error, `exit`, a kill signal and a crash. Users of other tools reported shells
/// left printing mouse codes after a kill or crash (helix#2250, btop#317) and cleanup run
/// only on a normal exit (claude-code#84029).
///
/// Exit status after a signal, like a shell's convention for a process killed by one:
///
/// | signal  | status | typical cause                                  |
/// |---------|--------|------------------------------------------------|
/// | SIGHUP  | 129    | terminal or SSH connection closed              |
/// | SIGINT  | 130    | `kill -INT` (Ctrl-C is a key while drawing)    |
/// | SIGQUIT | 131    | `kill -QUIT` (Ctrl-\ is a key while drawing)   |
/// | SIGTERM | 143    | `kill`, system shutdown, `timeout`             |
///
/// Crashes (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT: a Swift runtime trap is one
/// of these) restore the terminal and then hand the signal to whoever handled it before
/// (the Swift backtracer, or the default core dump), so the report prints on a normal
/// screen and the process still dies of that signal.
public enum TerminalGuard {
    /// Signals that end the program with status 128 + signal.
    public static let exitSignals: [Int32] = [SIGHUP, SIGINT, SIGQUIT, SIGTERM]
    static let crashSignals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP, SIGABRT]

    /// Opens the terminal, runs `body`, and restores the terminal before returning or
    /// rethrowing, so that whatever the caller prints next (an error message, a summary)
    /// lands on the normal screen. Throws `TerminalError` when the terminal cannot be opened.
    public static func run<T>(mouse: Bool = true, _ body: (NCursesBackend) throws -> T) throws -> T {
        let backend = try NCursesBackend(mouse: mouse)
        defer { backend.restore() }
        return try body(backend)
    }

    /// Installs the handlers once per process. Signals a parent set to be ignored (`nohup`,
    /// background jobs) stay ignored; the backend still notices a hang-up as `.hangup`.
    static func install() {
        guard !installed.exchange(true, ordering: .sequentiallyConsistent) else { return }
        for signal in exitSignals {
            var old = sigaction()
            sigaction(signal, nil, &old)
            if isIgnored(old) { continue }
            setHandler(signal, handleExitSignal)
        }
        for signal in crashSignals {
            sigaction(signal, nil, previousActions + Int(signal))
            setHandler(signal, handleCrashSignal)
        }
        atexit { TerminalGuard.restoreScreen() }
        // Globals initialise lazily; do it now, never for the first time inside a handler.
        _ = exiting.load(ordering: .relaxed)
        _ = cursesActive.load(ordering: .relaxed)
    }

    /// Marks curses as running (the handlers restore only then).
    static func activate() -> Bool {
        !cursesActive.exchange(true, ordering: .sequentiallyConsistent)
    }

    /// Clears the flag without touching the terminal (opening it failed).
    static func deactivate() {
        cursesActive.store(false, ordering: .sequentiallyConsistent)
    }

    /// Leaves curses mode if it is on: cursor shown, mouse reporting and keypad mode off,
    /// alternate screen left, terminal modes restored (all done by `endwin`). Safe to call
    /// from any path, any number of times; only the first call acts.
    @discardableResult
    static func restoreScreen() -> Bool {
        guard cursesActive.exchange(false, ordering: .sequentiallyConsistent) else { return false }
        curs_set(1)
        endwin()
        return true
    }

    // MARK: - Handlers. No Swift allocation in here: only atomics and C calls.

    private static let handleExitSignal: @convention(c) (Int32) -> Void = { signal in
        // A second signal during the restore must not run endwin twice: the flag says so.
        if exiting.exchange(true, ordering: .sequentiallyConsistent) == false {
            restoreScreen()
        }
        _exit(128 + signal)
    }

    private static let handleCrashSignal: @convention(c) (Int32) -> Void = { signal in
        restoreScreen()
        // Put back the previous handler and send the signal again: it is blocked while this
        // handler runs, so it is delivered to that handler as soon as this one returns.
        sigaction(signal, previousActions + Int(signal), nil)
        raise(signal)
    }

    private static func setHandler(_ signal: Int32, _ handler: @convention(c) (Int32) -> Void) {
        var action = sigaction()
        sigemptyset(&action.sa_mask)
        #if canImport(Glibc)
        action.__sigaction_handler.sa_handler = handler
        #else
        action.__sigaction_u.__sa_handler = handler
        #endif
        action.sa_flags = 0
        sigaction(signal, &action, nil)
    }

    private static func isIgnored(_ action: sigaction) -> Bool {
        #if canImport(Glibc)
        let handler = action.__sigaction_handler.sa_handler
        #else
        let handler = action.__sigaction_u.__sa_handler
        #endif
        guard let handler else { return false } // SIG_DFL is the null pointer
        return unsafeBitCast(handler, to: Int.self) == 1 // SIG_IGN
    }
}

private let installed = Atomic<Bool>(false)
private let cursesActive = Atomic<Bool>(false)
private let exiting = Atomic<Bool>(false)
/// Handlers in place before ours, indexed by signal number; allocated once, never freed,
/// so the crash handler reads it without allocating.
private nonisolated(unsafe) let previousActions: UnsafeMutablePointer<sigaction> = {
    let pointer = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
    pointer.initialize(repeating: sigaction(), count: 65)
    return pointer
}()
