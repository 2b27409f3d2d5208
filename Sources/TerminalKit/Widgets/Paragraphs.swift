/// Text that is read in full: paragraphs wrapped by display width (Chinese and English
/// alike), a continuation indented under its first line, scrolled by whole rows with a
/// mark at the right edge when more is above or below, and a line of another widget (a
/// sparkline, a gauge) where a paragraph says so.
///
///     Target: 10% (2025)
///       Wording 「到2025年,规上工业增加值年均
///       增长10%」                                ↓
public struct Paragraphs: Widget {
    public enum Item: Sendable {
        /// Wrapped to the width; lines after the first start `indent` cells in.
        case text(String, Style, indent: Int)
        /// One row drawn by a widget, `width` cells wide at most.
        case widget(any Widget & Sendable, width: Int)
    }

    /// One row after wrapping.
    enum Line: Sendable {
        case text(String, Style)
        case widget(any Widget & Sendable, width: Int)
    }

    /// Items wrapped for one area's size, to keep and draw again: wrapping a long text (a
    /// chart of 300 cities) was nearly all of a frame's cost, the same at every key.
    public struct LaidOut: Sendable {
        let items: [Item]
        let lines: [Line]
        /// The width the lines were wrapped to (one less than the area's with a scroll mark).
        let width: Int
        let area: (width: Int, height: Int)

        public init(_ items: [Item], width: Int, height: Int) {
            (lines, self.width) = Paragraphs.layout(items, width: width, height: height)
            self.items = items
            area = (width, height)
        }

        public var lineCount: Int { lines.count }

        public func scrollLimit() -> Int { Swift.max(0, lines.count - Swift.max(0, area.height)) }
    }

    public var items: [Item]
    /// The first row shown; clamped so the last row never rises above the bottom.
    public var offset: Int
    /// The items already wrapped for some size, used when that is the size drawn at.
    private var laidOut: LaidOut?

    public init(_ items: [Item], offset: Int = 0) {
        self.items = items
        self.offset = offset
    }

    public init(_ laidOut: LaidOut, offset: Int = 0) {
        self.init(laidOut.items, offset: offset)
        self.laidOut = laidOut
    }

    /// How many rows the items take at this width (the scroll mark's column left out
    /// when they do not fit in `height`).
    public func lineCount(width: Int, height: Int) -> Int {
        layout(width: width, height: height).lines.count
    }

    /// The largest useful offset: the rows that do not fit in `height`.
    public func scrollLimit(width: Int, height: Int) -> Int {
        Swift.max(0, lineCount(width: width, height: height) - Swift.max(0, height))
    }

    /// The rows, wrapped to the full width, or one narrower when they overflow and the
    /// scroll mark needs its column.
    private func layout(width: Int, height: Int) -> (lines: [Line], width: Int) {
        if let laidOut, laidOut.area == (width, height) { return (laidOut.lines, laidOut.width) }
        return Self.layout(items, width: width, height: height)
    }

    private static func layout(_ items: [Item], width: Int, height: Int) -> (lines: [Line], width: Int) {
        let full = Self.lines(items, width: width)
        guard full.count > height, width > 1 else { return (full, width) }
        return (Self.lines(items, width: width - 1), width - 1)
    }

    static func lines(_ items: [Item], width: Int) -> [Line] {
        items.flatMap { item -> [Line] in
            switch item {
            case .text(let text, let style, let indent):
                return TextFit.wrap(text, width: width, hangingIndent: indent).map { .text($0, style) }
            case .widget(let widget, let cells):
                return [.widget(widget, width: cells)]
            }
        }
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        guard !area.isEmpty else { return }
        let (lines, width) = layout(width: area.width, height: area.height)
        let top = min(max(0, offset), max(0, lines.count - area.height))
        for (row, line) in lines.dropFirst(top).prefix(area.height).enumerated() {
            let rect = Rect(x: area.x, y: area.y + row, width: width, height: 1)
            switch line {
            case .text(let text, let style): canvas.text(text, in: rect, style: style)
            case .widget(let widget, let cells):
                widget.render(in: Rect(x: rect.x, y: rect.y, width: min(cells, width), height: 1), on: &canvas)
            }
        }
        guard lines.count > area.height else { return }
        let x = area.right - 1
        if top > 0 { canvas.grid.set(x, area.y, Cell(canvas.glyphs.moreAbove, style: Style(.muted))) }
        if top + area.height < lines.count {
            canvas.grid.set(x, area.bottom - 1, Cell(canvas.glyphs.moreBelow, style: Style(.muted)))
        }
    }
}
