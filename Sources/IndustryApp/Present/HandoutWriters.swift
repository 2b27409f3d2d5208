import TerminalKit
import IndustryModel
import IndustryViews

/// Text in a handout that may cite a source by its number in the handout's one list of
/// sources; each writer shows the citation its own way (a link in HTML).
struct HandoutText: Hashable {
    var text: String
    var citation: Int?

    init(_ text: String, citation: Int? = nil) {
        self.text = text
        self.citation = citation
    }
}

/// The blocks a handout is made of, written in one format. The handout decides what to
/// say once; each writer only knows its syntax, escaping and links.
protocol HandoutWriter {
    /// `contents`: the slides' titles, for a table of contents where the format has links.
    mutating func begin(title: String, subtitle: String, language: Language, contents: [String], sourcesHeading: String)
    /// Slide `number`'s heading (its anchor in HTML is `slide-N`).
    mutating func section(number: Int, title: String)
    mutating func paragraph(_ text: String)
    mutating func list(_ items: [HandoutText])
    mutating func table(_ columns: [String], _ rows: [[HandoutText]])
    /// The numbered sources at the end, each once (anchors `source-N` in HTML).
    mutating func sources(heading: String, _ items: [String])
    mutating func end() -> String
}

struct MarkdownWriter: HandoutWriter {
    private var lines: [String] = []

    mutating func begin(title: String, subtitle: String, language: Language, contents: [String], sourcesHeading: String) {
        lines += ["# " + escape(title), "", escape(subtitle)]
    }

    mutating func section(number: Int, title: String) { lines += ["", "## \(number). " + escape(title)] }
    mutating func paragraph(_ text: String) { lines += ["", escape(text)] }
    mutating func list(_ items: [HandoutText]) { lines += [""] + items.map { "- " + inline($0) } }

    mutating func table(_ columns: [String], _ rows: [[HandoutText]]) {
        func row(_ cells: [String]) -> String { "| " + cells.map { $0.replacingPipes() }.joined(separator: " | ") + " |" }
        lines += ["", row(columns.map(escape)), "|" + columns.map { _ in " --- |" }.joined()] + rows.map { row($0.map(inline)) }
    }

    mutating func sources(heading: String, _ items: [String]) {
        lines += ["", "## " + escape(heading), ""] + items.enumerated().map { "\($0.offset + 1). " + escape($0.element) }
    }

    mutating func end() -> String { lines.joined(separator: "\n") + "\n" }

    private func inline(_ text: HandoutText) -> String {
        let cited = text.citation.map { "\\[\($0)\\]" } ?? ""
        return escape(text.text) + (text.text.isEmpty || cited.isEmpty ? "" : " ") + cited
    }

