import TerminalKit
/// ncurses key codes, as `get_wch` reports them with `KEY_CODE_YES`. Copied from
/// `<ncursesw/curses.h>` (6.4) so the decoder is pure and testable without a terminal;
/// a test checks every value against the header.
public enum KeyCode {
    public static let down: UInt32 = 0o402
    public static let up: UInt32 = 0o403
    public static let left: UInt32 = 0o404
    public static let right: UInt32 = 0o405
    public static let home: UInt32 = 0o406
    public static let backspace: UInt32 = 0o407
    /// F0; Fn is `f0 + n`.
    public static let f0: UInt32 = 0o410
    public static let deleteCharacter: UInt32 = 0o512
    public static let nextPage: UInt32 = 0o522
    public static let previousPage: UInt32 = 0o523
    /// The keypad's Enter (terminfo `kent`).
    public static let enter: UInt32 = 0o527
    public static let backTab: UInt32 = 0o541
    public static let end: UInt32 = 0o550
    /// Keypad corners (home, page up, end, page down on a numeric keypad without NumLock).
    public static let a1: UInt32 = 0o534, a3: UInt32 = 0o535, c1: UInt32 = 0o537, c3: UInt32 = 0o540
    public static let mouse: UInt32 = 0o631
    public static let resize: UInt32 = 0o632

    /// Key codes with a fixed meaning. Mouse and resize are absent: they need more than the
    /// code (the mouse event, the new size) and the backend handles them first.
    public static let table: [UInt32: Key] = [
        down: .down, up: .up, left: .left, right: .right,
        home: .home, end: .end, nextPage: .pageDown, previousPage: .pageUp,
        a1: .home, a3: .pageUp, c1: .end, c3: .pageDown,
        backspace: .backspace, deleteCharacter: .delete,
        enter: .enter, backTab: .backTab,
    ]
}

/// Maps what `get_wch` returned to a `Key`. Pure: the backend passes the raw result in.
public enum KeyDecoder {
    /// - Parameters:
    ///   - isKeyCode: `get_wch` returned `KEY_CODE_YES` (a function key code) rather than
    ///     `OK` (a character).
    ///   - code: the key code or the wide character's code point.
    ///   - size: the terminal's size, reported with `KEY_RESIZE`.
    public static func decode(isKeyCode: Bool, code: UInt32, size: (width: Int, height: Int) = (0, 0)) -> Key {
        isKeyCode ? decodeKeyCode(code, size: size) : decodeCharacter(code)
    }

    static func decodeKeyCode(_ code: UInt32, size: (width: Int, height: Int)) -> Key {
        if let key = KeyCode.table[code] { return key }
        if code == KeyCode.resize { return .resize(width: size.width, height: size.height) }
        if code > KeyCode.f0, code <= KeyCode.f0 + 12 { return .function(Int(code - KeyCode.f0)) }
        // KEY_MOUSE without its event, Insert, Shift-F-keys (F13+), keypad B2 and the rest.
        return .unknown
    }

    /// What an ESC began, told by what came right after it (nil: nothing was waiting).
    public enum EscapeStart: Equatable {
        /// Nothing followed: a press of Esc.
        case alone
        /// CSI (`ESC [`) or SS3 (`ESC O`): a sequence ncurses did not know, to be read to
        /// its final byte (@ to ~) and taken as the key it stands for, or dropped whole.
        case sequence
        /// Any other key: Esc, then that key. Keys arrive together over a slow link and
        /// from fast typists; neither may be lost.
        case escapeThenKey
    }

    public static func escapeStart(next: UInt32?, isKeyCode: Bool) -> EscapeStart {
        guard let next else { return .alone }
        if !isKeyCode, next == 0x5B || next == 0x4F { return .sequence }
        return .escapeThenKey
    }

    /// The key a CSI or SS3 sequence stands for when terminfo did not name it: `bytes` are
    /// what came after ESC (`[1~`, `OC`, `[1;5C`). The cursor, Home/End and page keys in
    /// every common encoding (normal and application cursor mode, PuTTY's and the VT220's
    /// `ESC [1~`/`ESC [4~`, rxvt's `ESC [7~`/`ESC [8~`), with any modifier ignored; F1–F12;
    /// Shift-Tab. Anything else (a mouse report, Insert) is `.unknown`.
    public static func sequenceKey(_ bytes: [UInt32]) -> Key {
        guard let introducer = bytes.first, let final = bytes.last, bytes.count >= 2,
              let finalByte = Unicode.Scalar(final).map(Character.init) else { return .unknown }
        let parameters = bytes.dropFirst().dropLast().compactMap { Unicode.Scalar($0).map(Character.init) }
        // A private parameter (`<` of an SGR mouse report, `?`) is no key.
        guard !parameters.contains(where: { "<=>?".contains($0) }) else { return .unknown }
        let first = Int(String(parameters.prefix { $0.isNumber })) ?? 1
        switch finalByte {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H": return .home
        case "F": return .end
        case "Z" where introducer == 0x5B: return .backTab
        case "P", "Q", "R", "S": return .function(Int(final - 0x50) + 1)
        case "M" where introducer == 0x4F: return .enter
        case "~" where introducer == 0x5B:
            switch first {
            case 1, 7: return .home
            case 4, 8: return .end
            case 5: return .pageUp
            case 6: return .pageDown
            case 3: return .delete
            case 11...15: return .function(first - 10)
            case 17...21: return .function(first - 11)
            case 23, 24: return .function(first - 12)
            default: return .unknown
            }
        default: return .unknown
        }
    }

    /// Whether a byte ends a CSI or SS3 sequence.
    public static func endsSequence(_ code: UInt32) -> Bool { (0x40...0x7E).contains(code) }

    static func decodeCharacter(_ code: UInt32) -> Key {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter // Enter sends CR with nonl(); Ctrl-J sends LF
        case 27: return .escape
        case 8, 127: return .backspace // terminals disagree on which one Backspace sends
        case 0: return .control("@") // Ctrl-Space on most terminals
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(0x60) + UInt8(code))))
        case 28...31: return .control(Character(Unicode.Scalar(UInt8(0x40) + UInt8(code))))
        case 0x80...0x9F: return .unknown // C1 controls are never text
        default:
            // Invalid code points (surrogates, > U+10FFFF) cannot become a Character.
            guard let scalar = Unicode.Scalar(code) else { return .unknown }
            return .character(Character(scalar))
        }
    }
}
