import TerminalKit
import IndustryModel

/// `idash follow --notes` as a screen: the speaker's notes for the slide shown, nothing to
/// select, the slide's title as its step.
struct NotesScreen: ScreenContent {
    /// "3/12".
    let number: String
    let title: String
    let notes: String
    let footer: SlideFooter
    /// The next slide's title; empty on the last.
    var next: String = ""
    /// "0:42" since the talk began; empty when unknown.
    var elapsed: String = ""

    var panelCount: Int { 0 }
    func rows(_ panel: Int) -> [RowTarget] { [] }
    func crumb(_ language: Language) -> String { title }
    func stack(forCity id: String) -> [Screen]? { nil }
    func slide(_ display: Display, _ dataset: Dataset) -> SlideContent { SlideContent(title: title) }

    func render(_ ctx: inout RenderContext, in area: Rect) -> String {
        NotesView.draw(&ctx, self, in: area)
        return ""
    }
}
