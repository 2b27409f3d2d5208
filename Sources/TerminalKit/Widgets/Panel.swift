/// A bordered box with a title in its top border: the frame of every dashboard pane.
///
///     ┌ 南通 船舶海工 ──── 2025-12-10 ┐
///     │                              │
///     └──────────────────────────────┘
///
/// The panel owns its whole rectangle: it clears the inside too, so a panel drawn over
/// others (the help overlay) hides what was under it. Content goes in `inner(of:)`.
public struct Panel: Widget, Hashable, Sendable {
    public var title: String
    /// Shown at the right end of the top border (a date). Dropped whole, before the title is
    /// cut, when the border is too short for both: half a date is worse than none.
    public var rightTitle: String
    /// A focused panel draws its border in `.focus` and its title bold.
    public var focused: Bool
    /// A selected panel among its peers (a city card) shows its title as a selection bar
    /// and keeps its border: moving the selection then changes two titles, not two whole
    /// borders, which over SSH is about a tenth of the bytes.
    public var selected: Bool

    public init(title: String = "", rightTitle: String = "", focused: Bool = false, selected: Bool = false) {
        self.title = title
        self.rightTitle = rightTitle
        self.focused = focused
        self.selected = selected
    }

    /// The content area: the rectangle less its border (empty below 3x3).
    public func inner(of area: Rect) -> Rect {
        area.inset(by: 1)
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        // Below 2x2 there is no room for two corners; drawing half a box would only mislead.
        guard area.width >= 2, area.height >= 2 else { return }
        let glyphs = canvas.glyphs
        let border = Style(focused ? .focus : .border)
        let left = area.x, top = area.y, right = area.right - 1, bottom = area.bottom - 1

        // Each border cell is made once, not once a column: a glyph is looked up from its
        // text, and a frame draws a few hundred border cells.
        let horizontal = Cell(glyphs.horizontal, style: border), vertical = Cell(glyphs.vertical, style: border)
        for x in (left + 1)..<right {
            canvas.grid.set(x, top, horizontal)
            canvas.grid.set(x, bottom, horizontal)
        }
        for y in (top + 1)..<bottom {
            canvas.grid.set(left, y, vertical)
            canvas.grid.set(right, y, vertical)
        }
        canvas.grid.set(left, top, Cell(glyphs.topLeft, style: border))
        canvas.grid.set(right, top, Cell(glyphs.topRight, style: border))
        canvas.grid.set(left, bottom, Cell(glyphs.bottomLeft, style: border))
        canvas.grid.set(right, bottom, Cell(glyphs.bottomRight, style: border))
        canvas.grid.fill(inner(of: area))

        drawTitles(from: left + 1, to: right, y: top, border: border, on: &canvas)
    }

    /// The least of a title kept beside a right title: under it, the right title goes.
    static let titleKept = 12

    /// Titles sit between the corners, each padded with a space so they do not touch the
    /// line: `┌ title ───── right ┐`.
    private func drawTitles(from start: Int, to end: Int, y: Int, border: Style, on canvas: inout Canvas) {
        // Sanitize before measuring: control characters are drawn as one-cell pictures.
        let title = Sanitizer.clean(self.title, ascii: canvas.glyphs.isASCII)
        let date = Sanitizer.clean(rightTitle, ascii: canvas.glyphs.isASCII)
        let titleWidth = CellWidth.of(title), dateWidth = CellWidth.of(date)

        // The right title (a date, a mode, counts) stays while the title keeps some of its
        // text: a long title is cut rather than the right one dropped, with at least one
        // line cell between them.
        let titleNeeds = titleWidth == 0 ? 0 : min(titleWidth, Self.titleKept) + 2
        var room = end - start
        if dateWidth > 0, titleNeeds + 1 + dateWidth + 2 <= room {
            let x = end - dateWidth - 2
            room -= dateWidth + 3
            canvas.grid.write(" ", x: x, y: y, style: border)
            canvas.grid.write(date, x: x + 1, y: y, limit: dateWidth, style: Style(.muted))
            canvas.grid.write(" ", x: x + 1 + dateWidth, y: y, style: border)
        }

        // A title needs its two spaces and at least one cell of text.
        guard titleWidth > 0, room >= 3 else { return }
        let fitted = TextFit.truncate(title, to: room - 2, ellipsis: canvas.glyphs.ellipsis)
        let fittedWidth = CellWidth.of(fitted)
        let bar = selected ? Style(.selection, bold: true) : border
        canvas.grid.write(" ", x: start, y: y, style: bar)
        canvas.grid.write(fitted, x: start + 1, y: y, limit: fittedWidth, style: selected ? bar : Style(.title, bold: focused))
        canvas.grid.write(" ", x: start + 1 + fittedWidth, y: y, style: bar)
    }
}
