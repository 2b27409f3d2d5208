/// A grid as plain text, without a terminal: one line a row, each ending in "\n" (so the
/// output is a proper text file and rows never run together), wide characters written once.
/// Rows keep their trailing spaces: a snapshot shows the whole screen.
public enum PlainRenderer {
    public static func render(_ grid: Grid) -> String {
        grid.lines.map { $0 + "\n" }.joined()
    }
}

/// A grid as text with ANSI SGR sequences, for `idash snapshot` and tests. Colours come out
/// as the palette's depth allows: `38;2` (24-bit), `38;5` (256), `30-37`/`90-97` (16 and 8),
/// none at all at `.none`. A sequence is written only where the resolved style changes,
/// and a line that ends styled ends with a reset, so every line stands alone (`grep`,
/// `head`, a pager) and the shell prompt after it keeps its colours.
public struct ANSIRenderer: Sendable {
    public let palette: Palette

    public init(palette: Palette) {
        self.palette = palette
    }

    public func render(_ grid: Grid) -> String {
        var output = ""
        for y in 0..<grid.height {
            var current = ResolvedStyle()  // a line starts from the terminal's own colours
            var lastStyle: Style?  // most neighbours share a style: skip resolving them
            for x in 0..<grid.width where !grid[x, y].isContinuation {
                let cell = grid[x, y]
                if cell.style != lastStyle {
                    lastStyle = cell.style
                    let resolved = palette.resolve(cell.style)
                    if resolved != current {
                        output += ANSIRenderer.sequence(from: current, to: resolved)
                        current = resolved
                    }
                }
                output += cell.text
            }
            if current != ResolvedStyle() { output += ANSIRenderer.reset }
            output += "\n"
        }
        return output
    }

    static let reset = "\u{1B}[0m"

    /// The SGR sequence that turns `old` into `new`. Going back to plain is a reset; anything
    /// else resets first unless nothing was set, which is simpler than switching single
    /// attributes off (`22`, `24`, `27`) and as short for the few changes a line has.
    static func sequence(from old: ResolvedStyle, to new: ResolvedStyle) -> String {
        if new == ResolvedStyle() { return reset }
        let codes = (old == ResolvedStyle() ? [] : ["0"]) + parameters(new)
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    /// SGR parameters of a style: attributes first, then foreground, then background.
    static func parameters(_ style: ResolvedStyle) -> [String] {
        let attributes: [(TextAttributes, String)] = [(.bold, "1"), (.dim, "2"), (.underline, "4"), (.reverse, "7")]
        return attributes.filter { style.attributes.contains($0.0) }.map(\.1)
            + parameters(style.foreground, normal: 30, bright: 90)
            + parameters(style.background, normal: 40, bright: 100)
    }

    /// `normal` is 30 for the foreground and 40 for the background; 8 above it selects the
    /// extended forms (38/48), and `bright` (90/100) the upper eight ANSI colours.
    static func parameters(_ color: TerminalColor, normal: Int, bright: Int) -> [String] {
        switch color {
        case .terminalDefault: []
        case .ansi(let index) where index < 8: ["\(normal + Int(index))"]
        case .ansi(let index): ["\(bright + Int(index % 16) - 8)"]
        case .indexed(let index): ["\(normal + 8)", "5", "\(index)"]
        case .rgb(let red, let green, let blue): ["\(normal + 8)", "2", "\(red)", "\(green)", "\(blue)"]
        }
    }
}
