import TerminalKit
import IndustryModel

/// Where a mouse click lands.
public enum HitTarget: Hashable, Sendable {
    case cityTab(Int)
    case row(panel: Int, index: Int)
}

/// One rendered screen: the cells, and the regions a click can select.
public struct Frame: Sendable {
    public var grid: Grid
    public var hits: [(rect: Rect, target: HitTarget)]

    /// The target under a cell; later (top-most) regions win.
    public func hit(x: Int, y: Int) -> HitTarget? {
        hits.last { $0.rect.contains(x: x, y: y) }?.target
    }
}

/// What a view draws with: the canvas, the click regions it adds, and what it reads: where
/// the user is (for highlights; slides have none), how to show it, and the data.
struct RenderContext {
    var canvas: Canvas
    var hits: [(rect: Rect, target: HitTarget)] = []
    let navigation: Navigation
    let display: Display
    let dataset: Dataset
    /// Lists and figures over the whole data set, computed once per data set, not per frame.
    let aggregates: DatasetDerived

    init(_ navigation: Navigation, _ display: Display, dataset: Dataset) {
        canvas = Canvas(width: display.width, height: display.height, glyphs: display.ascii ? .ascii : .unicode)
        self.navigation = navigation
        self.display = display
        self.dataset = dataset
        aggregates = dataset.derived
    }

    /// For slides: nothing is selected or focused on them.
    init(_ display: Display, dataset: Dataset) {
        self.init(Navigation(cityID: ""), display, dataset: dataset)
    }

    mutating func draw(_ widget: some Widget, in area: Rect) {
        widget.render(in: area.intersection(canvas.area), on: &canvas)
    }

    mutating func text(_ text: String, in area: Rect, row: Int = 0, style: Style = .text, alignRight: Bool = false) {
        canvas.text(text, in: area, row: row, style: style, alignRight: alignRight)
    }

    /// Text centred on the first row of `area`, cut to fit. Only the text takes the style,
    /// not the spaces around it, so a theme that underlines a role rules no line across.
    mutating func centred(_ text: String, in area: Rect, style: Style = .text) {
        let fitted = TextFit.truncate(Sanitizer.clean(text, ascii: canvas.glyphs.isASCII), to: area.width, ellipsis: canvas.glyphs.ellipsis)
        let width = CellWidth.of(fitted)
        canvas.text(fitted, in: Rect(x: area.x + (area.width - width) / 2, y: area.y, width: width, height: 1), style: style)
    }

    mutating func hit(_ rect: Rect, _ target: HitTarget) {
        hits.append((rect, target))
    }

    /// Where panel `index` goes: its place in the layout, or the whole body while the
    /// focused panel is zoomed (`z`), and nowhere for the others then.
    func place(_ index: Int?, _ rect: Rect, body: Rect) -> Rect {
        guard navigation.zoomed else { return rect }
        return index == navigation.focus ? body : Rect(x: body.x, y: body.y, width: 0, height: 0)
    }

    var isFocusedPanel: (Int) -> Bool { { [focus = navigation.focus] in $0 == focus } }

    /// A bordered panel; returns its inside.
    mutating func panel(_ title: String, right: String = "", in area: Rect, panel index: Int? = nil) -> Rect {
        let panel = Panel(title: title, rightTitle: right, focused: index.map(isFocusedPanel) ?? false)
        draw(panel, in: area)
        return panel.inner(of: area)
    }

    /// A table whose selection is the state's for `panel`; rows become click targets.
    /// `empty` is said under the header when there are no rows (a filter left none).
    mutating func table(_ columns: [Table.Column], _ rows: [Table.Row], panel index: Int, empty: String? = nil, in area: Rect) {
        table(columns, count: rows.count, row: { rows[$0] }, panel: index, empty: empty, in: area)
    }

    /// The same for a long list: `row` is asked only for the rows in the window.
    /// `selected` where the screen says it another way than the stored selection.
    mutating func table(_ columns: [Table.Column], count: Int, row: @escaping (Int) -> Table.Row, panel index: Int,
                        selected chosen: Int? = nil, empty: String? = nil, in area: Rect) {
        let selected = count == 0 ? nil : min(chosen ?? navigation.selection(index), count - 1)
        var tableState = TableState(selected: selected)
        if let selected {
            // Offsets follow from the selection alone (page by page), so rendering stays a pure
            // function of state and the cursor moves within a page without scrolling it.
            let visible = max(1, Table.visibleRows(forHeight: area.height))
            tableState.offset = (selected / visible) * visible
        }
        var table = Table(columns: columns, count: count, row: row)
        table.focused = navigation.focus == index
        table.render(in: area, on: &canvas, state: &tableState)
        // An empty table says so, never a bare header.
        if count == 0 { text(empty ?? display.t(Labels.noRows), in: area, row: 1, style: Style(.muted)) }
        for line in 0..<min(tableState.shownRows, max(0, count - tableState.offset)) {
            hit(Rect(x: area.x, y: area.y + 1 + line, width: area.width, height: 1),
                .row(panel: index, index: tableState.offset + line))
        }
    }
}
