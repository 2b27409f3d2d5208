import TerminalKit
import IndustryModel

/// Speaker notes worked out from what a slide shows, for a slide whose deck gives none, so
/// `idash follow --notes` helps without a deck file: for each big figure what it is, its
/// date, the document's own words, who published it and when, and its status and why; for
/// a slide without one, its headline and counts.
extension SlideContent {
    public func generatedNotes(_ language: Language) -> String {
        var paragraphs: [String] = []
        if !headline.isEmpty { paragraphs.append(headline + ".") }
        if !subtitle.isEmpty && !isTitlePage { paragraphs.append(subtitle) }
        for figure in figures {
            var lines = [figure.label + ": " + figure.figure + (figure.date.isEmpty ? "" : " (\(figure.date))")]
            if !figure.wording.isEmpty { lines.append(Labels.wordingLine(figure.wording, language)) }
            if let cited = figure.source {
                lines.append(Labels.publishedBy(cited.source.citation(language, dated: false), cited.source.date.description, language))
            }
            let verdict = [figure.status, figure.reason, figure.target].filter { !$0.isEmpty }.joined(separator: "; ")
            if !verdict.isEmpty { lines.append(verdict) }
            paragraphs.append(lines.joined(separator: "\n"))
        }
        if figures.isEmpty {
            paragraphs += items.prefix(SlideView.itemLimit).map { item in
                [item.label, item.figure, item.status].filter { !$0.isEmpty }.joined(separator: ": ")
            }
        }
        return (paragraphs + notes).joined(separator: "\n\n")
    }
}

extension Labels {
    static let shareReached = LocalizedText(zh: "已完成目标", en: "share of target reached")

    static func wordingLine(_ wording: String, _ language: Language) -> String {
        language == .zh ? "原文:「\(wording)」" : "In the document: 「\(wording)」"
    }

    static func publishedBy(_ citation: String, _ day: String, _ language: Language) -> String {
        language == .zh ? "来源:\(citation),\(day)发布" : "Published by \(citation) on \(day)"
    }
}
