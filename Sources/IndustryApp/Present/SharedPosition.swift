import TerminalKit
import IndustryModel
import IndustryShare
import IndustryViews

extension Presentation {
    /// What followers are sent: where the presenter is, not what the screen shows, so each
    /// follower draws the slide at its own size, theme and language.
    /// The slide's title is sent in both languages as the slide shows it (the deck's own
    /// title, or the view's), so a notes screen names the slide without the data.
    public func sharedPosition(_ dataset: Dataset) -> SharePosition {
        func title(_ language: Language) -> String {
            var display = self.display
            display.language = language
            return SlideContent.make(subject, title: slide.title, display: display, dataset: dataset).title
        }
        return SharePosition(deckTitle: deck.title.zh, slideIndex: index, slideCount: deck.slides.count,
                             view: slide.view.description, titleZh: title(.zh), titleEn: title(.en),
                             notes: slide.notes?.zh ?? "", notesEn: slide.notes.map { $0.en == $0.zh ? "" : $0.en } ?? "",
                             blanked: blanked, selectedRow: 0)
    }
}
