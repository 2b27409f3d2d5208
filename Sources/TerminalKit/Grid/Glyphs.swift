/// The characters widgets draw with: box drawing and block elements when the terminal
/// speaks UTF-8, plain ASCII when it does not (or with `--ascii`, for terminals that draw
/// ambiguous-width box characters two cells wide).
public struct Glyphs: Hashable, Sendable {
    public var horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: String
    public var heavyHorizontal, heavyVertical: String
    /// Eighths of a cell, from one eighth to full: ▏▎▍▌▋▊▉█.
    public var eighths: [String]
    public var full: String
    public var empty: String
    public var targetMarker: String
    public var sparks: [String]
    public var ellipsis: String
    public var separator: String
    /// The selected row of the focused table, and of a table without the focus.
    public var selected, selectedIdle: String
    /// A scrolling list has more rows above, or below, its window.
    public var moreAbove, moreBelow: String
    /// Where typing goes in a text field (ASCII: a reversed blank, as no character is free).
    public var cursor: String
    /// A cell with nothing to show (no target).
    public var none: String
    /// A figure published since the day asked about (`--since`, the last meeting).
    public var new: String
    public var isASCII: Bool

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        heavyHorizontal: "━", heavyVertical: "┃",
        eighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"], full: "█", empty: "░", targetMarker: "┊",
        sparks: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], ellipsis: "…", separator: " › ",
        selected: "▶", selectedIdle: "▷", moreAbove: "↑", moreBelow: "↓", cursor: "▏", none: "-", new: "✦", isASCII: false)

    /// Every glyph has one meaning (`GlyphVocabulary` lists them and a test holds it): so
    /// box corners are `-` like the lines, since `+` means on track; a cut is `...`, since
    /// `~` means about; the breadcrumb is ` / `, since `>` means over.
    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "-", topRight: "-", bottomLeft: "-", bottomRight: "-",
        heavyHorizontal: "-", heavyVertical: "|",
        eighths: ["", "", "", "", "#", "#", "#", "#"], full: "#", empty: ".", targetMarker: ":",
        sparks: ["_", "_", "o", "o", "O", "O", "@", "@"], ellipsis: "...", separator: " / ",
        selected: "*", selectedIdle: "*", moreAbove: "^", moreBelow: "v", cursor: " ", none: "--", new: "new", isASCII: true)
}
