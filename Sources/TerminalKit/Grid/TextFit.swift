/// Fitting text into a number of columns, measured in cells, never characters or bytes.
public enum TextFit {
    /// The text cut to `width` columns; a cut text ends with the ellipsis, and a wide
    /// character that does not fit whole is dropped rather than split.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        guard CellWidth.of(text) > width else { return text }
        let room = width - CellWidth.of(ellipsis)
        guard room >= 0 else { return String(repeating: ".", count: width) }
        // Where text of lone scalars (`CellWidth.standsAlone`) stops fitting, found scalar by
        // scalar: a scalar is a character there, so no breaking into clusters is needed.
        let cut = text.unicodeScalars.allSatisfy(CellWidth.standsAlone)
            ? fittingEnd(text.unicodeScalars, room: room, width: CellWidth.of)
            : fittingEnd(text, room: room, width: CellWidth.of)
        var result = String(text[..<cut])
        // No space before the ellipsis: "南通 船舶…" rather than "南通 …".
        while result.last == " " { result.removeLast() }
        return result + ellipsis
    }

    /// The index after the longest prefix of `items` that fits in `room` columns.
    private static func fittingEnd<Items: Collection>(_ items: Items, room: Int, width: (Items.Element) -> Int) -> Items.Index {
        var used = 0
        var end = items.startIndex
        while end != items.endIndex {
            used += width(items[end])
            if used > room { break }
            items.formIndex(after: &end)
        }
        return end
    }

    /// The text padded with spaces to exactly `width` columns (truncated first if longer).
    public static func pad(_ text: String, to width: Int, alignRight: Bool = false, ellipsis: String = "…") -> String {
        let cut = truncate(text, to: width, ellipsis: ellipsis)
        let gap = String(repeating: " ", count: max(0, width - CellWidth.of(cut)))
        return alignRight ? gap + cut : cut + gap
    }

    /// Breaks text into lines of at most `width` columns, at spaces where it can (English)
    /// and between any two characters where it must (Chinese has no spaces).
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        return WrapCache.lines(text, width: width) { wrapLines(text, width: width) }
    }

    private static func wrapLines(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var used = 0
        var lastSpace: String.Index?
        // Where a line without spaces (Chinese) may break: never inside a number, a word or
        // a date ("3.6%", "2024-08-05"), nor before closing or after opening punctuation.
        var lastBreak: String.Index?
        var previous: Character?
        for character in text {
            let w = CellWidth.of(character)
            if used + w > width {
                if let space = lastSpace, character != " " {
                    let rest = String(line[line.index(after: space)...])
                    lines.append(String(line[..<space]))
                    line = rest
                    used = CellWidth.of(rest)
                } else if character != " ", let previous, !canBreak(between: previous, and: character),
                          let point = lastBreak, point > line.startIndex {
                    // Not here (inside "3.6%", before "、"): at the last place that may break.
                    let rest = String(line[point...])
                    lines.append(String(line[..<point]))
                    line = rest
                    used = CellWidth.of(rest)
                } else {
                    lines.append(line)
                    line = ""
                    used = 0
                }
                lastSpace = nil
                lastBreak = nil
                if character == " " { previous = character; continue }
            }
            if character == " " { lastSpace = line.endIndex }
            if let previous, !line.isEmpty, canBreak(between: previous, and: character) { lastBreak = line.endIndex }
            line.append(character)
            used += w
            previous = character
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// Characters that stay together at the end of a line: letters, digits and the
    /// punctuation inside numbers and dates.
    private static func glues(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || ".%,-/:'_+".contains(c))
    }

    /// Whether a line may end between `a` and `b`.
    static func canBreak(between a: Character, and b: Character) -> Bool {
        if glues(a) && glues(b) { return false }
        if "、，。）)」》：；！？%".contains(b) { return false }
        if "（(「《“".contains(a) { return false }
        return true
    }

    /// Wrapped as `wrap`, each line after the first starting `hangingIndent` cells in (so
    /// a labelled paragraph reads as one item), and each newline starting a new line. A
    /// paragraph's leading spaces indent its first line, and its others at least as far.
    public static func wrap(_ text: String, width: Int, hangingIndent: Int) -> [String] {
        guard width > 0 else { return [] }
        return WrapCache.lines(text, width: width, indent: hangingIndent) { wrapParagraphs(text, width: width, hangingIndent: hangingIndent) }
    }

    private static func wrapParagraphs(_ text: String, width: Int, hangingIndent: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let body = paragraph.drop { $0 == " " }
            let lead = Swift.min(paragraph.count - body.count, width / 2)
            let indent = Swift.min(Swift.max(lead, hangingIndent), width / 2)
            let first = wrap(String(body), width: width - lead).first ?? ""
            lines.append(String(repeating: " ", count: lead) + first)
            let rest = body.dropFirst(first.count).drop { $0 == " " }
            let pad = String(repeating: " ", count: indent)
            if !rest.isEmpty { lines += wrap(String(rest), width: width - indent).map { pad + $0 } }
        }
        return lines
    }

    /// Centre `text` in `width` columns.
    public static func center(_ text: String, in width: Int, ellipsis: String = "…") -> String {
        let cut = truncate(text, to: width, ellipsis: ellipsis)
        let gap = max(0, width - CellWidth.of(cut))
        return String(repeating: " ", count: gap / 2) + cut + String(repeating: " ", count: gap - gap / 2)
    }
}
