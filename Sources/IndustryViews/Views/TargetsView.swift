import TerminalKit
import IndustryModel

/// A city's targets as one table, with the selected target's detail beside it (or below).
enum TargetsView {
    static func render(_ ctx: inout RenderContext, _ screen: TargetsScreen, in body: Rect) -> String {
        let display = ctx.display
        let (city, indicators) = (screen.city, screen.targets)
        let panel = TargetsScreen.tablePanel
        let wide = body.width >= 110
        let parts = wide
            ? Layout.split(body, .horizontal, [.percentage(62), .fill(1)])
            : Layout.split(body, .vertical, [.fill(1), .length(min(12, body.height / 2))])
        let inner = ctx.panel(city.name.text(display.language) + " · " + display.t(Labels.targets) + " (\(CityView.targetCount(city, display)))",
                              right: "s: " + display.t(display.sort.label), in: parts[0], panel: panel)
        // Names need the room; the category is in the detail panel.
        CityView.targetTable(&ctx, indicators, city, panel: panel, in: inner)
        guard !indicators.isEmpty else { return "" }
        let selected = indicators[min(ctx.navigation.selection(panel), indicators.count - 1)]
        IndicatorDetail.render(&ctx, city: city, indicator: selected, in: parts[1])
        return Format.sourceShort(Format.figureSource(selected, city, display), display)
    }
}
