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
        func content(_ language: Language) -> SlideContent {
            var display = self.display
            display.language = language
            return SlideContent.make(subject, title: slide.title, display: display, dataset: dataset)
        }
        let zh = content(.zh), en = content(.en)
        func nextTitle(_ language: Language) -> String {
            guard !isLast else { return "" }
            let next = deck.slides[index + 1]
            if let title = next.title { return title.text(language) }
            var display = self.display
            display.language = language
            return SlideContent.make(next.view.subject(deckTitle: deck.title), title: nil, display: display, dataset: dataset).title
        }
        // A slide the deck gives no notes gets notes from its figures.
        let notes = slide.notes ?? LocalizedText(zh: zh.generatedNotes(.zh), en: en.generatedNotes(.en))
        return SharePosition(deckTitle: deck.title.zh, slideIndex: index, slideCount: deck.slides.count,
                             view: slide.view.description, titleZh: zh.title, titleEn: en.title,
                             notes: notes.zh, notesEn: notes.en == notes.zh ? "" : notes.en,
                             blanked: blanked, selectedRow: 0, nextTitleZh: nextTitle(.zh), nextTitleEn: nextTitle(.en),
                             startedAt: startedAt, browsing: browsing)
    }
}
