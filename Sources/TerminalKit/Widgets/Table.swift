/// Which row of a table is selected and which row is at the top of its window. Kept by the
/// screen between frames so the window stays put while the selection moves inside it.
public struct TableState: Hashable, Sendable {
    /// The selected row's index in all rows, or nil for a table nothing is selected in.
    public var selected: Int?
    /// The index of the first row shown under the header.
    public var offset: Int
    /// How many rows the last render showed (fewer than fit when a cut selection is
    /// revealed under them): where clicks can land.
    public var shownRows = 0

    public init(selected: Int? = nil, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Moves the window the least so the selected row is one of the `visibleRows` shown:
    /// a selection moving inside the window does not scroll it.
    public mutating func scrollToSelection(visibleRows: Int) {
        offset = max(0, offset)
        guard let selected, visibleRows > 0 else { return }
        if selected < offset {
            offset = max(0, selected)
        } else if selected >= offset + visibleRows {
            offset = selected - visibleRows + 1
        }
    }

    /// Keeps the selection on an existing row, and the window from showing empty rows while
    /// rows are hidden above it (after the rows shrank or the terminal grew).
    public mutating func clamp(rowCount: Int, visibleRows: Int) {
        if let index = selected {
            selected = rowCount > 0 ? min(max(0, index), rowCount - 1) : nil
        }
        offset = min(max(0, offset), max(0, rowCount - max(0, visibleRows)))
    }

    /// Moves the selection by `delta` rows (arrow keys, page keys), stopping at the ends.
    /// With nothing selected, moving down selects the first row and moving up the last.
    public mutating func moveSelection(by delta: Int, rowCount: Int) {
        guard rowCount > 0 else { selected = nil; return }
        let start = selected ?? (delta > 0 ? -1 : rowCount)
        selected = min(max(0, start + delta), rowCount - 1)
    }
}

/// Rows of text in columns under a header, with a selected row and a scrolling window.
///
///     城市      产值（亿元） 状态   
///     南通           1,234.5 达成   ↑
///     苏州          45,678.0 落后   ↓
///
/// Column widths come from constraints, never from the rows, so a frame only formats the
/// rows it shows: a table of any length costs one screenful.
public struct Table: Widget {
    public enum Alignment: Hashable, Sendable {
        case left
        /// For numbers, so digits line up by display width.
        case right
    }

    public struct Column: Hashable, Sendable {
        public var header: String
        public var width: Constraint
        public var alignment: Alignment
        /// The column that names the row: revealed in full under the rows when the
        /// selected row's is cut. Without one marked, the first column is.
        public var isName: Bool

        public init(_ header: String, width: Constraint, alignment: Alignment = .left, isName: Bool = false) {
            self.header = header
            self.width = width
            self.alignment = alignment
            self.isName = isName
        }
    }

    public struct Row: Hashable, Sendable {
        public var cells: [String]
        /// A role per cell (a status column in `.achieved` or `.behind`); a missing or nil
        /// entry is plain text.
        public var roles: [Role?]

        public init(_ cells: [String], roles: [Role?] = []) {
            self.cells = cells
            self.roles = roles
        }
    }

    public var columns: [Column]
    public var rows: [Row]
    /// Rows made on demand (`init(columns:count:row:)`): only the window is ever built.
    private var lazyRows: (count: Int, make: (Int) -> Row)?
    public var rowCount: Int { lazyRows?.count ?? rows.count }
    private func row(_ index: Int) -> Row { lazyRows?.make(index) ?? rows[index] }
    /// Used by `render(in:on:)`; screens that keep the scroll between frames pass their own
    /// state to `render(in:on:state:)` instead.
    public var state: TableState
    public var columnSpacing: Int
    /// Whether the table has the focus: its selected row is drawn as a band. An unfocused
    /// table still marks where its selection is, so switching back is no surprise.
    public var focused = true
    /// Whether the selected row carries a marker glyph in a gutter of its own, so the
    /// selection survives a plain-text capture, mono and a screen reader.
    public var marksSelection = true
    /// Whether a focused table whose selected row's name (see `Column.isName`) is cut
    /// shows it in full on its last lines, so no row is a mystery.
    public var revealsCutSelection = true

    public init(columns: [Column], rows: [Row], state: TableState = TableState(), columnSpacing: Int = 1) {
        self.columns = columns
        self.rows = rows
        self.state = state
        self.columnSpacing = columnSpacing
    }

    /// Widths that fit each column's widest cell, its header included: for the columns
    /// (numbers, dates, statuses) that should take what they need and leave the rest to a
    /// name column.
    public static func contentWidths(headers: [String], rows: [Row]) -> [Int] {
        headers.indices.map { column in
            rows.reduce(CellWidth.of(headers[column])) { widest, row in
                column < row.cells.count ? Swift.max(widest, CellWidth.of(row.cells[column])) : widest
            }
        }
    }

    /// The marker's column, left out of tables too narrow to spare it.
    private func gutterWidth(_ width: Int) -> Int { marksSelection && width > 8 ? 1 : 0 }

    /// The most lines a cut selection is revealed on.
    static let revealLines = 2

    /// A table of `count` rows that builds only the rows it shows, so a list of thousands
    /// costs one screenful of formatting per frame.
    public init(columns: [Column], count: Int, row: @escaping (Int) -> Row, state: TableState = TableState(),
                columnSpacing: Int = 1) {
        self.init(columns: columns, rows: [], state: state, columnSpacing: columnSpacing)
        lazyRows = (max(0, count), row)
    }

    /// How many rows fit under the header in an area this tall.
    public static func visibleRows(forHeight height: Int) -> Int {
        max(0, height - 1)
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        var state = self.state
        render(in: area, on: &canvas, state: &state)
    }

