import TerminalKit
import IndustryModel

/// A city: its clusters (panel 0), its targets in the chosen order (panel 1), key facts
/// (panel 2), each narrowed by its filter.
struct CityScreen: ScreenContent {
    static let clustersPanel = 0, targetsPanel = 1, factsPanel = 2, panels = 3
    let city: City
    let clusters: PanelList<Cluster>
    /// Sorted once (memoised per data set, order, day and language), drawn and moved over alike.
    let targets: PanelList<Indicator>
    let facts: PanelList<Fact>

    init(city: City, targets: [Indicator], filters: [Int: String], _ display: Display) {
        self.city = city
        clusters = PanelList(city.clusters, filter: filters[Self.clustersPanel], display) { CityView.clusterRow($0, $1).cells }
        self.targets = PanelList(targets, filter: filters[Self.targetsPanel], display) { TargetTable.row($0, city, $1).cells }
        facts = PanelList(city.facts, filter: filters[Self.factsPanel], display) { CityView.factRow($0, city, $1).cells }
    }

    var panelCount: Int { Self.panels }

    func rows(_ panel: Int) -> [RowTarget] {
        switch panel {
        case Self.clustersPanel: clusters.items.map { .cluster(city: city.id, cluster: $0.id) }
        case Self.targetsPanel: targets.items.map { .indicator(city: city.id, indicator: $0.id) }
        default: facts.items.map { .fact(city: city.id, fact: $0.id) }
        }
    }

    func crumb(_ language: Language) -> String { city.name.text(language) }

    func render(_ ctx: inout RenderContext, in area: Rect) -> String { CityView.render(&ctx, self, in: area) }
    func slide(_ display: Display, _ dataset: Dataset) -> SlideContent { SlideContent.city(city, display) }
}
