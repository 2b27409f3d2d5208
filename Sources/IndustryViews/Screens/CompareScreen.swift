import TerminalKit
import IndustryModel

/// One indicator across the cities, chosen from the comparable ones (panel 0, narrowed by
/// its filter), and the cities' figures, targets and sources (panel 1: text that Tab
/// focuses and ↑↓ scroll).
struct CompareScreen: ScreenContent {
    static let listPanel = 0, chartPanel = 1
    let indicator: String
    let comparable: PanelList<String>
    /// The compared indicator's name, as the first city measuring it gives it.
    let name: String
    let comparison: IndicatorComparison?
    /// Where the chart's wrapped text is kept between keys.
    let aggregates: DatasetDerived

    init(indicator: String, comparable: [String], name: String, filters: [Int: String], _ display: Display,
         _ aggregates: DatasetDerived) {
        self.indicator = indicator
        self.name = name
        self.comparable = PanelList(comparable, filter: filters[Self.listPanel], display) { [aggregates.name(of: $0, $1.language)] }
        comparison = aggregates.comparison(of: indicator, asOf: display.asOf)
        self.aggregates = aggregates
    }

    var panelCount: Int { 2 }
    func rows(_ panel: Int) -> [RowTarget] { panel == Self.listPanel ? comparable.items.map { .comparison(indicator: $0) } : [] }

    var textPanel: Int? { Self.chartPanel }

    func textLines(_ navigation: Navigation, _ display: Display) -> Int {
        guard let comparison else { return 0 }
        let body = Dashboard.body(display)
        let inner = (navigation.zoomed ? body : CompareView.layout(body)[1]).inset(by: 1)
        return CompareView.laidOut(comparison, display, aggregates, width: inner.width, height: inner.height).scrollLimit()
    }

    /// The selected row is the compared indicator: the screen itself says which.
    func selection(_ panel: Int, _ navigation: Navigation) -> Int { comparable.items.firstIndex(of: indicator) ?? 0 }

    func crumb(_ language: Language) -> String { Labels.compare.text(language) + ": " + name }

    func render(_ ctx: inout RenderContext, in area: Rect) -> String { CompareView.render(&ctx, self, in: area) }
    /// Enter on the list shows what is already shown.
    func opens(_ row: RowTarget) -> Bool { false }
    /// Compare shows every city at once: there is no city to switch to.
    func stack(forCity id: String) -> [Screen]? { nil }

    func slide(_ display: Display, _ dataset: Dataset) -> SlideContent {
        guard let comparison = dataset.comparison(of: indicator, asOf: display.asOf) else { return SlideContent(title: indicator) }
        return SlideContent.compare(comparison, display, dataset)
    }
}