    /// Draws the table and leaves in `state` the offset it used and the rows it showed, so
    /// the next frame starts from the same window and clicks land on the rows drawn.
    public func render(in area: Rect, on canvas: inout Canvas, state: inout TableState) {
        let rowCount = self.rowCount
        var visible = Self.visibleRows(forHeight: area.height)
        state.clamp(rowCount: rowCount, visibleRows: visible)
        // The scroll indicator gets a column of its own, reserved whenever the rows do not all
        // fit, so it never covers the last digit of a number and the columns do not jump as
        // the window moves; the marker gutter is reserved whether or not a row is selected.
        let gutter = gutterWidth(area.width)
        func columnSpans(scrolling: Bool) -> [Rect] {
            let body = Rect(x: area.x + gutter, y: area.y, width: area.width - gutter - (scrolling ? 1 : 0), height: area.height)
            return Layout.split(body, .horizontal, columns.map(\.width), spacing: columnSpacing)
        }
        var scrolls = visible > 0 && rowCount > visible
        var spans = columnSpans(scrolling: scrolls)
        var reveal = revealedText(spans: spans, state: state, visible: visible, glyphs: canvas.glyphs, width: area.width - gutter)
        // The revealed name may push the last rows out of the window: then it scrolls too,
        // with its mark, so no row is hidden without a sign.
        if !reveal.isEmpty && !scrolls && rowCount > visible - reveal.count {
            scrolls = true
            spans = columnSpans(scrolling: true)
            reveal = revealedText(spans: spans, state: state, visible: visible, glyphs: canvas.glyphs, width: area.width - gutter)
        }
        visible -= reveal.count
        state.shownRows = visible
        state.scrollToSelection(visibleRows: visible)
        guard !area.isEmpty else { return }
        canvas.grid.fill(area)
        guard !columns.isEmpty else { return }

        drawRow(columns.map(\.header), roles: [], y: area.y, spans: spans, width: area.width,
                style: Style(.header), on: &canvas)

        let end = min(rowCount, state.offset + visible)
        if state.offset < end {
            for index in state.offset..<end {
                // The selection band is one colour: cell roles give way to it.
                let isSelected = index == state.selected
                let banded = isSelected && focused
                let row = row(index)
                let y = area.y + 1 + index - state.offset
                drawRow(row.cells, roles: banded ? [] : row.roles, y: y, spans: spans, width: area.width,
                        style: banded ? Style(.selection) : .text, on: &canvas)
                if isSelected && gutter > 0 {
                    let glyph = focused ? canvas.glyphs.selected : canvas.glyphs.selectedIdle
                    canvas.grid.set(area.x, y, Cell(glyph, style: banded ? Style(.selection, bold: true) : Style(.accent)))
                }
            }
        }
        for (line, text) in reveal.enumerated() {
            canvas.grid.write(text, x: area.x + gutter, y: area.y + 1 + visible + line, limit: area.width - gutter,
                              style: Style(.title, bold: true))
        }

        guard scrolls else { return }
        let x = area.right - 1
        func mark(_ glyph: String, at y: Int) {
            let index = state.offset + y - area.y - 1
            let style = index == state.selected && focused ? Style(.selection) : Style(.muted)
            canvas.grid.set(x, y, Cell(glyph, style: style))
        }
        // With a single visible row both may apply; the one drawn last (more below) wins.
        if state.offset > 0 { mark(canvas.glyphs.moreAbove, at: area.y + 1) }
        if end < rowCount && visible > 0 { mark(canvas.glyphs.moreBelow, at: area.y + visible) }
    }

    /// The selected row's name, wrapped to the table's width, when its column cuts it
    /// and the table can spare the lines (a row at least stays in view).
    private func revealedText(spans: [Rect], state: TableState, visible: Int, glyphs: Glyphs, width: Int) -> [String] {
        let name = columns.firstIndex(where: \.isName) ?? 0
        guard revealsCutSelection, focused, let selected = state.selected, selected < rowCount,
              name < spans.count, visible > 2 else { return [] }
        let cells = row(selected).cells
        guard name < cells.count else { return [] }
        let text = Sanitizer.clean(cells[name], ascii: glyphs.isASCII)
        guard CellWidth.of(text) > spans[name].width else { return [] }
        var lines = TextFit.wrap(text, width: width)
        let room = Swift.min(Self.revealLines, visible - 2)
        if lines.count > room {
            let rest = lines[(room - 1)...].joined(separator: " ")
            lines = Array(lines.prefix(room - 1)) + [TextFit.truncate(rest, to: width, ellipsis: glyphs.ellipsis)]
        }
        return lines
    }

    /// One line: the background across the whole width (a selected row is one band, gaps
    /// included), then each cell cut and aligned to its column. Only a cell's text takes
    /// its role, not the blanks beside it: a theme that underlines a role (the projector's
    /// "behind") would otherwise rule a line across the column.
    private func drawRow(_ cells: [String], roles: [Role?], y: Int, spans: [Rect], width: Int,
                         style: Style, on canvas: inout Canvas) {
        guard let first = spans.first else { return }
        let gutter = gutterWidth(width)
        canvas.grid.fill(Rect(x: first.x - gutter, y: y, width: width, height: 1), style: style)
        for (column, span) in zip(columns.indices, spans) where span.width > 0 && column < cells.count {
            var cellStyle = style
            if column < roles.count, let role = roles[column] { cellStyle = Style(role) }
            canvas.text(cells[column], in: Rect(x: span.x, y: y, width: span.width, height: 1), style: cellStyle,
                        alignRight: columns[column].alignment == .right)
        }
    }
}
