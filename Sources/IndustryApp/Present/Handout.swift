import TerminalKit
import IndustryModel
import IndustryViews

/// The formats `idash handout` writes.
public enum HandoutFormat: String, CaseIterable, Sendable {
    case markdown, html, text
}

/// Every slide of a deck on paper, for the minutes: its title, every figure the slide
/// shows (all of them, not just what fits on screen), and at the end every source they come
/// from, once, numbered, with publisher, title and date; the speaker's notes only when
/// asked for (`notes`), since minutes go to people who were not meant to read them. Built
/// from the same `SlideContent` as the screen, so the handout cannot disagree with what the
/// room saw. The data's ids are for files and commands, never for the reader.
public enum Handout {
    public static func render(_ deck: Deck, _ dataset: Dataset, display: Display, format: HandoutFormat,
                              notes: Bool = false) -> String {
        var writer: any HandoutWriter
        switch format {
        case .markdown: writer = MarkdownWriter()
        case .html: writer = HTMLWriter()
        case .text: writer = TextWriter()
        }
        let language = display.language
        let contents = deck.slides.map { slide in
            SlideContent.make(slide.view.subject(deckTitle: deck.title), title: slide.title, display: display, dataset: dataset)
        }
        var sources = HandoutSources(language: language)
        let subtitle = display.t(Labels.handoutSubtitle(display.asOf, deck.slides.count))
        writer.begin(title: deck.title.text(language), subtitle: subtitle, language: language, contents: contents.map(\.title),
                     sourcesHeading: display.t(Labels.handoutSources))
        for (index, slide) in deck.slides.enumerated() {
            let content = contents[index]
            writer.section(number: index + 1, title: content.title)
            if !content.subtitle.isEmpty { writer.paragraph(content.subtitle) }
            if notes {
                // The deck's own notes, else the ones worked out from the slide's figures.
                let said = slide.notes?.text(language) ?? content.generatedNotes(language)
                if !said.isEmpty { writer.paragraph(display.t(Labels.speakerNotes) + said) }
            }
            body(&writer, content, &sources, display)
        }
        if !sources.lines.isEmpty { writer.sources(heading: display.t(Labels.handoutSources), sources.lines) }
        return writer.end()
    }

    /// A slide's figures, its table and its notes; the sources they cite numbered in `sources`.
    private static func body(_ writer: inout any HandoutWriter, _ content: SlideContent, _ sources: inout HandoutSources,
                             _ display: Display) {
        if !content.figures.isEmpty {
            writer.list(content.figures.map { figure in
                let date = figure.date.isEmpty ? "" : " (\(figure.date))"
                let text = [figure.figure + date, figure.status, figure.target].filter { !$0.isEmpty }
                    .joined(separator: display.t(Labels.semicolon))
                return HandoutText(figure.label + display.t(Labels.colon) + text, citation: sources.number(figure.source))
            })
        }
        if !content.items.isEmpty {
            var columns = content.columns + [display.t(Labels.source)]
            var rows = content.items.map { item in
                item.cells.enumerated().map { HandoutText($0.element, citation: sources.number(item.cellSources[$0.offset])) }
                    + [HandoutText("", citation: sources.number(item.source))]
            }
            // A column empty in every row (no baselines, the overview's counts without sources) says nothing.
            let kept = columns.indices.filter { column in
                rows.contains { column < $0.count && (!$0[column].text.isEmpty || $0[column].citation != nil) }
            }
            columns = kept.map { columns[$0] }
            rows = rows.map { row in kept.map { $0 < row.count ? row[$0] : HandoutText("") } }
            writer.table(columns, rows)
        }
        if !content.notes.isEmpty { writer.list(content.notes.map { HandoutText($0) }) }
        // Sources cited by the slide itself but not by a figure (a cluster's documents) are listed too.
        for source in content.sources { _ = sources.number(source) }
    }
}

/// The handout's one list of sources, numbered in the order first cited. A publication two
/// cities cite is one entry naming both.
struct HandoutSources {
    let language: Language
    private var cities: [[String]] = []
    private var citations: [String] = []
    private var documents: [String] = []

    init(language: Language) { self.language = language }

    /// The number `source` is cited by (from 1), adding it on first use; nil for none.
    mutating func number(_ cited: CitedSource?) -> Int? {
        guard let cited else { return nil }
        let source = cited.source
        let citation = source.citation(language) + (source.whereToRead(language).map { Labels.comma.text(language) + $0 } ?? "")
        let city = cited.city.text(language)
        // One document read in two copies is one entry, under the first copy's address.
        let document = source.documentKey
        if let index = documents.firstIndex(of: document) {
            if !cities[index].contains(city) { cities[index].append(city) }
            return index + 1
        }
        cities.append([city])
        citations.append(citation)
        documents.append(document)
        return citations.count
    }

    /// "Nantong: publisher, "title", date, address", one a source.
    var lines: [String] {
        zip(cities, citations).map { names, citation in
            names.joined(separator: Labels.listSeparator.text(language)) + Labels.colon.text(language) + citation
        }
    }
}

extension Labels {
    static let handoutSources = LocalizedText(zh: "来源", en: "Sources")
}