    /// Markdown would read `*`, `_`, `[` in data (the stale star, 「」 quotes are safe) as markup.
    private func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\*_[]<>`#".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}

private extension String {
    func replacingPipes() -> String { split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") }
}

/// A self-contained page: no scripts, no external styles, fonts or links (only links
/// within the page: the contents to the slides, citations to the sources), so it opens
/// anywhere and can be mailed with the minutes.
struct HTMLWriter: HandoutWriter {
    private var parts: [String] = []

    mutating func begin(title: String, subtitle: String, language: Language, contents: [String], sourcesHeading: String) {
        parts += ["<!DOCTYPE html>", "<html lang=\"\(language == .zh ? "zh-CN" : "en")\">", "<head>", "<meta charset=\"utf-8\">",
                  "<title>\(escape(title))</title>",
                  "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
                      + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .5em;text-align:left}</style>",
                  "</head>", "<body>", "<h1>\(escape(title))</h1>", "<p>\(escape(subtitle))</p>", "<nav>", "<ol>"]
        parts += contents.enumerated().map { "<li><a href=\"#slide-\($0.offset + 1)\">\(escape($0.element))</a></li>" }
        parts += ["</ol>", "<p><a href=\"#sources\">\(escape(sourcesHeading))</a></p>", "</nav>"]
    }

    mutating func section(number: Int, title: String) {
        parts += ["<section id=\"slide-\(number)\">", "<h2>\(number). \(escape(title))</h2>"]
    }

    mutating func paragraph(_ text: String) { parts.append("<p>\(escape(text))</p>") }
    mutating func list(_ items: [HandoutText]) { parts.append("<ul>" + items.map { "<li>\(inline($0))</li>" }.joined() + "</ul>") }

    mutating func table(_ columns: [String], _ rows: [[HandoutText]]) {
        let head = "<tr>" + columns.map { "<th>\(escape($0))</th>" }.joined() + "</tr>"
        let body = rows.map { "<tr>" + $0.map { "<td>\(inline($0))</td>" }.joined() + "</tr>" }.joined(separator: "\n")
        parts.append("<table>\n<thead>\(head)</thead>\n<tbody>\n\(body)\n</tbody>\n</table>")
    }

    mutating func sources(heading: String, _ items: [String]) {
        parts += ["<section id=\"sources\">", "<h2>\(escape(heading))</h2>", "<ol>"]
        parts += items.enumerated().map { "<li id=\"source-\($0.offset + 1)\">\(escape($0.element))</li>" }
        parts += ["</ol>"]
    }

    mutating func end() -> String {
        // Each section is closed before the next opens and at the end.
        var result: [String] = []
        var open = false
        for part in parts {
            if part.hasPrefix("<section") {
                if open { result.append("</section>") }
                open = true
            }
            result.append(part)
        }
        if open { result.append("</section>") }
        return (result + ["</body>", "</html>"]).joined(separator: "\n") + "\n"
    }

    private func inline(_ text: HandoutText) -> String {
        let cited = text.citation.map { "<a href=\"#source-\($0)\">[\($0)]</a>" } ?? ""
        return escape(text.text) + (text.text.isEmpty || cited.isEmpty ? "" : " ") + cited
    }

    /// Data text never becomes markup: a name with `<`, `&` or quotes shows as written.
    private func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}

/// Plain text for mail and pipes; table columns aligned by display width (Chinese takes two).
struct TextWriter: HandoutWriter {
    private var lines: [String] = []

    mutating func begin(title: String, subtitle: String, language: Language, contents: [String], sourcesHeading: String) {
        lines += [title, String(repeating: "=", count: max(3, CellWidth.of(title))), subtitle]
    }

    mutating func section(number: Int, title: String) { heading("\(number). " + title) }

    private mutating func heading(_ title: String) {
        lines += ["", title, String(repeating: "-", count: max(3, CellWidth.of(title)))]
    }

    mutating func paragraph(_ text: String) { lines.append(text) }
    mutating func list(_ items: [HandoutText]) { lines += items.map { "  - " + inline($0) } }

    mutating func table(_ columns: [String], _ rows: [[HandoutText]]) {
        let all = [columns] + rows.map { $0.map(inline) }
        let widths = columns.indices.map { column in all.map { column < $0.count ? CellWidth.of($0[column]) : 0 }.max() ?? 0 }
        func row(_ cells: [String]) -> String {
            let padded = widths.indices.map { TextFit.pad($0 < cells.count ? cells[$0] : "", to: widths[$0]) }
            let line = "  " + padded.joined(separator: "  ")
            return String(line.reversed().drop { $0 == " " }.reversed())
        }
        lines += [row(columns), "  " + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")] + all.dropFirst().map(row)
    }

    mutating func sources(heading: String, _ items: [String]) {
        self.heading(heading)
        lines += items.enumerated().map { "  [\($0.offset + 1)] " + $0.element }
    }

    mutating func end() -> String { lines.joined(separator: "\n") + "\n" }

    private func inline(_ text: HandoutText) -> String {
        let cited = text.citation.map { "[\($0)]" } ?? ""
        return text.text + (text.text.isEmpty || cited.isEmpty ? "" : " ") + cited
    }
}
