/// Compares groups (cities) on one indicator: a legend line, then for each group a label
/// line and one bar per series (e.g. latest and target), all on one scale so bars compare
/// across groups.
public struct GroupedBarChart: Widget, Hashable, Sendable {
    public struct Series: Hashable, Sendable {
        public var name: String
        public var role: Role

        public init(_ name: String, role: Role) {
            self.name = name
            self.role = role
        }
    }

    public struct Group: Hashable, Sendable {
        public var label: String
        /// One value per series, in series order; a missing or non-finite value draws no bar.
        public var values: [Double]
        /// Preformatted value labels, in series order; missing ones are blank.
        public var valueLabels: [String]

        public init(_ label: String, values: [Double], valueLabels: [String] = []) {
            self.label = label
            self.values = values
            self.valueLabels = valueLabels
        }
    }

    public var series: [Series]
    public var groups: [Group]
    public var maximum: Double?
    public var showsTrack: Bool

    public init(series: [Series], groups: [Group], maximum: Double? = nil, showsTrack: Bool = false) {
        self.series = series
        self.groups = groups
        self.maximum = maximum
        self.showsTrack = showsTrack
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        let area = area.intersection(canvas.area)
        guard !area.isEmpty else { return }
        canvas.grid.fill(area)
        drawLegend(in: area.row(0), on: &canvas)
        // Bars sit indented under their group's label when there is room to spare for it.
        let indent = area.width >= 12 ? 2 : 0
        let items = groups.map(items(of:))
        let rows = BarRows(width: area.width - indent, labels: [], valueLabels: items.joined().map { $0.valueLabel ?? "" },
                           values: items.joined().map(\.value), maximum: maximum, showsTrack: showsTrack)
        var line = 1
        for (group, bars) in zip(groups, items) {
            guard line < area.height else { break }
            let ascii = canvas.glyphs.isASCII
            canvas.text(Sanitizer.clean(group.label, ascii: ascii), in: area.row(line), style: Style(.text, bold: true))
            line += 1
            for bar in bars where line < area.height {
                let row = area.row(line)
                rows.draw(bar, in: Rect(x: row.x + indent, y: row.y, width: row.width - indent, height: 1), on: &canvas)
                line += 1
            }
        }
    }

    private func items(of group: Group) -> [BarChart.Item] {
        series.indices.map { index in
            BarChart.Item("", value: index < group.values.count ? group.values[index] : .nan, role: series[index].role,
                          valueLabel: index < group.valueLabels.count ? group.valueLabels[index] : nil)
        }
    }

    /// A swatch in each series' role and its name, left to right, cut at the edge.
    private func drawLegend(in row: Rect, on canvas: inout Canvas) {
        var x = row.x
        for entry in series where x < row.right {
            let swatch = canvas.text(canvas.glyphs.full, in: Rect(x: x, y: row.y, width: row.right - x, height: 1),
                                     style: Style(entry.role))
            let name = " " + Sanitizer.clean(entry.name, ascii: canvas.glyphs.isASCII)
            let named = canvas.text(name, in: Rect(x: x + swatch, y: row.y, width: row.right - x - swatch, height: 1),
                                    style: Style(.muted))
            x += swatch + named + 2
        }
    }
}
