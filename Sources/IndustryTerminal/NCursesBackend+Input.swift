import TerminalKit
import CNCursesW
#if canImport(Glibc)
import Glibc
#endif

extension NCursesBackend {
    /// Waits for the next key, mouse action or resize.
    /// - Parameter timeoutMilliseconds: nil blocks (no CPU while idle); 0 polls.
    /// - Returns: the key; nil when the time ran out; `.hangup` when the terminal is gone,
    ///   so the caller exits instead of spinning on a dead terminal (sngrep#424).
    // Not inlined: each step of a key is one function that .ci/keycost.sh counts by name.
    @inline(never)
    public func readKey(timeoutMilliseconds: Int?) -> Key? {
        guard active else { return .hangup }
        let deadline = timeoutMilliseconds.map { monotonicMilliseconds() + UInt64(max(0, $0)) }
        while true {
            if let deadline {
                let now = monotonicMilliseconds()
                setTimeout(now >= deadline ? 0 : Int32(clamping: deadline - now))
            } else {
                setTimeout(-1)
            }
            var character: wint_t = 0
            let result = wget_wch(window, &character)
            if result == OK {
                failedReads = 0
                if character == 27, let key = readEscapeSequence() { return key }
                return KeyDecoder.decode(isKeyCode: false, code: UInt32(character))
            }
            if result == KEY_CODE_YES {
                failedReads = 0
                switch UInt32(character) {
                case KeyCode.mouse:
                    if let event = readMouse() { return .mouse(event) }
                    continue // a report the app does not use (a release): keep waiting
                case KeyCode.resize:
                    followTerminalSize()
                    invalidate() // ncurses resized its screens; repaint everything once
                    return .resize(width: size.width, height: size.height)
                default:
                    return KeyDecoder.decode(isKeyCode: true, code: UInt32(character))
                }
            }
            if inputIsClosed() { return .hangup }
            if let deadline, monotonicMilliseconds() >= deadline { return nil }
            // ERR before the deadline with the terminal still there: a signal interrupted
            // the read (SIGCONT after a stop, say). Wait for the rest of the time.
        }
    }

    /// After an ESC ncurses returned as a character: if a CSI or SS3 sequence follows (a key
    /// this terminfo entry lacks, as `ESC [1~` for Home under PuTTY or `ESC [C` in normal
    /// cursor mode), it is read to its final byte and becomes the key it stands for, or
    /// `.unknown`, dropped, so an unknown key never leaves a presentation or closes a view.
    /// Any other key that follows is put back to be read next, and the ESC is Esc (nil):
    /// `Esc c` typed fast is both keys, never neither.
    private func readEscapeSequence() -> Key? {
        setTimeout(0)
        var next: wint_t = 0
        let result = wget_wch(window, &next)
        switch KeyDecoder.escapeStart(next: result == ERR ? nil : UInt32(next), isKeyCode: result == KEY_CODE_YES) {
        case .alone:
            return nil
        case .escapeThenKey:
            if result == KEY_CODE_YES { ungetch(Int32(next)) } else { unget_wch(wchar_t(next)) }
            return nil
        case .sequence:
            var bytes = [UInt32(next)]
            // The rest of a sequence comes in the same write; wait a moment for a cut one.
            setTimeout(20)
            for _ in 0..<32 {
                guard wget_wch(window, &next) == OK else { return .unknown }
                bytes.append(UInt32(next))
                if KeyDecoder.endsSequence(UInt32(next)) { break }
            }
            return KeyDecoder.sequenceKey(bytes)
        }
    }

    /// Tells a timeout or an interrupted read from a terminal that is gone. A hung-up
    /// terminal polls as POLLHUP or POLLERR. End of input (stdin at EOF) polls as readable
    /// yet yields no key, so a few such reads in a row count as a hang-up too.
    private func inputIsClosed() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return errno != EINTR }
        let events = Int32(descriptor.revents)
        if events & (Int32(POLLHUP) | Int32(POLLERR) | Int32(POLLNVAL)) != 0 { return true }
        if events & Int32(POLLIN) != 0 {
            failedReads += 1
            return failedReads >= 3
        }
        failedReads = 0
        return false
    }

    /// ncurses resizes itself on SIGWINCH; this only makes sure it agrees with the kernel's
    /// size (some builds let environment or terminfo values win), since a size that stays
    /// wrong after a resize leaves the dashboard drawing past the edge.
    func followTerminalSize() {
        var real = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &real) == 0, real.ws_row > 0, real.ws_col > 0 else { return }
        if Int(real.ws_col) != size.width || Int(real.ws_row) != size.height {
            resizeterm(Int32(real.ws_row), Int32(real.ws_col))
        }
    }

    private func setTimeout(_ milliseconds: Int32) {
        guard milliseconds != currentTimeout else { return }
        wtimeout(window, milliseconds)
        currentTimeout = milliseconds
    }

    private func readMouse() -> MouseEvent? {
        var report = MEVENT()
        guard getmouse(&report) == OK,
              let event = mouseDecoder.decode(buttonState: UInt32(report.bstate), x: Int(report.x), y: Int(report.y))
        else { return nil }
        return clicks.resolve(event, at: monotonicMilliseconds())
    }
}

/// Milliseconds on a clock that never jumps (unlike the wall clock).
public func monotonicMilliseconds() -> UInt64 {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return UInt64(now.tv_sec) * 1000 + UInt64(now.tv_nsec) / 1_000_000
}

extension NCursesBackend: TerminalBackend {}

extension NCursesBackend {
    /// Blocks until a key, one of `descriptors`, or the timeout (nil: none), so the app
    /// idles at zero CPU however many things it listens to. Keys ncurses already buffered
    /// come first; a signal (SIGWINCH) interrupts the wait and its resize comes back as a key.
    public func wait(timeoutMilliseconds: Int?, for descriptors: [ReadyDescriptor]) -> Wake {
        guard !descriptors.isEmpty else {
            return readKey(timeoutMilliseconds: timeoutMilliseconds).map(Wake.key) ?? .timeout
        }
        guard active else { return .key(.hangup) }
        let deadline = timeoutMilliseconds.map { monotonicMilliseconds() + UInt64(max(0, $0)) }
        while true {
            if let key = readKey(timeoutMilliseconds: 0) { return .key(key) }
            var polled = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)]
                + descriptors.map { pollfd(fd: $0.fd, events: $0.events, revents: 0) }
            var wait: Int32 = -1
            if let deadline {
                let now = monotonicMilliseconds()
                if now >= deadline { return .timeout }
                wait = Int32(clamping: deadline - now)
            }
            let count = poll(&polled, nfds_t(polled.count), wait)
            // poll itself failing (not a signal) would fail again at once: treat it as the
            // terminal being gone rather than spin.
            if count < 0 && errno != EINTR { return .key(.hangup) }
            let ready = polled.dropFirst().filter { $0.revents != 0 }.map { ReadyDescriptor(fd: $0.fd, events: $0.revents) }
            if !ready.isEmpty { return .ready(ready) }
            // Otherwise the keyboard is readable, a signal came, or time ran out: look again.
        }
    }
}
