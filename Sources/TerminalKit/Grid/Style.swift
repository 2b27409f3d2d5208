/// What a piece of text means on screen. Widgets speak only in roles; a theme decides the
/// colours and attributes, so views never hard-code a colour.
public enum Role: String, CaseIterable, Hashable, Sendable {
    case text, muted, title, border, focus, selection, bar, target
    case achieved, onTrack = "on-track", atRisk = "at-risk", behind, noData = "no-data"
    case header, accent, statusBar = "status-bar", key
}

/// A role plus emphasis a widget may add (a bold headline, a reversed selected row).
public struct Style: Hashable, Sendable {
    public var role: Role
    public var bold: Bool
    public var reverse: Bool

    public init(_ role: Role = .text, bold: Bool = false, reverse: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
    }

    public static let text = Style(.text)
}

/// One screen cell: a grapheme cluster and its style. A wide character is stored in its
/// first cell with width 2; the cell after it is a continuation (width 0, empty text).
/// Eight bytes and no references, so a grid is one flat block of memory.
public struct Cell: Hashable, Sendable {
    public var glyph: Glyph
    public var width: UInt8
    public var style: Style

    public init(_ text: String, width: UInt8 = 1, style: Style = .text) {
        self.init(Glyph(text), width: width, style: style)
    }

    public init(_ glyph: Glyph, width: UInt8 = 1, style: Style = .text) {
        self.glyph = glyph
        self.width = width
        self.style = style
    }

    /// The cell's text (a cluster), for output and tests; cells are built and compared
    /// through `glyph`.
    public var text: String {
        get { glyph.text }
        set { glyph = Glyph(newValue) }
    }

    public static let blank = Cell(" ")
    static func continuation(_ style: Style) -> Cell { Cell(Glyph.empty, width: 0, style: style) }

    public var isContinuation: Bool { width == 0 }
}
