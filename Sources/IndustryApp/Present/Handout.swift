import TerminalKit
import IndustryModel
import IndustryViews

/// The formats `idash handout` writes.
public enum HandoutFormat: String, CaseIterable, Sendable {
    case markdown, html, text
}

/// Every slide of a deck on paper, for the minutes: its title, the speaker's notes, every
/// figure the slide shows (all of them, not just what fits on screen) and the sources they
/// come from with publisher, title and date. Built from the same `SlideContent` as the
/// screen, so the handout cannot disagree with what the room saw.
public enum Handout {
    public static func render(_ deck: Deck, _ dataset: Dataset, display: Display, format: HandoutFormat) -> String {
        var writer: any HandoutWriter
        switch format {
        case .markdown: writer = MarkdownWriter()
        case .html: writer = HTMLWriter()
        case .text: writer = TextWriter()
        }
        let count = deck.slides.count
        let subtitle = display.t(Labels.handoutSubtitle(display.asOf, count))
        writer.begin(title: deck.title.text(display.language), subtitle: subtitle, language: display.language)
        for (index, slide) in deck.slides.enumerated() {
            let subject = slide.view.subject(deckTitle: deck.title)
            let content = SlideContent.make(subject, title: slide.title, display: display, dataset: dataset)
            section(&writer, number: index + 1, slide: slide, content: content, language: display.language)
        }
        return writer.end()
    }

    private static func section(_ writer: inout any HandoutWriter, number: Int, slide: Deck.Slide, content: SlideContent,
                                language: Language) {
        func t(_ text: LocalizedText) -> String { text.text(language) }
        writer.section("\(number). " + content.title, view: slide.view.description)
        if !content.subtitle.isEmpty { writer.paragraph(content.subtitle) }
        if let notes = slide.notes { writer.paragraph(t(Labels.speakerNotes) + notes.text(language)) }
        // Sources are numbered per slide; figures and rows cite them as [n].
        func cite(_ source: CitedSource?) -> String {
            guard let source, let index = content.sources.firstIndex(of: source) else { return "" }
            return "[\(index + 1)]"
        }
        if !content.figures.isEmpty {
            writer.list(content.figures.map { figure in
                let date = figure.date.isEmpty ? "" : " (\(figure.date))"
                let text = [figure.figure + date, figure.status, figure.target].filter { !$0.isEmpty }.joined(separator: t(Labels.semicolon))
                return figure.label + t(Labels.colon) + text + (figure.source == nil ? "" : " " + cite(figure.source))
            })
        }
        if !content.items.isEmpty {
            // A source column only where rows have sources (the overview's counts have none).
            if content.items.contains(where: { $0.source != nil }) {
                writer.table(content.columns + [t(Labels.source)], content.items.map { $0.cells + [cite($0.source)] })
            } else {
                writer.table(content.columns, content.items.map(\.cells))
            }
        }
        if !content.notes.isEmpty { writer.list(content.notes) }
        if !content.sources.isEmpty {
            writer.paragraph(t(Labels.sourcesHeading))
            writer.numbered(content.sources.map { cited in
                let source = cited.source
                return cited.city.text(language) + t(Labels.colon) + source.citation(language)
                    + (source.whereToRead(language).map { t(Labels.comma) + $0 } ?? "")
            })
        }
    }
}
