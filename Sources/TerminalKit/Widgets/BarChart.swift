/// A horizontal bar chart, one item a row: label, bar, value label. Bars have eighth-cell
/// resolution, an optional target marker, and grow left from a zero axis when a value is
/// negative.
public struct BarChart: Widget, Hashable, Sendable {
    public struct Item: Hashable, Sendable {
        public var label: String
        public var value: Double
        public var target: Double?
        public var role: Role
        /// Preformatted by the caller (units and wording are the model's business).
        public var valueLabel: String?

        public init(_ label: String, value: Double, target: Double? = nil, role: Role = .bar, valueLabel: String? = nil) {
            self.label = label
            self.value = value
            self.target = target
            self.role = role
            self.valueLabel = valueLabel
        }
    }

    public var items: [Item]
    /// The value at the bar area's right end; computed from values and targets when nil.
    public var maximum: Double?
    /// The label column never takes more cells than this, however long a label is.
    public var labelWidthLimit: Int
    /// Draws the empty part of the track with `glyphs.empty` rather than spaces.
    public var showsTrack: Bool

    public init(_ items: [Item], maximum: Double? = nil, labelWidthLimit: Int = 16, showsTrack: Bool = false) {
        self.items = items
        self.maximum = maximum
        self.labelWidthLimit = labelWidthLimit
        self.showsTrack = showsTrack
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let area = area.intersection(canvas.area)
        guard !area.isEmpty else { return }
        canvas.grid.fill(area)
        let rows = BarRows(width: area.width, labels: items.map(\.label), valueLabels: items.map { $0.valueLabel ?? "" },
                           values: items.flatMap { [$0.value, $0.target ?? 0] }, maximum: maximum,
                           labelWidthLimit: labelWidthLimit, showsTrack: showsTrack)
        for (index, item) in items.prefix(area.height).enumerated() {
            rows.draw(item, in: area.row(index), on: &canvas)
        }
    }
}

/// Columns, scale and drawing of bar rows, shared by the bar widgets so their bars look and
/// line up the same way.
struct BarRows {
    let label: Int
    let bar: Int
    let value: Int
    let scale: BarScale
    let showsTrack: Bool

    /// The bar keeps at least a quarter of the width; when space is short the wider of the
    /// two label columns gives way first, so neither is cut to nothing while the other is whole.
    init(width: Int, labels: [String], valueLabels: [String], values: [Double], maximum: Double?,
         labelWidthLimit: Int = .max, showsTrack: Bool) {
        var label = min(max(0, labelWidthLimit), labels.map { CellWidth.of(Sanitizer.clean($0)) }.max() ?? 0)
        var value = valueLabels.map { CellWidth.of(Sanitizer.clean($0)) }.max() ?? 0
        func barRoom(_ label: Int, _ value: Int) -> Int { width - label - value - (label > 0 ? 1 : 0) - (value > 0 ? 1 : 0) }
        while barRoom(label, value) < (width + 3) / 4, label + value > 0 {
            if label >= value { label -= 1 } else { value -= 1 }
        }
        self.label = label
        self.value = value
        bar = max(0, barRoom(label, value))
        scale = BarScale(values: values, maximum: maximum)
        self.showsTrack = showsTrack
    }

    func draw(_ item: BarChart.Item, in row: Rect, on canvas: inout Canvas) {
        guard !row.isEmpty else { return }
        let ascii = canvas.glyphs.isASCII
        let labelRect = Rect(x: row.x, y: row.y, width: label, height: 1)
        canvas.text(Sanitizer.clean(item.label, ascii: ascii), in: labelRect)
        let barX = row.x + label + (label > 0 ? 1 : 0)
        scale.draw(item, track: Rect(x: barX, y: row.y, width: bar, height: 1), showsTrack: showsTrack, on: &canvas)
        let valueRect = Rect(x: row.right - value, y: row.y, width: value, height: 1)
        canvas.text(Sanitizer.clean(item.valueLabel ?? "", ascii: ascii), in: valueRect, alignRight: true)
    }
}

/// The value range a track shows and the drawing of one bar on it. Zero is always in range
/// so bars start from it; a negative value anywhere brings an axis column between the two
/// sides. Non-finite values and targets count as absent.
struct BarScale {
    let low: Double
    let high: Double

    init(values: [Double], maximum: Double?) {
        let finite = values.filter(\.isFinite)
        low = min(0, finite.min() ?? 0)
        if let maximum, maximum.isFinite, maximum > 0 {
            high = maximum
        } else {
            high = max(0, finite.max() ?? 0)
        }
    }

    func draw(_ item: BarChart.Item, track: Rect, showsTrack: Bool, on canvas: inout Canvas) {
        guard !track.isEmpty else { return }
        let glyphs = canvas.glyphs
        let width = track.width
        let hasAxis = low < 0
        // Halves so that the span of two huge values of opposite sign cannot overflow.
        let axis = hasAxis ? Self.cells(-low / 2 / (high / 2 - low / 2) * Double(width - 1), room: width - 1) : -1
        let start = axis + 1 // first cell of the positive side
        // Cells per unit of value: one scale that fits both sides, so equal sizes look equal.
        var unit = Double.infinity
        if high > 0, width > start { unit = min(unit, Double(width - start) / high) }
        if hasAxis, axis > 0 { unit = min(unit, Double(axis) / -low) }
        if !unit.isFinite { unit = 0 }
        func put(_ glyph: String, _ offset: Int, _ role: Role) {
            guard !glyph.isEmpty, offset >= 0, offset < width else { return }
            canvas.grid.set(track.x + offset, track.y, Cell(glyph, style: Style(role)))
        }
        if showsTrack {
            for offset in 0..<width where offset != axis { put(glyphs.empty, offset, .muted) }
        }
        if hasAxis { put(glyphs.vertical, axis, .muted) }
        let value = item.value.isFinite ? item.value : 0
        if value > 0 {
            let eighths = Self.cells(value * unit * 8, room: (width - start) * 8)
            for offset in 0..<eighths / 8 { put(glyphs.full, start + offset, item.role) }
            if eighths % 8 > 0 { put(glyphs.eighths[eighths % 8 - 1], start + eighths / 8, item.role) }
        } else if value < 0 {
            // Block elements have eighths anchored on the left only, so a bar growing left
            // is drawn in whole cells.
            let cells = Self.cells(-value * unit, room: axis)
            for offset in 0..<cells { put(glyphs.full, axis - 1 - offset, item.role) }
        }
        if let target = item.target, target.isFinite {
            // The marker stands in the cell holding the target's point, so a bar that just
            // reaches the target ends against it.
            let column = target >= 0 ? start + Self.cells(target * unit, room: width, rounding: .down)
                : axis - 1 - Self.cells(-target * unit, room: width, rounding: .down)
            put(glyphs.targetMarker, min(width - 1, max(0, column)), .target)
        }
    }

    /// An amount of cells (or eighths) as a count within 0...room; clamped as a Double first
    /// so a huge value cannot trap the conversion.
    static func cells(_ amount: Double, room: Int, rounding: FloatingPointRoundingRule = .toNearestOrAwayFromZero) -> Int {
        guard amount.isFinite, amount > 0, room > 0 else { return 0 }
        return Int(min(Double(room), amount).rounded(rounding))
    }
}
