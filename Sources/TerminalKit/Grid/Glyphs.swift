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
    public var bullet: String
    /// The selected row of the focused table, and of a table without the focus.
    public var selected, selectedIdle: String
    /// A scrolling list has more rows above, or below, its window.
    public var moreAbove, moreBelow: String
    public var isASCII: Bool

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        heavyHorizontal: "━", heavyVertical: "┃",
        eighths: ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"], full: "█", empty: "░", targetMarker: "┃",
        sparks: ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"], ellipsis: "…", separator: " › ", bullet: "•",
        selected: "▶", selectedIdle: "▷", moreAbove: "↑", moreBelow: "↓", isASCII: false)

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        heavyHorizontal: "=", heavyVertical: "|",
        eighths: ["", "", "", "", "#", "#", "#", "#"], full: "#", empty: ".", targetMarker: "|",
        sparks: ["_", "_", ".", ".", "-", "-", "'", "'"], ellipsis: "~", separator: " > ", bullet: "*",
        selected: ">", selectedIdle: ">", moreAbove: "^", moreBelow: "v", isASCII: true)
}
