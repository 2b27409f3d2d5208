import CNCursesW
#if canImport(Glibc)
import Glibc
#endif

/// Asking the terminal how wide it draws box drawing. Box drawing, `·`, `…` and `✓` are
/// East Asian "ambiguous" width: one cell in Western use, two in many CJK terminal
/// profiles (`xterm -cjk_width`, mintty's and PuTTY's CJK options). The C library says one
/// either way, so only the terminal can tell, by where its cursor ends up.
extension NCursesBackend {
    /// How long to wait for the terminal's answer. Terminals on this machine or a LAN answer
    /// in a few milliseconds; 250 ms also covers a slow SSH link across an ocean, and is all
    /// a terminal that never answers delays the first frame.
    public static let widthProbeTimeout = 250

    /// Writes one box-drawing character at a known column and asks where the cursor went
    /// (DSR 6). Call after opening and before the first `draw`: the first frame clears what
    /// the probe wrote. Keys typed meanwhile are put back for `readKey`.
    /// - Returns: the cells the character took (1, or 2 on an ambiguous-wide terminal);
    ///   nil when the terminal did not answer in time or answered something else.
    public func measureBoxDrawingWidth(timeoutMilliseconds: Int = widthProbeTimeout) -> Int? {
        guard active, isUTF8, isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { return nil }
        // Row 2, column 1 of the alternate screen ncurses has entered (its set-up is written
        // by now; the first frame clears the screen). Not row 1: a report from row 1 with
        // column 2 or 3 is also what Shift-F3 and Alt-F3 send, and vim's probe (t_u7) moves
        // to row 2 for the same reason. Concealed (SGR 8), so a terminal that is slow to
        // answer shows nothing meanwhile; ncurses expects plain attributes, hence ESC [ m.
        writeToTerminal(Array("\u{1B}[2;1H\u{1B}[8m\u{2500}\u{1B}[m\u{1B}[6n".utf8))
        let scan = readCursorReport(timeoutMilliseconds: timeoutMilliseconds)
        writeToTerminal(Array("\r\u{1B}[K".utf8))
        // ncurses did not see the cursor move: make the first frame start from a cleared
        // screen and a known cursor (it would anyway; this says so where it matters).
        clearok(idash_curscr(), true)
        putBack(scan.typedBytes)  // after a report nothing is unfinished: all typed
        guard let position = scan.position else { return nil }
        let cells = position.column - 1
        return (1...2).contains(cells) ? cells : nil
    }

    /// Reads what the terminal sends until a cursor report has come whole or the time is up.
    /// Reads the descriptor directly: ncurses has read no input yet, so nothing is skipped.
    private func readCursorReport(timeoutMilliseconds: Int) -> CursorReport.Scan {
        let deadline = monotonicMilliseconds() + UInt64(max(0, timeoutMilliseconds))
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 256)
        // More than this many other bytes is not typing: stop rather than read forever.
        while bytes.count < 4096 {
            let now = monotonicMilliseconds()
            guard now < deadline else { break }
            var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(clamping: deadline - now))
            if ready < 0 && errno == EINTR { continue }  // a resize; keep waiting
            guard ready > 0, Int32(descriptor.revents) & Int32(POLLIN) != 0 else { break }
            let count = read(STDIN_FILENO, &buffer, buffer.count)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { break }  // end of input or an error: the terminal is gone
            bytes += buffer[..<count]
            if CursorReport.scan(bytes).position != nil { break }
        }
        return CursorReport.scan(bytes)
    }

    /// Hands typed bytes to ncurses' input, in order. An escape sequence terminfo knows as a
    /// key goes back as that key (ncurses does not decode what is put back); any other byte
    /// as itself, so `readKey` reads it as if typed now (UTF-8 included). A mouse report
    /// cannot be put back with its position, so it goes back as bytes and `readKey` drops it
    /// as an unknown sequence. ncurses holds about 135 put-back codes; the first are kept.
    private func putBack(_ bytes: [UInt8]) {
        var codes: [Int32] = []
        for piece in TypedInput.pieces(bytes) {
            switch piece {
            case .byte(let byte):
                codes.append(Int32(byte))
            case .sequence(let sequence):
                let key = String(decoding: sequence, as: UTF8.self).withCString { key_defined($0) }
                if key > 0 && UInt32(key) != KeyCode.mouse {
                    codes.append(key)
                } else {
                    codes += sequence.map(Int32.init)
                }
            }
        }
        // ungetch puts a code in front of the others: push the last first.
        for code in codes.prefix(128).reversed() where ungetch(code) == ERR { break }
    }
}
