import TerminalKit
import BuiltinData
import IndustryApp
import IndustryModel
import IndustryViews
import Testing

private let dataset = try! BuiltinData.load()
private let sampleDeck = try! Deck.parse(BuiltinData.deck, file: "deck.json5", dataset: dataset)

private func state(_ language: Language) -> DashboardState {
    DashboardState(cityID: "nantong", language: language, asOf: Day(iso: "2026-11-25")!)
}

@Suite("Handouts") struct HandoutTests {
    @Test(arguments: HandoutFormat.allCases)
    func everySlideTitleAndSourceIsInTheHandout(format: HandoutFormat) {
        for language in Language.allCases {
            for deck in [sampleDeck, Deck.default(dataset)] {
                let lines = Handout.render(deck, dataset, display: state(language).display, format: format)
                    .split(separator: "\n").map(String.init)
                let escaped = { (value: String) in
                    format == .html ? value.replacing("&", with: "&amp;").replacing("\"", with: "&quot;").replacing("'", with: "&#39;")
                        : value
                }
                for (index, slide) in deck.slides.enumerated() {
                    let subject = slide.view.subject(deckTitle: deck.title)
                    let content = SlideContent.make(subject, title: slide.title, display: state(language).display, dataset: dataset)
                    let heading = "\(index + 1). " + escaped(content.title)
                    let expected = switch format {
                    case .markdown: "## " + heading
                    case .html: "<h2>" + heading + "</h2>"
                    case .text: heading + "  [\(slide.view.description)]"
                    }
                    #expect(lines.contains(expected), "\(format) \(language) lacks the heading of slide \(index + 1)")
                    // Each source on a line of its own with its publisher and date together.
                    for cited in content.sources {
                        let publisher = escaped(cited.source.publisher.text(language)), date = cited.source.date.description
                        #expect(lines.contains { $0.contains(publisher) && $0.contains(date) }, "\(format) \(language): \(publisher)")
                    }
                }
            }
        }
    }

    @Test func aTargetsSectionListsEachTargetWithBaselineLatestTargetYearStatusAndSource() {
        let deck = Deck(slides: [Deck.Slide(.targets(city: "nantong"))])
        let markdown = Handout.render(deck, dataset, display: state(.en).display, format: .markdown)
        let lines = markdown.split(separator: "\n").map(String.init)
        // Whole table rows, cell by cell.
        #expect(lines.contains("| Indicator | Baseline | Latest | Target | Year | Status | Source |"))
        #expect(lines.contains("| Industrial enterprises with revenue over 10 billion yuan |  | 15 enterprises (2024-12-31) | 20 enterprises | 2025 | ? no 2025 data | \\[2\\] |"))
        #expect(lines.contains("| Output of the six key clusters | 1.08 trillion yuan (2023-12-31) | expected over 1.3 trillion yuan (2025-12-31) | striving for over 1.3 trillion yuan | 2025 | + expected met | \\[2\\] |"))
        #expect(lines.contains { $0.hasPrefix("2. Nantong: Xinhua Daily Jiaohuidian (reporting the Nantong Bureau of Industry and IT's") })
        // Every source says where it can be read.
        #expect(lines.contains { $0.contains(", 2025-12-10, http://zoe-glass.com/shehuixinwen/682489.html (copy: ") })
        // Every target, not just those that fit on the screen.
        let rows = markdown.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Indicator") && !$0.hasPrefix("| ---") }
        #expect(rows.count == dataset.city("nantong")!.targeted.count)
    }

    @Test func speakerNotesAreInTheHandoutInTheChosenLanguage() {
        let zh = Handout.render(sampleDeck, dataset, display: state(.zh).display, format: .text)
        let zhNotes = zh.split(separator: "\n").first { $0.hasPrefix("讲稿:百亿级企业:2024年底15家,") }
        #expect(zhNotes?.contains("无法判断进度") == true, "the notes say why no pace is judged")
        let en = Handout.render(sampleDeck, dataset, display: state(.en).display, format: .text)
        #expect(en.split(separator: "\n").contains { $0.hasPrefix("Notes: Enterprises of the 10-billion tier: 15 at the end of 2024;") })
    }

    @Test func htmlIsSelfContainedAndEscapesMarkup() {
        let hostile = LocalizedText(zh: "<b>R&D</b> \"x\"", en: "<b>R&D</b> \"x\"")
        let deck = Deck(title: hostile, slides: [Deck.Slide(.compare(indicator: "gdp"), notes: hostile)])
        let html = Handout.render(deck, dataset, display: state(.en).display, format: .html)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("&lt;b&gt;R&amp;D&lt;/b&gt; &quot;x&quot;"))
        #expect(!html.contains("<b>"))
        // Sources give their addresses as text; nothing is fetched from elsewhere.
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("<link") && !html.contains("href="))
        #expect(html.contains("https://fgw.nanjing.gov.cn/"))
        #expect(html.contains("<table>") && html.contains("<th>City</th>"))
        #expect(html.components(separatedBy: "<section>").count == html.components(separatedBy: "</section>").count)
    }

    @Test func textTablesLineUpChineseByDisplayWidth() throws {
        let deck = Deck(slides: [Deck.Slide(.overview)])
        let lines = Handout.render(deck, dataset, display: state(.zh).display, format: .text).split(separator: "\n").map(String.init)
        let rule = try #require(lines.firstIndex { $0.hasPrefix("  ----") })
        // Each column starts where its rule starts, in display columns (Chinese takes two).
        let starts = lines[rule].indices.filter { lines[rule][$0] == "-" && (lines[rule][lines[rule].index(before: $0)] == " ") }
            .map { lines[rule].distance(from: lines[rule].startIndex, to: $0) }
        for line in lines[(rule - 1)...(rule + 3)] where line != lines[rule] {
            var column = 0
            var cellStarts: [Int] = []
            var previous: Character = " "
            for character in line {
                if character != " " && previous == " " { cellStarts.append(column) }
                column += CellWidth.of(character)
                previous = character
            }
            #expect(cellStarts == starts, "|\(line)|")
        }
    }
}
