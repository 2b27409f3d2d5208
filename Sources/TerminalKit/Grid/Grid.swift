/// A terminal-independent screen: a rectangle of cells in one row-major array.
/// Views draw into it; the ncursesw backend and the headless renderers copy it out.
public struct Grid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, fill: Cell = .blank) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: fill, count: self.width * self.height)
    }

    public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes one cell, keeping wide characters whole: overwriting either half of a wide
    /// character turns its other half into a space, so no half-glyph ghosts remain.
    public mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let index = y * width + x
        if cells[index].isContinuation, x > 0 {
            cells[index - 1] = Cell(Glyph.space, style: cells[index - 1].style)
        }
        if cells[index].width == 2, x + 1 < width {
            cells[index + 1] = Cell(Glyph.space, style: cells[index + 1].style)
        }
        cells[index] = cell
    }

    /// Writes text from (x, y), clipped to `limit` columns and the grid, and returns the
    /// number of columns used. A wide character that would straddle the limit is replaced
    /// by a space rather than split. Text is sanitized: control characters never reach
    /// the terminal.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, limit: Int = .max, style: Style = .text) -> Int {
        write(text, x: x, y: y, limit: limit, style: style, isClean: false)
    }

    /// `isClean`: the caller has sanitized the text already (`Canvas.text` must, to measure
    /// it), so it is not scanned twice.
    mutating func write(_ text: String, x: Int, y: Int, limit: Int, style: Style, isClean: Bool) -> Int {
        guard y >= 0, y < height else { return 0 }
        let end = min(width, limit == .max ? width : x + max(0, limit))
        if Sanitizer.isPrintableASCII(text) { return writePrintableASCII(text, x: x, y: y, end: end, style: style) }
        let clean = isClean ? text : Sanitizer.clean(text)
        if clean.unicodeScalars.allSatisfy(CellWidth.standsAlone) {
            return writeScalars(clean, x: x, y: y, end: end, style: style)
        }
        var column = x
        for character in clean {
            let w = CellWidth.of(character)
            // A lone combining mark or format character has nothing to show on its own.
            if w > 0, !put(Glyph(character), width: w, at: &column, y: y, end: end, style: style) { break }
        }
        return max(0, column - x)
    }

    /// Writes one glyph at `column` and moves past it; false when it does not fit before
    /// `end`. A wide character that would straddle the end leaves a space, not half a glyph.
    private mutating func put(_ glyph: Glyph, width w: Int, at column: inout Int, y: Int, end: Int, style: Style) -> Bool {
        if column + w > end {
            if column < end { set(column, y, Cell(Glyph.space, style: style)) }
            column = end
            return false
        }
        if column >= 0 {
            set(column, y, Cell(glyph, width: UInt8(w), style: style))
            if w == 2, column + 1 < width { setContinuation(column + 1, y, style: style) }
        }
        column += w
        return true
    }

    /// Most text is printable ASCII (numbers, labels, borders' padding): one byte is one
    /// narrow cell, so it needs no cluster breaking, width lookup or sanitizing.
    mutating func writePrintableASCII(_ text: String, x: Int, y: Int, end: Int, style: Style) -> Int {
        guard y >= 0, y < height else { return 0 }
        var column = x
        for byte in text.utf8 {
            guard column < end else { break }
            if column >= 0 { set(column, y, Cell(Glyph(Unicode.Scalar(byte)), style: style)) }
            column += 1
        }
        return max(0, column - x)
    }

    /// Text whose every scalar is a cluster by itself (`CellWidth.standsAlone`: Chinese,
    /// punctuation, box drawing) is written a scalar a cell, as `write` would by cluster.
    private mutating func writeScalars(_ text: String, x: Int, y: Int, end: Int, style: Style) -> Int {
        var column = x
        for scalar in text.unicodeScalars {
            let w = CellWidth.of(scalar)
            if w > 0, !put(Glyph(scalar), width: w, at: &column, y: y, end: end, style: style) { break }
        }
        return max(0, column - x)
    }

    private mutating func setContinuation(_ x: Int, _ y: Int, style: Style) {
        let index = y * width + x
        if cells[index].width == 2, x + 1 < width {
            cells[index + 1] = Cell(Glyph.space, style: cells[index + 1].style)
        }
        cells[index] = Cell.continuation(style)
    }

    /// Fills a rectangle with one character (narrow) in a style.
    public mutating func fill(_ rect: Rect, with text: String = " ", style: Style = .text) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        let cell = Cell(text, style: style)
        for y in clipped.y..<clipped.bottom {
            // A row at a time (a screen is cleared this way every frame): only its two ends
            // can cut a wide character in half, so only they need `set`'s care.
            let start = y * width + clipped.x, end = y * width + clipped.right
            set(clipped.x, y, cell)
            if clipped.width > 1 { set(clipped.right - 1, y, cell) }
            if end - start > 2 {
                cells.replaceSubrange((start + 1)..<(end - 1), with: repeatElement(cell, count: end - start - 2))
            }
        }
    }

    /// Restyles a rectangle without changing its text (a selected row, a focus highlight).
    public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
        let clipped = rect.intersection(area)
        guard !clipped.isEmpty else { return }
        for y in clipped.y..<clipped.bottom {
            for x in clipped.x..<clipped.right { change(&cells[y * width + x].style) }
        }
    }

    /// Replaces every narrow non-ASCII character by an ASCII stand-in (ASCII mode), once per
    /// frame, so no widget or data string can slip a glyph past the glyph set.
    public mutating func foldToASCII() {
        for index in cells.indices where cells[index].width == 1 {
            if let scalar = cells[index].glyph.scalar, scalar.isASCII { continue }
            let text = cells[index].text
            if !text.utf8.allSatisfy({ $0 < 0x80 }) { cells[index].text = Sanitizer.asciiStandIn(text) }
        }
    }

    /// The rows as plain text, one string a row, wide characters once.
    public var lines: [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !self[x, y].isContinuation { line += self[x, y].text }
            return line
        }
    }
}
