/// The one-line bar at the top or bottom of a screen: where you are on the left (a
/// breadcrumb), how fresh the data is on the right.
///
///      南通 › 船舶海工                 数据截至 2025-12-10 
///
/// When the line is short the right part goes first, whole; then the breadcrumb loses its
/// leading steps (`… › 船舶海工`), since the last step is where the user is.
public struct StatusBar: Widget, Hashable, Sendable {
    /// Breadcrumb steps, joined with the glyph set's separator (` › `, or ` > ` in ASCII).
    public var path: [String]
    public var right: String

    public init(path: [String], right: String = "") {
        self.path = path
        self.right = right
    }

    public init(_ left: String, right: String = "") {
        self.init(path: left.isEmpty ? [] : [left], right: right)
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        guard !area.isEmpty else { return }
        let style = Style(.statusBar)
        let line = area.row(0)
        canvas.grid.fill(line, style: style)

        // A space at each end keeps the text off the edge of the coloured band.
        let pad = area.width >= 3 ? 1 : 0
        let room = area.width - 2 * pad
        let ascii = canvas.glyphs.isASCII
        let steps = path.map { Sanitizer.clean($0, ascii: ascii) }
        let separator = canvas.glyphs.separator
        let full = steps.joined(separator: separator)
        let date = Sanitizer.clean(right, ascii: ascii)
        let dateWidth = CellWidth.of(date)

        let left: String
        let leftWidth = CellWidth.of(full)
        let gap = leftWidth > 0 ? 2 : 0
        if dateWidth > 0, leftWidth + gap + dateWidth <= room {
            left = full
            canvas.grid.write(date, x: line.right - pad - dateWidth, y: line.y, limit: dateWidth, style: style)
        } else {
            left = Self.fit(steps, full: full, to: room, separator: separator, ellipsis: canvas.glyphs.ellipsis)
        }
        canvas.grid.write(left, x: line.x + pad, y: line.y, limit: CellWidth.of(left), style: style)
    }

    /// The breadcrumb in `width` columns: whole, else without its leading steps, else the
    /// last step cut.
    private static func fit(_ steps: [String], full: String, to width: Int, separator: String,
                            ellipsis: String) -> String {
        guard width > 0 else { return "" }
        if CellWidth.of(full) <= width { return full }
        for start in steps.indices.dropFirst() {
            let candidate = ([ellipsis] + steps[start...]).joined(separator: separator)
            if CellWidth.of(candidate) <= width { return candidate }
        }
        return TextFit.truncate(steps.last ?? "", to: width, ellipsis: ellipsis)
    }
}
