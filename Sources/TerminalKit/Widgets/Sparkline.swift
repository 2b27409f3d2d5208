/// A series as a sparkline, scaled from its lowest to its highest value: one line of
/// `glyphs.sparks`, or at height > 1 columns of full blocks topped by a partial one.
public struct Sparkline: Widget, Hashable, Sendable {
    /// Oldest first; non-finite values are gaps.
    public var values: [Double]
    public var role: Role

    public init(_ values: [Double], role: Role = .accent) {
        self.values = values
        self.role = role
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let area = area.intersection(canvas.area)
        guard !area.isEmpty else { return }
        canvas.grid.fill(area)
        // The most recent values are the ones that matter when they do not all fit.
        let shown = Array(values.suffix(area.width))
        let finite = shown.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return }
        let levels = area.height * 8
        for (offset, value) in shown.enumerated() where value.isFinite {
            var level = Self.level(value, low: low, high: high, levels: levels)
            for y in stride(from: area.bottom - 1, through: area.y, by: -1) where level > 0 {
                let glyph = level > 8 ? canvas.glyphs.full : canvas.glyphs.sparks[level - 1]
                canvas.grid.set(area.x + offset, y, Cell(glyph, style: Style(role)))
                level -= 8
            }
        }
    }

    /// The series as one line of text for a table cell: the last `width` values, each a
    /// spark scaled like the widget's (nil or non-finite values are blanks).
    public static func text(_ values: [Double], width: Int, glyphs: Glyphs) -> String {
        let shown = Array(values.suffix(max(0, width)))
        let finite = shown.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return "" }
        return shown.map { value in
            value.isFinite ? glyphs.sparks[level(value, low: low, high: high, levels: 8) - 1] : " "
        }.joined()
    }

    /// The height in eighths of a cell, 1...levels: the lowest value still shows, and a
    /// flat series sits in the middle.
    static func level(_ value: Double, low: Double, high: Double, levels: Int) -> Int {
        guard high > low else { return max(1, levels / 2) }
        // Halves first so the span of two huge values of opposite sign cannot overflow.
        let fraction = (value / 2 - low / 2) / (high / 2 - low / 2)
        let share = fraction.isFinite ? min(1, max(0, fraction)) : 0.5
        return 1 + Int((share * Double(levels - 1)).rounded())
    }
}
