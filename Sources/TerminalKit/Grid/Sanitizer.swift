/// Makes text from data or themes safe to draw: control characters and escape sequences
/// are replaced by visible placeholders of width 1, never sent to the terminal. A name
/// carrying ESC, an OSC 52 clipboard write or a bidi override then shows as what it is.
public enum Sanitizer {
    public static func clean(_ text: String, ascii: Bool = false) -> String {
        if isPrintableASCII(text) { return text }
        let text = ascii ? transliterated(text) : text
        guard text.unicodeScalars.contains(where: needsReplacing) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            guard needsReplacing(scalar) else {
                result.append(scalar)
                continue
            }
            result.append(ascii ? "?" : placeholder(scalar))
        }
        return String(result)
    }

    /// For ASCII mode, before text is measured: typographic punctuation and arrows as the
    /// ASCII a typewriter would use ("…" three dots, "→" "->"), so a stand-in never takes a
    /// glyph that means something else on screen. Chinese is kept.
    static func transliterated(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        var result = ""
        for character in text {
            switch character {
            case "…": result += "..."
            case "→": result += "->"
            case "←": result += "<-"
            case "↑": result += "^"
            case "↓": result += "v"
            case "↵", "⏎": result += "Enter"
            case "“", "”", "„", "″": result += "\""
            case "‘", "’", "′": result += "'"
            case "·", "•", "∙": result += "-"
            case "—": result += "--"
            case "–": result += "-"
            case "›", "»": result += "/"
            case "≥": result += ">="
            case "≤": result += "<="
            default: result.append(character)
            }
        }
        return result
    }

    /// For ASCII mode: one ASCII stand-in for a narrow non-ASCII character (typographic
    /// punctuation, arrows, block glyphs). Wide characters (Chinese) are kept: `--ascii` is
    /// for borders, and a terminal that cannot show them at all is handled by the backend.
    public static func asciiStandIn(_ text: String) -> String {
        guard let scalar = text.unicodeScalars.first, !scalar.isASCII, CellWidth.of(Character(text)) == 1 else { return text }
        switch scalar {
        case "“", "”", "„", "″": return "\""
        case "‘", "’", "′": return "'"
        case "·", "•", "∙", "—", "–", "─", "━", "┌", "┐", "└", "┘": return "-"
        case "›", "»": return "/"
        case "→", "▸", "▶", "▷": return "*"
        case "↑", "▲": return "^"
        case "↓", "▼": return "v"
        case "…": return "."
        case "│", "┃", "┊": return "|"
        case "✓", "✔": return "+"
        case "✗", "✘": return "x"
        default: return "?"
        }
    }

    /// Text of printable ASCII only (0x20 to 0x7E): nothing in it needs replacing and each
    /// byte is one narrow cell, so writing and measuring it may skip both rules. Most text
    /// on screen is this (numbers, dates, English labels).
    public static func isPrintableASCII(_ text: some StringProtocol) -> Bool {
        // Over the contiguous bytes when there are (any native string): a plain loop the
        // compiler unrolls, where the UTF-8 view's iterator costs a call a byte.
        if let answer = text.utf8.withContiguousStorageIfAvailable({ bytes in
            bytes.allSatisfy { $0 &- 0x20 < 0x5F }
        }) { return answer }
        return text.utf8.allSatisfy { $0 &- 0x20 < 0x5F }
    }

    static func needsReplacing(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (v >= 0x7F && v < 0xA0) || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
    }

    /// C0 controls become their Control Pictures (ESC shows as ␛), DEL ␡, the rest ␦.
    static func placeholder(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let v = scalar.value
        if v < 0x20 { return Unicode.Scalar(0x2400 + v)! }
        if v == 0x7F { return "\u{2421}" }
        return "\u{2426}"
    }
}
