import TerminalKit
import IndustryModel

/// A cluster: the indicators that concern it (panel 0), the plan tasks (panel 1), the
/// projects and enterprises the documents place in it (panel 2), each narrowed by its
/// filter, and its description on top (panel 3: text that Tab reaches last and ↑↓ scroll).
struct ClusterScreen: ScreenContent {
    static let indicatorsPanel = 0, tasksPanel = 1, entitiesPanel = 2, infoPanel = 3, panels = 4
    let city: City
    let cluster: Cluster
    let related: PanelList<Indicator>
    let tasks: PanelList<(action: PlanAction, task: PlanTask)>
    let entities: PanelList<NamedEntity>

    init(city: City, cluster: Cluster, filters: [Int: String], _ display: Display) {
        self.city = city
        self.cluster = cluster
        related = PanelList(city.indicators.filter { $0.clusters.contains(cluster.id) }, filter: filters[Self.indicatorsPanel],
                            display) { ClusterView.indicatorRow($0, city, $1).cells }
        tasks = PanelList(city.tasks(concerning: cluster.id), filter: filters[Self.tasksPanel], display) {
            ClusterView.taskRow($0.task, city, $1).cells
        }
        entities = PanelList(city.entities.filter { $0.cluster == cluster.id }, filter: filters[Self.entitiesPanel], display) {
            ClusterView.entityRow($0, $1).cells
        }
    }

    var panelCount: Int { Self.panels }

    func rows(_ panel: Int) -> [RowTarget] {
        switch panel {
        case Self.indicatorsPanel: related.items.map { .indicator(city: city.id, indicator: $0.id) }
        case Self.tasksPanel: tasks.items.map { .task(city: city.id, action: $0.action.number, task: $0.task.number) }
        case Self.entitiesPanel: entities.items.map { .entity(city: city.id, entity: $0.id) }
        default: []
        }
    }

    var textPanel: Int? { Self.infoPanel }

    func textLines(_ navigation: Navigation, _ display: Display) -> Int {
        let body = Dashboard.body(display)
        let area = navigation.zoomed ? body : ClusterView.layout(self, display, body).info
        let inner = area.inset(by: 1)
        return Paragraphs(ClusterView.infoItems(city, cluster, display)).scrollLimit(width: inner.width, height: inner.height)
    }

    func crumb(_ language: Language) -> String { cluster.name.text(language) }
    /// The description on top is the cluster's own: `y` there copies the cluster.
    func copySubject(_ navigation: Navigation) -> RowTarget? {
        navigation.focus == Self.infoPanel ? .cluster(city: city.id, cluster: cluster.id) : selectedRow(navigation)
    }
    // ←/→: the other city has other clusters, so its city page (the default `stack(forCity:)`).

    func render(_ ctx: inout RenderContext, in area: Rect) -> String { ClusterView.render(&ctx, self, in: area) }
    func slide(_ display: Display, _ dataset: Dataset) -> SlideContent { SlideContent.cluster(cluster, of: city, display) }
}
