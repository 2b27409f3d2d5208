import TerminalKit
import IndustryModel

/// A city: its clusters (panel 0), its targets in the chosen order (panel 1), key facts (panel 2).
struct CityScreen: ScreenContent {
    static let clustersPanel = 0, targetsPanel = 1, factsPanel = 2, panels = 3
    let city: City
    /// Sorted once (memoised per data set, order, day and language), drawn and moved over alike.
    let targets: [Indicator]

    var panelCount: Int { Self.panels }

    func rows(_ panel: Int) -> [RowTarget] {
        switch panel {
        case Self.clustersPanel: city.clusters.map { .cluster(city: city.id, cluster: $0.id) }
        case Self.targetsPanel: targets.map { .indicator(city: city.id, indicator: $0.id) }
        default: city.facts.map { .fact(city: city.id, fact: $0.id) }
        }
    }

    func crumb(_ language: Language) -> String { city.name.text(language) }

    func render(_ ctx: inout RenderContext, in area: Rect) -> String { CityView.render(&ctx, self, in: area) }
    func slide(_ display: Display, _ dataset: Dataset) -> SlideContent { SlideContent.city(city, display) }
}
