import TerminalKit
import IndustryModel

/// A city's targets as one table (panel 0) with the selected one's detail beside it.
struct TargetsScreen: ScreenContent {
    static let tablePanel = 0
    let city: City
    let targets: [Indicator]

    var panelCount: Int { 1 }
    func rows(_ panel: Int) -> [RowTarget] { targets.map { .indicator(city: city.id, indicator: $0.id) } }

    func crumb(_ language: Language) -> String { Labels.targets.text(language) }

    func render(_ ctx: inout RenderContext, in area: Rect) -> String { TargetsView.render(&ctx, self, in: area) }
    /// Enter compares the selected target, which the footer offers as `c`.
    func opens(_ row: RowTarget) -> Bool { false }
    func stack(forCity id: String) -> [Screen]? { [.overview, .city(id), .targets(city: id)] }
    func slide(_ display: Display, _ dataset: Dataset) -> SlideContent { SlideContent.targets(city, display) }
}
