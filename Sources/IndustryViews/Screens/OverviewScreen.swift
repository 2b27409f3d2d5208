import TerminalKit
import IndustryModel

/// The overview: a card per city (panel 0), the comparable indicators (panel 1, narrowed
/// by its filter).
struct OverviewScreen: ScreenContent {
    static let cardsPanel = 0, comparablePanel = 1
    let cities: [City]
    let comparable: PanelList<String>

    init(cities: [City], comparable: [String], filters: [Int: String], _ display: Display, _ aggregates: DatasetDerived) {
        self.cities = cities
        self.comparable = PanelList(comparable, filter: filters[Self.comparablePanel], display) {
            [aggregates.name(of: $0, $1.language)]
        }
    }

    var panelCount: Int { 2 }

    func rows(_ panel: Int) -> [RowTarget] {
        panel == Self.cardsPanel ? cities.map { .city($0.id) } : comparable.items.map { .comparison(indicator: $0) }
    }

    /// The cards are cards, not a table, and the tabs and 1…9 already reach every city:
    /// only the comparable indicators are filtered.
    func filterable(_ panel: Int) -> Bool { panel == Self.comparablePanel }

    /// The selected card is the current city: `cityID` is the one field that says it.
    func selection(_ panel: Int, _ navigation: Navigation) -> Int {
        panel == Self.cardsPanel ? cities.firstIndex { $0.id == navigation.cityID } ?? 0 : navigation.selection(panel)
    }

    func crumb(_ language: Language) -> String { Labels.overview.text(language) }

    func render(_ ctx: inout RenderContext, in area: Rect) -> String { OverviewView.render(&ctx, self, in: area) }
    /// The cards stay; the card selected is the new city.
    func stack(forCity id: String) -> [Screen]? { [.overview] }
    func slide(_ display: Display, _ dataset: Dataset) -> SlideContent { SlideContent.overview(display, dataset) }
}
