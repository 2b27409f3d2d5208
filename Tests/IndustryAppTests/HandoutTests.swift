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
                    let content = SlideContent.make(slide.view.subject(deckTitle: deck.title), title: slide.title,
                                                    display: state(language).display, dataset: dataset)
                    let heading = "\(index + 1). " + escaped(content.title)
                    let expected = switch format {
                    case .markdown: "## " + heading
                    case .html: "<h2>" + heading + "</h2>"
                    case .text: heading
                    }
                    #expect(lines.contains(expected), "\(format) \(language) lacks the heading of slide \(index + 1)")
                    // Each source on a line of its own with its publisher and date together.
                    for cited in content.sources {
                        let publisher = escaped(cited.source.publisher.text(language)), date = cited.source.date.description
                        #expect(lines.contains { $0.contains(publisher) && $0.contains(date) }, "\(format) \(language): \(publisher)")
                    }
                    // The data's ids are for files and commands, not for readers of the minutes.
                    if slide.view.description.contains(":") {
                        #expect(!lines.contains { $0.contains(slide.view.description) }, "\(format) \(language): \(slide.view)")
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

    @Test func speakerNotesAreInTheHandoutOnlyWhenAskedForInTheChosenLanguage() {
        let zh = Handout.render(sampleDeck, dataset, display: state(.zh).display, format: .text, notes: true)
        let zhNotes = zh.split(separator: "\n").first { $0.hasPrefix("讲稿:百亿级企业:2024年底15家,") }
        #expect(zhNotes?.contains("无法判断进度") == true, "the notes say why no pace is judged")
        let en = Handout.render(sampleDeck, dataset, display: state(.en).display, format: .text, notes: true)
        #expect(en.split(separator: "\n").contains { $0.hasPrefix("Notes: Enterprises of the 10-billion tier: 15 at the end of 2024;") })
        for format in HandoutFormat.allCases {
            for language in Language.allCases {
                let plain = Handout.render(sampleDeck, dataset, display: state(language).display, format: format)
                #expect(!plain.contains(Labels.speakerNotes.text(language)), "\(format) \(language) has notes without --notes")
            }
        }
    }

    @Test func htmlIsSelfContainedAndEscapesMarkup() {
        let hostile = LocalizedText(zh: "<b>R&D</b> \"x\"", en: "<b>R&D</b> \"x\"")
        let deck = Deck(title: hostile, slides: [Deck.Slide(.compare(indicator: "gdp"), notes: hostile)])
        let html = Handout.render(deck, dataset, display: state(.en).display, format: .html)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("&lt;b&gt;R&amp;D&lt;/b&gt; &quot;x&quot;"))
        #expect(!html.contains("<b>"))
        // Sources give their addresses as text; nothing is fetched from elsewhere, links stay in the page.
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("<link"))
        #expect(html.components(separatedBy: "href=").count == html.components(separatedBy: "href=\"#").count)
        #expect(html.contains("https://fgw.nanjing.gov.cn/"))
        #expect(html.contains("<table>") && html.contains("<th>City</th>"))
        #expect(html.components(separatedBy: "<section ").count == html.components(separatedBy: "</section>").count)
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

/// The handout's shape, by whole lines: one list of sources at the end that every figure
/// cites by number, links in HTML, no column that is empty in every row.
@Suite("Handout layout") struct HandoutLayoutTests {
    static let deck = Deck(slides: [Deck.Slide(.overview), Deck.Slide(.compare(indicator: "high-tech-share")),
                                    Deck.Slide(.compare(indicator: "gdp"))])

    static func lines(_ deck: Deck, _ format: HandoutFormat, _ language: Language = .en) -> [String] {
        Handout.render(deck, dataset, display: state(language).display, format: format).split(separator: "\n").map(String.init)
    }

