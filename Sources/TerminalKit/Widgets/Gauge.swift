/// A progress gauge: the share of a target reached, filled in the status colour, with the
/// label centred over it and an optional marker for where progress is expected to be.
public struct Gauge: Widget, Hashable, Sendable {
    /// The share reached, clamped to 0...1; nil (or not finite) when there is no data.
    public var ratio: Double?
    /// Preformatted, e.g. "65%" or "无数据".
    public var label: String
    /// The status colour of the filled part: `.achieved`, `.onTrack`, `.atRisk`, `.behind`, `.noData`.
    public var role: Role
    /// The share expected by now, drawn as a target marker.
    public var expected: Double?

    public init(ratio: Double?, label: String, role: Role, expected: Double? = nil) {
        self.ratio = ratio
        self.label = label
        self.role = role
        self.expected = expected
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let area = area.intersection(canvas.area)
        guard !area.isEmpty else { return }
        let ratio = Self.share(self.ratio)
        // A gauge is a one-item bar on a 0...1 scale, so it shares the bar charts' drawing.
        let scale = BarScale(values: [], maximum: 1)
        let item = BarChart.Item("", value: ratio ?? .nan, target: Self.share(expected), role: role)
        for line in 0..<area.height {
            scale.draw(item, track: area.row(line), showsTrack: true, on: &canvas)
        }
        drawLabel(in: area.row((area.height - 1) / 2), ratio: ratio, on: &canvas)
    }

    /// A share within 0...1, or nil for a missing or non-finite one.
    private static func share(_ value: Double?) -> Double? {
        value.flatMap { $0.isFinite ? min(1, max(0, $0)) : nil }
    }

    /// The label wins over the bar and the marker where they meet, since a number half
    /// hidden misleads; a label too wide for the gauge is left out rather than cut for
    /// the same reason ("6…" of "65%").
    private func drawLabel(in row: Rect, ratio: Double?, on canvas: inout Canvas) {
        let text = Sanitizer.clean(label, ascii: canvas.glyphs.isASCII)
        let width = CellWidth.of(text)
        guard width > 0, width <= row.width else { return }
        // Cells more than half filled count as filled, as the ASCII eighths do.
        let eighths = BarScale.cells((ratio ?? 0) * Double(row.width) * 8, room: row.width * 8)
        let filled = (eighths + 3) / 8
        var column = (row.width - width) / 2
        for character in text {
            let style = column < filled ? Style(role, reverse: true) : Style(ratio == nil ? .noData : .text)
            column += canvas.grid.write(String(character), x: row.x + column, y: row.y,
                                        limit: row.width - column, style: style)
        }
    }
}
