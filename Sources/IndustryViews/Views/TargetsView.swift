import TerminalKit
import IndustryModel

/// A city's targets as one table, with the selected target's detail beside it (or below).
enum TargetsView {
    static func render(_ ctx: inout RenderContext, _ screen: TargetsScreen, in body: Rect) -> String {
        let display = ctx.display
        let (city, indicators) = (screen.city, screen.targets)
        let panel = TargetsScreen.tablePanel
        let parts = [ctx.place(TargetsScreen.tablePanel, layout(body)[0], body: body),
                     ctx.place(TargetsScreen.detailPanel, layout(body)[1], body: body)]
        let title = city.name.text(display.language) + " · " + display.t(Labels.targets)
            + indicators.title(display, count: CityView.targetCount(city, display))
        let inner = ctx.panel(title, right: "s: " + display.t(display.sort.label), in: parts[0], panel: panel)
        // Names need the room; the category is in the detail panel.
        TargetTable.render(&ctx, indicators, city, panel: panel, in: inner)
        guard !indicators.isEmpty else {
            // A filter left nothing to describe: the detail's frame stays, empty.
            _ = ctx.panel("", in: parts[1], panel: TargetsScreen.detailPanel)
            return ""
        }
        let selected = indicators.items[min(ctx.navigation.selection(panel), indicators.count - 1)]
        IndicatorDetail.render(&ctx, city: city, indicator: selected, in: parts[1], panel: TargetsScreen.detailPanel,
                               scroll: ctx.navigation.detailScroll)
        return Format.sourceShort(Format.figureSource(selected, city, display), display)
    }

    /// The table, and the detail beside it (wide) or under it: the detail wraps, so it can
    /// be narrow and the table keeps room for the figures' columns.
    static func layout(_ body: Rect) -> [Rect] {
        body.width >= 110
            ? Layout.split(body, .horizontal, [.fill(1), .length(max(34, min(48, body.width / 3)))])
            : Layout.split(body, .vertical, [.fill(1), .length(min(12, body.height / 2))])
    }
}
