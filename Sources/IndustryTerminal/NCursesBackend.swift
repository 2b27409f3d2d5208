import CNCursesW
import TerminalKit
#if canImport(Glibc)
import Glibc
#endif

/// Why the terminal could not be opened; each message tells the user what to do.
public enum TerminalError: Error, CustomStringConvertible, Equatable {
    case notATerminal
    case unsupportedTerminal(String)
    case unknownTerminal(String)
    case alreadyOpen

    public var description: String {
        switch self {
        case .notATerminal:
            return "standard input and output must be a terminal (for text output, use a snapshot command)"
        case .unsupportedTerminal(let term):
            return "TERM=\(term) cannot position the cursor, so it cannot show a dashboard"
        case .unknownTerminal(let term):
            return "no terminal description for TERM=\(term), nor for xterm-256color or vt100 (is ncurses-term installed?)"
        case .alreadyOpen:
            return "the terminal is already open"
        }
    }
}

/// The only code that talks to ncursesw: copies a `Grid` to the screen and reads keys.
/// Use from one thread. Prefer `TerminalGuard.run`, which restores the terminal on exit.
public final class NCursesBackend {
    /// Set when `TERM` had no terminfo entry and a fallback type was used: show it to the
    /// user (the remote host may lack terminfo for the local terminal, kitty#320).
    public let fallbackNotice: String?
    /// Whether the locale is UTF-8. When false ncursesw cannot show Chinese text or box
    /// drawing; the backend then draws `?` for them (keeping columns aligned), and the app
    /// should switch to ASCII glyphs and say so.
    public let isUTF8: Bool
    /// The number of colours terminfo declares (COLORS): 0 without colour, 8, 16, 256, or
    /// 2^24 for direct-colour terminals. The theme picks its colour depth from this.
    public let colors: Int
    /// Whether ncurses accepted mouse reporting.
    public let hasMouse: Bool

    let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    private(set) var active = true
    private var previous: Grid?
    private var resolved: [Style: ResolvedStyle] = [:]
    private var looks: [Style: (attributes: attr_t, pair: Int32)] = [:]
    private var pairs: PairTable
    private let numbers: ColorNumbers
    var mouseDecoder: MouseDecoder
    var clicks = ClickTracker()
    var currentTimeout: Int32 = .min
    var failedReads = 0

