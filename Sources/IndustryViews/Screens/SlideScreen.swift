import TerminalKit
import IndustryModel

/// A slide as a screen: nothing to select on a projector (no panels), the slide's title as
/// its step, and the slide drawn over the whole terminal with its footer line.
struct SlideScreen: ScreenContent {
    let content: SlideContent
    let footer: SlideFooter

    var panelCount: Int { 0 }
    func rows(_ panel: Int) -> [RowTarget] { [] }
    func crumb(_ language: Language) -> String { content.title }
    func stack(forCity id: String) -> [Screen]? { nil }
    func slide(_ display: Display, _ dataset: Dataset) -> SlideContent { content }

    func render(_ ctx: inout RenderContext, in area: Rect) -> String {
        SlideView.draw(&ctx, content, footer, in: area)
        return SlideView.sourceLine(content.sources, ctx.display)
    }
}
