import TerminalKit
import IndustryModel

/// A city's targets as one table (panel 0, narrowed by its filter) with the selected
/// one's detail beside it (panel 1: text that Tab focuses and ↑↓ scroll).
struct TargetsScreen: ScreenContent {
    static let tablePanel = 0, detailPanel = 1
    let city: City
    let targets: PanelList<Indicator>

    init(city: City, targets: [Indicator], filters: [Int: String], _ display: Display) {
        self.city = city
        self.targets = PanelList(targets, filter: filters[Self.tablePanel], display) { TargetTable.row($0, city, $1).cells }
    }

    var panelCount: Int { 2 }
    var textPanel: Int? { Self.detailPanel }
    func rows(_ panel: Int) -> [RowTarget] {
        panel == Self.tablePanel ? targets.items.map { .indicator(city: city.id, indicator: $0.id) } : []
    }

    func textLines(_ navigation: Navigation, _ display: Display) -> Int {
        guard !targets.isEmpty else { return 0 }
        let selected = targets.items[min(navigation.selection(Self.tablePanel), targets.count - 1)]
        let body = Dashboard.body(display)
        return IndicatorDetail.scrollLimit(city: city, indicator: selected, display,
                                           in: navigation.zoomed ? body : TargetsView.layout(body)[1])
    }

    func crumb(_ language: Language) -> String { Labels.targets.text(language) }
    /// The detail describes the table's selected target: `y` copies that one from either panel.
    func copySubject(_ navigation: Navigation) -> RowTarget? {
        let rows = rows(Self.tablePanel)
        return rows.isEmpty ? nil : rows[min(navigation.selection(Self.tablePanel), rows.count - 1)]
    }

    func render(_ ctx: inout RenderContext, in area: Rect) -> String { TargetsView.render(&ctx, self, in: area) }
    /// Enter compares the selected target, which the footer offers as `c`.
    func opens(_ row: RowTarget) -> Bool { false }
    func stack(forCity id: String) -> [Screen]? { [.overview, .city(id), .targets(city: id)] }
    func slide(_ display: Display, _ dataset: Dataset) -> SlideContent { SlideContent.targets(city, display) }
}
