/// Numbers as the documents write them: 13000亿元 is "1.3万亿元" in Chinese and
/// "1.3 trillion yuan" in English. Pure string work, no Foundation formatters.
public enum FigureFormat {
    /// A plain decimal with at most `decimals` places and no trailing zeros: 13.5, 72, 0.25.
    public static func decimal(_ value: Double, decimals: Int = 2) -> String {
        guard value.isFinite else { return "?" }
        let decimals = max(0, decimals)
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (abs(value) * scale).rounded()
        guard rounded < 9e15 else { return value < 0 ? "-∞" : "∞" }
        let whole = Int(rounded / scale)
        var fraction = Int(rounded) - whole * Int(scale)
        var digits = decimals
        while digits > 0 && fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let sign = value < 0 && rounded > 0 ? "-" : ""
        guard digits > 0 else { return sign + grouped(whole) }
        var fractionText = String(fraction)
        while fractionText.count < digits { fractionText = "0" + fractionText }
        return sign + grouped(whole) + "." + fractionText
    }

    /// Thousands separators for English readers; Chinese figures use 万 instead (see `value`).
    static func grouped(_ number: Int) -> String {
        let digits = String(number)
        guard digits.count > 4 else { return digits }
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return result
    }

    /// A figure with its unit, in the reader's language.
    public static func value(_ value: Double, unit: Unit, measure: LocalizedText? = nil, language: Language) -> String {
        switch (unit, language) {
        case (.percent, _), (.share, _):
            return decimal(value) + "%"
        case (.yiYuan, .zh):
            return abs(value) >= 10_000 ? decimal(value / 10_000) + "万亿元" : decimal(value) + "亿元"
        case (.yiYuan, .en):
            return abs(value) >= 10_000 ? decimal(value / 10_000) + " trillion yuan" : decimal(value / 10) + " billion yuan"
        case (.petaflops, .zh):
            return decimal(value) + "P"
        case (.petaflops, .en):
            return decimal(value) + " PFLOPS"
        case (.count, .zh):
            let number = abs(value) >= 10_000 ? decimal(value / 10_000) + "万" : decimal(value)
            return number + (measure?.zh ?? "")
        case (.count, .en):
            let number = decimal(value)
            return number + (measure.map { " " + MeasureWords.english($0.en, counting: number) } ?? "")
        case (.index, _), (.unspecified, _):
            return decimal(value)
        }
    }

    /// The figure with the document's qualifiers: "预计超1.3万亿元" / "expected over 1.3 trillion yuan".
    public static func qualified(_ value: Double, unit: Unit, measure: LocalizedText?, qualifiers: [Qualifier],
                                 language: Language) -> String {
        let number = self.value(value, unit: unit, measure: measure, language: language)
        let shown = qualifiers.filter { $0 != .cumulative && $0 != .new }
        guard !shown.isEmpty else { return number }
        switch language {
        case .zh:
            let about = shown.contains(.about)
            let prefix = shown.filter { $0 != .about && $0 != .atLeast }.map { $0.label.zh }.joined()
            let suffix = (shown.contains(.atLeast) ? "以上" : "") + (about ? "左右" : "")
            return prefix + number + suffix
        case .en:
            return shown.map { $0.label.en }.joined(separator: " ") + " " + number
        }
    }
}
