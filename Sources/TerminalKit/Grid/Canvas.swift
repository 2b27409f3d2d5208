/// What every widget draws with: the grid, the glyph set and the language. Passed by
/// reference through `render` so widgets stay free of global state.
public struct Canvas {
    public var grid: Grid
    public var glyphs: Glyphs

    public init(width: Int, height: Int, glyphs: Glyphs = .unicode) {
        grid = Grid(width: width, height: height)
        self.glyphs = glyphs
    }

    public var area: Rect { grid.area }

    /// Writes text clipped to a rectangle's row, truncating with the glyph set's ellipsis.
    @discardableResult
    public mutating func text(_ text: String, in rect: Rect, row: Int = 0, style: Style = .text,
                              alignRight: Bool = false) -> Int {
        guard row >= 0, row < rect.height, rect.width > 0 else { return 0 }
        // Printable ASCII that fits (most labels and every number) is drawn as it is: the
        // sanitizing, cutting and measuring below would each scan it only to change nothing.
        if Sanitizer.isPrintableASCII(text), text.utf8.count <= rect.width {
            let x = alignRight ? rect.right - text.utf8.count : rect.x
            return grid.writePrintableASCII(text, x: x, y: rect.y + row, end: min(grid.width, rect.right), style: style)
        }
        // Clean first so the measured width is the drawn width (a control shows as one cell).
        let clean = Sanitizer.clean(text, ascii: glyphs.isASCII)
        let fitted = TextFit.truncate(clean, to: rect.width, ellipsis: glyphs.ellipsis)
        let x = alignRight ? rect.right - CellWidth.of(fitted) : rect.x
        return grid.write(fitted, x: x, y: rect.y + row, limit: rect.right - x, style: style, isClean: true)
    }
}

