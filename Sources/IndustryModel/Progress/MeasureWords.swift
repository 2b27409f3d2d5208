/// English nouns after a number: "1 trademark", "2 trademarks". The data's measure words
/// and the program's own counted words are written in the plural; one of them reads
/// singular. Chinese needs nothing (1家, 2家).
public enum MeasureWords {
    /// `plural` as it reads after `number` (the number as printed, so 1.001 shown as "1"
    /// is one): singular after "1", else as written.
    public static func english(_ plural: String, counting number: String) -> String {
        number == "1" || number == "-1" ? singular(plural) : plural
    }

    /// "\(count) slides" with the noun agreeing: "1 slide".
    public static func counted(_ count: Int, _ plural: String) -> String {
        "\(count) " + english(plural, counting: "\(count)")
    }

    /// Each word of a plural made singular ("workshops (factories)" is "workshop (factory)"):
    /// `-ies` to `-y`, a final `-s` dropped; brackets around a word are kept, and a word of
    /// another form ("of", "PFLOPS" aside: units are not measure words) is kept.
    public static func singular(_ plural: String) -> String {
        plural.split(separator: " ", omittingEmptySubsequences: false).map { word in
            let text = String(word)
            let opening = String(text.prefix { "([".contains($0) })
            let closing = String(text.reversed().prefix { ")],".contains($0) }.reversed())
            guard opening.count + closing.count < text.count else { return text }
            let core = String(text.dropFirst(opening.count).dropLast(closing.count))
            return opening + singularWord(core) + closing
        }.joined(separator: " ")
    }

    private static func singularWord(_ word: String) -> String {
        guard word.count > 3, word.allSatisfy(\.isLowercase) else { return word }
        if word.hasSuffix("ies") { return String(word.dropLast(3)) + "y" }
        if word.hasSuffix("s") && !word.hasSuffix("ss") { return String(word.dropLast()) }
        return word
    }
}