    /// Opens the terminal in full-screen mode.
    /// - Parameters:
    ///   - mouse: report clicks and the wheel. Off leaves the terminal's own selection.
    ///   - escapeDelay: milliseconds to wait after Esc for the rest of an escape sequence
    ///     (ncurses waits a second by default, which makes Esc feel broken, htop#175).
    public init(mouse: Bool = true, escapeDelay: Int = 25) throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw TerminalError.notATerminal }
        // Before newterm: ncursesw decides from the locale whether to emit UTF-8.
        setlocale(LC_ALL, "")
        if String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8", NCursesBackend.environmentAsksForUTF8() {
            // The user's locale (e.g. zh_CN.UTF-8) is not installed on this host, but it asks
            // for UTF-8 and the terminal speaks it: C.UTF-8 is always there on glibc.
            setlocale(LC_CTYPE, "C.UTF-8")
        }
        isUTF8 = String(cString: nl_langinfo(nl_item(CODESET))) == "UTF-8"
        // The size must come from the terminal (TIOCGWINSZ). Exported LINES/COLUMNS would
        // freeze it, also across resizes, so drop them. Not use_env(false): in ncurses 6.4
        // that means terminfo's lines#/cols# (24x80) at start and on every resize, with or
        // without use_tioctl(true) (checked in tmux: every resize reported 80x24).
        unsetenv("LINES")
        unsetenv("COLUMNS")
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        if term == "dumb" { throw TerminalError.unsupportedTerminal(term) }
        // Before newterm: ncurses installs SIGINT/SIGTERM handlers (exiting with status 1)
        // only where none exist, so ours, with their documented statuses, stay in charge.
        TerminalGuard.install()
        guard TerminalGuard.activate() else { throw TerminalError.alreadyOpen }

        var opened = newterm(nil, idash_stdout(), idash_stdin())
        var notice: String?
        for fallback in ["xterm-256color", "vt100"] where opened == nil {
            opened = newterm(fallback, idash_stdout(), idash_stdin())
            if opened != nil {
                notice = "no terminal description for TERM=\(term.isEmpty ? "(unset)" : term); using \(fallback)"
            }
        }
        guard let opened, let window = idash_stdscr() else {
            TerminalGuard.deactivate()
            throw TerminalError.unknownTerminal(term.isEmpty ? "(unset)" : term)
        }
        screen = opened
        self.window = window
        fallbackNotice = notice

        raw() // Ctrl-C, Ctrl-Z, Ctrl-S, Ctrl-\ arrive as keys instead of signals or flow control
        noecho()
        nonl() // Enter arrives as CR, and ncurses may use LF for cursor movement
        keypad(window, true)
        intrflush(window, false)
        leaveok(window, true) // no cursor: never spend bytes moving it back
        curs_set(0)
        set_escdelay(Int32(escapeDelay))

        var hasDefault = false
        if has_colors() {
            start_color()
            hasDefault = use_default_colors() == OK
            colors = Int(idash_color_count())
        } else {
            colors = 0
        }
        numbers = ColorNumbers(colors: colors, hasDefaultColors: hasDefault)
        pairs = PairTable(capacity: colors > 0 ? Int(idash_color_pair_count()) : 1)

        mouseDecoder = MouseDecoder(pressedMasks: (1...5).map { UInt32(idash_button_pressed(Int32($0))) })
        if mouse {
            // Interval 0: presses are reported at once, not held back to see whether they
            // become clicks; ClickTracker finds double clicks without delaying single ones.
            mouseinterval(0)
            hasMouse = mousemask(mmask_t(mouseDecoder.wantedMask), nil) != 0
        } else {
            hasMouse = false
        }
        followTerminalSize()
    }

    deinit { restore() }

    /// The screen size in cells, as ncurses knows it (updated on resize).
    static func environmentAsksForUTF8() -> Bool {
        for key in ["LC_ALL", "LC_CTYPE", "LANG"] {
            guard let value = getenv(key).map({ String(cString: $0) }), !value.isEmpty else { continue }
            let lower = value.lowercased()
            return lower.contains("utf-8") || lower.contains("utf8")
        }
        return false
    }

    public var size: (width: Int, height: Int) {
        (Int(idash_max_x(window)), Int(idash_max_y(window)))
    }

    /// Makes the screen show `grid`, sending only what changed since the last frame.
    /// `palette` resolves each style to colours and attributes for this terminal; when its
    /// answers change (a theme switch), every cell is redrawn.
    // Not inlined: each step of a key is one function that .ci/keycost.sh counts by name.
    @inline(never)
    public func draw(_ grid: Grid, palette: (Style) -> ResolvedStyle) {
        guard active else { return }
        var repaintAll = previous == nil || previous?.width != grid.width || previous?.height != grid.height
        if repaintAll {
            werase(window) // once per size change; ncurses then sends only real differences
        } else if resolved.contains(where: { palette($0.key) != $0.value }) {
            repaintAll = true
            if pairs.pairs.count * 2 > pairs.capacity {
                // Few pairs left: start over, and make ncurses resend every cell, since it
                // compares cells by pair number and the numbers now mean other colours.
                pairs.reset()
                clearok(idash_curscr(), true)
            }
        }
        if repaintAll {
            resolved = [:]
            looks = [:]
        }
        let (screenWidth, screenHeight) = size
        // Changed cells come in runs of one style (a row of a table, a title): the last
        // style's look is kept, so most cells skip the hash lookup.
        var lastStyle: Style?
        var lastLook: (attributes: attr_t, pair: Int32) = (0, 0)
        for change in FrameDiff.changes(from: repaintAll ? nil : previous, to: grid)
        where change.x < screenWidth && change.y < screenHeight {
            if change.cell.style != lastStyle {
                lastStyle = change.cell.style
                lastLook = look(of: change.cell.style, palette: palette)
            }
            let look = lastLook
            // A wide character needs its continuation beside it on the grid and the screen.
            let fits = change.cell.width < 2 || (change.x + 1 < min(screenWidth, grid.width)
                && grid[change.x + 1, change.y].isContinuation)
            put(fits ? change.cell.glyph : .space, width: fits ? Int(change.cell.width) : 1,
                x: change.x, y: change.y, look: look)
        }
        previous = grid
        wnoutrefresh(window)
        doupdate()
    }

    /// Forgets the last frame, so the next `draw` repaints every cell (after something
    /// else wrote to the terminal, or on the user's request to redraw).
    public func invalidate() {
        previous = nil
        if active { clearok(idash_curscr(), true) }
    }

    /// Stops the program as Ctrl-Z would in a shell (raw mode makes Ctrl-Z a key, so the
    /// app calls this for it). ncurses' SIGTSTP handler leaves full-screen mode first and
    /// restores it on `fg`; the next `draw` then repaints everything.
    public func suspend() {
        guard active else { return }
        raise(SIGTSTP)
        invalidate()
    }

    /// Leaves full-screen mode: cursor shown, mouse off, normal screen back. Idempotent;
    /// afterwards `draw` does nothing and `readKey` returns `.hangup`.
    public func restore() {
        guard active else { return }
        active = false
        TerminalGuard.restoreScreen()
        delscreen(screen)
    }

    private func look(of style: Style, palette: (Style) -> ResolvedStyle) -> (attributes: attr_t, pair: Int32) {
        if let known = looks[style] { return known }
        let resolvedStyle = palette(style)
        resolved[style] = resolvedStyle
        var attributes = idash_a_normal()
        if resolvedStyle.attributes.contains(.bold) { attributes |= idash_a_bold() }
        if resolvedStyle.attributes.contains(.dim) { attributes |= idash_a_dim() }
        if resolvedStyle.attributes.contains(.underline) { attributes |= idash_a_underline() }
        if resolvedStyle.attributes.contains(.reverse) { attributes |= idash_a_reverse() }
        var pair: Int32 = 0
        if colors > 0 {
            let key = PairTable.Pair(numbers.number(resolvedStyle.foreground, isBackground: false),
                                     numbers.number(resolvedStyle.background, isBackground: true))
            pair = pairs.pair(key) { init_extended_pair($0, $1, $2) == OK }
        }
        looks[style] = (attributes, pair)
        return (attributes, pair)
    }

    /// Draws one grapheme at (x, y). When ncurses would give it another width than the
    /// grid did (a non-UTF-8 locale, an emoji sequence, a C library with older tables),
    /// draws `?` and spaces instead, so the columns after it stay where the grid put them.
    private func put(_ glyph: Glyph, width: Int, x: Int, y: Int, look: (attributes: attr_t, pair: Int32)) {
        if let scalar = glyph.scalar, Int(idash_wcwidth(wchar_t(scalar.value))) == width {
            addCell(wchar_t(scalar.value), x: x, y: y, look: look) // nearly every cell
            return
        }
        // On the stack, not in two arrays a cell: a key can change a thousand cells.
        let capacity = Int(CCHARW_MAX)
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: capacity) { wide in
            var count = 0
            for scalar in glyph.text.unicodeScalars {
                let w = Int(idash_wcwidth(wchar_t(scalar.value)))
                if count == 0 ? w != width : w != 0 { break } // base char, then combining marks only
                if count == capacity - 1 { break }
                wide[count] = wchar_t(scalar.value)
                count += 1
            }
            if count == 0 {
                wide[0] = wchar_t(UInt8(ascii: "?"))
                count = 1
                if width == 2 { addCell(wchar_t(UInt8(ascii: " ")), x: x + 1, y: y, look: look) }
            }
            wide[count] = 0
            addCell(wide.baseAddress!, x: x, y: y, look: look)
        }
    }

    private func addCell(_ character: wchar_t, x: Int, y: Int, look: (attributes: attr_t, pair: Int32)) {
        var text: (wchar_t, wchar_t) = (character, 0)
        withUnsafePointer(to: &text) { $0.withMemoryRebound(to: wchar_t.self, capacity: 2) { addCell($0, x: x, y: y, look: look) } }
    }

    /// `characters`: a base character and its combining marks, ended by 0.
    private func addCell(_ characters: UnsafePointer<wchar_t>, x: Int, y: Int, look: (attributes: attr_t, pair: Int32)) {
        var cell = cchar_t()
        var pair = look.pair // ncurses reads an extended pair number (int) through `opts`
        let ok = setcchar(&cell, characters, look.attributes, 0, &pair) == OK
        // The bottom-right cell returns ERR (the cursor cannot advance) but is drawn.
        if ok { mvwadd_wch(window, Int32(y), Int32(x), &cell) }
    }
}
