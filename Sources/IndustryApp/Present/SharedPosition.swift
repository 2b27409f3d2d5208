import TerminalKit
import IndustryModel
import IndustryShare
import IndustryViews

/// Every slide's title in both languages as the slide shows it (the deck's own title, or
/// the view's), worked out once per talk: titles do not change from slide to slide, and
/// working them out costs a slide's content each.
public struct SlideTitles: Hashable, Sendable {
    public var titles: [LocalizedText]

    public init(_ deck: Deck, display: Display, dataset: Dataset) {
        titles = deck.slides.map { slide in
            if let title = slide.title { return title }
            func title(_ language: Language) -> String {
                var display = display
                display.language = language
                return SlideContent.make(slide.view.subject(deckTitle: deck.title), title: nil, display: display, dataset: dataset).title
            }
            return LocalizedText(zh: title(.zh), en: title(.en))
        }
    }
}

extension Presentation {
    /// What followers are sent: where the presenter is, not what the screen shows, so each
    /// follower draws the slide at its own size, theme and language. The titles of this
    /// slide and the next travel in both languages, so a notes screen names them without
    /// the data. Speaker notes travel only when the deck has them: a follower works out
    /// the others from its own data (`FollowScreen`).
    public func sharedPosition(_ dataset: Dataset, titles: SlideTitles? = nil) -> SharePosition {
        let titles = titles ?? SlideTitles(deck, display: display, dataset: dataset)
        let title = titles.titles[index]
        let next = isLast ? LocalizedText(zh: "", en: "") : titles.titles[index + 1]
        return SharePosition(deckTitle: deck.title.zh, slideIndex: index, slideCount: deck.slides.count,
                             view: slide.view.description, titleZh: title.zh, titleEn: title.en,
                             notes: slide.notes?.zh ?? "", notesEn: slide.notes.map { $0.en == $0.zh ? "" : $0.en } ?? "",
                             blanked: blanked, selectedRow: 0, nextTitleZh: next.zh, nextTitleEn: next.en,
                             startedAt: startedAt, browsing: browsing)
    }
}
