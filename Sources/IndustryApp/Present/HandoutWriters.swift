import TerminalKit
import IndustryModel
import IndustryViews

/// The blocks a handout is made of, written in one format. The handout decides what to
/// say once; each writer only knows its syntax and escaping.
protocol HandoutWriter {
    mutating func begin(title: String, subtitle: String, language: Language)
    /// A slide's heading; `view` names the view it shows (city:nantong).
    mutating func section(_ title: String, view: String)
    mutating func paragraph(_ text: String)
    mutating func list(_ items: [String])
    mutating func numbered(_ items: [String])
    mutating func table(_ columns: [String], _ rows: [[String]])
    mutating func end() -> String
}

struct MarkdownWriter: HandoutWriter {
    private var lines: [String] = []

    mutating func begin(title: String, subtitle: String, language: Language) {
        lines += ["# " + escape(title), "", escape(subtitle)]
    }

    mutating func section(_ title: String, view: String) {
        lines += ["", "## " + escape(title), "", "`" + view + "`"]
    }

    mutating func paragraph(_ text: String) { lines += ["", escape(text)] }
    mutating func list(_ items: [String]) { lines += [""] + items.map { "- " + escape($0) } }
    mutating func numbered(_ items: [String]) { lines += [""] + items.enumerated().map { "\($0.offset + 1). " + escape($0.element) } }

    mutating func table(_ columns: [String], _ rows: [[String]]) {
        func row(_ cells: [String]) -> String { "| " + cells.map { escape($0).replacingPipes() }.joined(separator: " | ") + " |" }
        lines += ["", row(columns), "|" + columns.map { _ in " --- |" }.joined()] + rows.map(row)
    }

    mutating func end() -> String { lines.joined(separator: "\n") + "\n" }

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

/// A self-contained page: no scripts, no external styles or fonts, so it opens anywhere and
/// can be mailed with the minutes.
struct HTMLWriter: HandoutWriter {
    private var parts: [String] = []

    mutating func begin(title: String, subtitle: String, language: Language) {
        parts += ["<!DOCTYPE html>", "<html lang=\"\(language == .zh ? "zh-CN" : "en")\">", "<head>", "<meta charset=\"utf-8\">",
                  "<title>\(escape(title))</title>",
                  "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto;padding:0 1em}"
                      + "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .5em;text-align:left}"
                      + "code{color:#555}</style>",
                  "</head>", "<body>", "<h1>\(escape(title))</h1>", "<p>\(escape(subtitle))</p>"]
    }

    mutating func section(_ title: String, view: String) {
        parts += ["<section>", "<h2>\(escape(title))</h2>", "<p><code>\(escape(view))</code></p>"]
    }

    mutating func paragraph(_ text: String) { parts.append("<p>\(escape(text))</p>") }
    mutating func list(_ items: [String]) { parts.append("<ul>" + items.map { "<li>\(escape($0))</li>" }.joined() + "</ul>") }
    mutating func numbered(_ items: [String]) { parts.append("<ol>" + items.map { "<li>\(escape($0))</li>" }.joined() + "</ol>") }

    mutating func table(_ columns: [String], _ rows: [[String]]) {
        let head = "<tr>" + columns.map { "<th>\(escape($0))</th>" }.joined() + "</tr>"
        let body = rows.map { "<tr>" + $0.map { "<td>\(escape($0))</td>" }.joined() + "</tr>" }.joined(separator: "\n")
        parts.append("<table>\n<thead>\(head)</thead>\n<tbody>\n\(body)\n</tbody>\n</table>")
    }

    mutating func end() -> String {
        // Each section is closed before the next opens and at the end.
        var result: [String] = []
        var open = false
        for part in parts {
            if part == "<section>" {
                if open { result.append("</section>") }
                open = true
            }
            result.append(part)
        }
        if open { result.append("</section>") }
        return (result + ["</body>", "</html>"]).joined(separator: "\n") + "\n"
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

    mutating func begin(title: String, subtitle: String, language: Language) {
        lines += [title, String(repeating: "=", count: max(3, CellWidth.of(title))), subtitle]
    }

    mutating func section(_ title: String, view: String) {
        lines += ["", title + "  [" + view + "]", String(repeating: "-", count: max(3, CellWidth.of(title)))]
    }

    mutating func paragraph(_ text: String) { lines.append(text) }
    mutating func list(_ items: [String]) { lines += items.map { "  - " + $0 } }
    mutating func numbered(_ items: [String]) { lines += items.enumerated().map { "  [\($0.offset + 1)] " + $0.element } }

    mutating func table(_ columns: [String], _ rows: [[String]]) {
        let all = [columns] + rows
        let widths = columns.indices.map { column in all.map { column < $0.count ? CellWidth.of($0[column]) : 0 }.max() ?? 0 }
        func row(_ cells: [String]) -> String {
            let padded = widths.indices.map { TextFit.pad($0 < cells.count ? cells[$0] : "", to: widths[$0]) }
            let line = "  " + padded.joined(separator: "  ")
            return String(line.reversed().drop { $0 == " " }.reversed())
        }
        lines += [row(columns), "  " + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")] + rows.map(row)
    }

    mutating func end() -> String { lines.joined(separator: "\n") + "\n" }
}