    @Test func aColumnEmptyInEveryRowIsLeftOut() {
        let lines = Self.lines(Self.deck, .markdown)
        // No city has a baseline for high-tech industries; the overview's counts cite no source.
        #expect(lines.contains("| City | Latest | Target | Year | Status | Source |"))
        #expect(lines.contains("| Nantong | 49.6% (2024-12-31) | 50% | 2025 | ? no 2025 data | \\[4\\] |"))
        #expect(lines.contains("| City | achieved | expected met | on track | at risk | behind | pace unknown | no data | qualitative |"))
        // GDP has a baseline in Suzhou, so that table keeps the column.
        #expect(lines.contains("| City | Baseline | Latest | Target | Year | Status | Source |"))
    }

    @Test func eachSourceIsListedOnceAtTheEndAndCitedByItsNumber() {
        let lines = Self.lines(Self.deck, .markdown)
        let heading = try! #require(lines.firstIndex(of: "## Sources"))
        #expect(heading > lines.lastIndex { $0.hasPrefix("## 3. ") }!)
        let sources = lines[(heading + 1)...].filter { !$0.isEmpty }
        #expect(sources.count == Set(sources.map { $0.drop { $0 != " " } }).count, "a source is listed twice")
        #expect(sources[0] == "1. Nantong: Xinhua Daily Jiaohuidian (reporting the Nantong Bureau of Industry and IT's 14th Five-Year Plan results press conference), \"Six key clusters' output to pass 1.3 trillion yuan: Nantong's modern industrial city takes shape\", 2025-12-10, http://zoe-glass.com/shehuixinwen/682489.html (copy: Jiangsu Suxun and zoe-glass.com (reprints, traditional characters))")
        // Suzhou's work report is cited on the overview, and again on both comparisons by the same number.
        #expect(lines.contains("- Suzhou: expected 56.2% (2025-12-31) \\[2\\]"))
        #expect(lines.contains("| Suzhou | expected 56.2% (2025-12-31) |  |  | · no target | \\[2\\] |"))
        #expect(!lines.contains("Sources:"), "no list of sources under each slide")
    }

    @Test func htmlLinksTheContentsToTheSlidesAndTheCitationsToTheSources() {
        let lines = Self.lines(Self.deck, .html)
        #expect(lines.contains("<li><a href=\"#slide-2\">High-tech industries, share of above-scale output</a></li>"))
        #expect(lines.contains("<p><a href=\"#sources\">Sources</a></p>"))
        #expect(lines.contains("<section id=\"slide-2\">"))
        #expect(lines.contains("<section id=\"sources\">"))
        #expect(lines.contains("<tr><td>Nantong</td><td>49.6% (2024-12-31)</td><td>50%</td><td>2025</td><td>? no 2025 data</td><td><a href=\"#source-4\">[4]</a></td></tr>"))
        #expect(lines.contains("<li id=\"source-4\">Nantong: Shanghai Securities News, &quot;Striving seaward: Nantong&#39;s base and momentum&quot;, 2025-04-27, https://reportify.ai/news/1114073890537213952 (copy: reportify.ai (reprint))</li>"))
        // The contents come before the first slide.
        #expect(lines.firstIndex(of: "<nav>")! < lines.firstIndex(of: "<section id=\"slide-1\">")!)
    }

    @Test func countedWordsAgreeWithTheirNumber() {
        let one = Deck(slides: [Deck.Slide(.overview)])
        #expect(Self.lines(one, .markdown).contains("As of 2026-11-25, 1 slide"))
        #expect(Self.lines(Self.deck, .text).contains("As of 2026-11-25, 3 slides"))
        let targets = Self.lines(Deck(slides: [Deck.Slide(.targets(city: "nantong"))]), .markdown)
        #expect(targets.contains("| New well-known trademarks | no data | 1 trademark | 2025 | ? no data | \\[1\\] |")
                || targets.contains { $0.hasPrefix("| New well-known trademarks |") && $0.contains(" | 1 trademark | ") })
    }
}
