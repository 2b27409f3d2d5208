/// Which row of a table is selected and which row is at the top of its window. Kept by the
/// screen between frames so the window stays put while the selection moves inside it.
public struct TableState: Hashable, Sendable {
    /// The selected row's index in all rows, or nil for a table nothing is selected in.
    public var selected: Int?
    /// The index of the first row shown under the header.
    public var offset: Int

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

        public init(_ header: String, width: Constraint, alignment: Alignment = .left) {
            self.header = header
            self.width = width
            self.alignment = alignment
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

    public init(columns: [Column], rows: [Row], state: TableState = TableState(), columnSpacing: Int = 1) {
        self.columns = columns
        self.rows = rows
        self.state = state
        self.columnSpacing = columnSpacing
    }

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

    /// Draws the table and leaves in `state` the offset it used, so the next frame starts
    /// from the same window.
    public func render(in area: Rect, on canvas: inout Canvas, state: inout TableState) {
        let visible = Self.visibleRows(forHeight: area.height)
        let rowCount = self.rowCount
        state.clamp(rowCount: rowCount, visibleRows: visible)
        state.scrollToSelection(visibleRows: visible)
        guard !area.isEmpty else { return }
        canvas.grid.fill(area)
        guard !columns.isEmpty else { return }

        // The scroll indicator gets a column of its own, reserved whenever the rows do not all
        // fit, so it never covers the last digit of a number and the columns do not jump as
        // the window moves.
        let scrolls = visible > 0 && rowCount > visible
        let body = Rect(x: area.x, y: area.y, width: area.width - (scrolls ? 1 : 0), height: area.height)
        let spans = Layout.split(body, .horizontal, columns.map(\.width), spacing: columnSpacing)

        drawRow(columns.map(\.header), roles: [], y: area.y, spans: spans, width: area.width,
                style: Style(.header), on: &canvas)

        let end = min(rowCount, state.offset + visible)
        guard state.offset < end else { return }
        for index in state.offset..<end {
            // The selection band is one colour: cell roles give way to it.
            let isSelected = index == state.selected
            let row = row(index)
            drawRow(row.cells, roles: isSelected ? [] : row.roles, y: area.y + 1 + index - state.offset,
                    spans: spans, width: area.width, style: isSelected ? Style(.selection) : .text,
                    on: &canvas)
        }

        guard scrolls else { return }
        let x = area.right - 1
        let (up, down) = canvas.glyphs.isASCII ? ("^", "v") : ("↑", "↓")
        func mark(_ glyph: String, at y: Int) {
            let index = state.offset + y - area.y - 1
            let style = index == state.selected ? Style(.selection) : Style(.muted)
            canvas.grid.set(x, y, Cell(glyph, style: style))
        }
        // With a single visible row both may apply; the one drawn last (more below) wins.
        if state.offset > 0 { mark(up, at: area.y + 1) }
        if end < rowCount { mark(down, at: area.y + visible) }
    }

    /// One line: the background across the whole width (a selected row is one band, gaps
    /// included), then each cell cut and aligned to its column.
    private func drawRow(_ cells: [String], roles: [Role?], y: Int, spans: [Rect], width: Int,
                         style: Style, on canvas: inout Canvas) {
        guard let first = spans.first else { return }
        canvas.grid.fill(Rect(x: first.x, y: y, width: width, height: 1), style: style)
        for (column, span) in zip(columns.indices, spans) where span.width > 0 && column < cells.count {
            let text = Sanitizer.clean(cells[column], ascii: canvas.glyphs.isASCII)
            let fitted = TextFit.pad(text, to: span.width, alignRight: columns[column].alignment == .right,
                                     ellipsis: canvas.glyphs.ellipsis)
            var cellStyle = style
            if column < roles.count, let role = roles[column] { cellStyle = Style(role) }
            canvas.grid.write(fitted, x: span.x, y: y, limit: span.width, style: cellStyle)
        }
    }
}
