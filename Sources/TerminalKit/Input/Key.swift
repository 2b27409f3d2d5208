/// Everything the dashboard reads from the terminal, already decoded: the app's key map
/// matches on these and never sees an ncurses code.
public enum Key: Hashable, Sendable {
    /// A printable character, including wide (Chinese) input and space.
    case character(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, tab, backTab, delete
    /// F1 to F12.
    case function(Int)
    /// Ctrl with a letter, lower-cased: Ctrl-C is `.control("c")`. The terminal is in raw
    /// mode, so Ctrl-C, Ctrl-Z and Ctrl-\ arrive here instead of raising signals. Ctrl-H,
    /// Ctrl-I, Ctrl-J and Ctrl-M are indistinguishable from Backspace, Tab and Enter and
    /// arrive as those. Ctrl with `@ \ ] ^ _` arrives with that character.
    case control(Character)
    /// The terminal changed size; the new size in cells.
    case resize(width: Int, height: Int)
    case mouse(MouseEvent)
    /// A key the dashboard has no name for (Insert, keypad keys, Shift-F-keys, ...).
    case unknown
    /// The terminal is gone (hang-up, end of input, read error, or the backend was
    /// restored): the app should save what it must and exit, not read again.
    case hangup
}

/// A mouse action at a cell, counted from the top-left corner at (0, 0).
public struct MouseEvent: Hashable, Sendable {
    public enum Action: Hashable, Sendable {
        /// A button went down: 1 left, 2 middle, 3 right. Reported at once, so the app
        /// reacts without waiting to learn whether a double click follows.
        case click(button: Int)
        /// A second press of the same button on the same cell soon after the first; the
        /// first press was already reported as a `.click`.
        case doubleClick(button: Int)
        case wheelUp, wheelDown
    }

    public var action: Action
    public var x: Int
    public var y: Int

    public init(_ action: Action, x: Int, y: Int) {
        self.action = action
        self.x = x
        self.y = y
    }
}

extension Key: CustomStringConvertible {
    /// A short English name for help screens and logs ("Ctrl-C", "F5", "PgDn", "中").
    public var description: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .delete: return "Delete"
        case .function(let n): return "F\(n)"
        case .control(let c): return "Ctrl-\(c.uppercased())"
        case .resize(let w, let h): return "resize \(w)x\(h)"
        case .mouse(let e): return "mouse \(e.action) at \(e.x),\(e.y)"
        case .unknown: return "unknown key"
        case .hangup: return "hang-up"
        }
    }
}
