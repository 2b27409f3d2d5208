import FileFormats
/// Just enough JSON writing for the generator: quoted strings, numbers, objects and
/// arrays as text. Keys keep the order given, so output is byte-for-byte repeatable.
enum JSONText {
    static func string(_ text: String) -> String { JSONWriter.literal(text) }

    /// Whole numbers without ".0", the rest as Swift's shortest round-trip form.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// `{"zh": …, "en": …}`.
    static func localized(_ zh: String, _ en: String) -> String {
        object([("zh", string(zh)), ("en", string(en))])
    }

    /// Members whose value is already JSON text; nil values are left out.
    static func object(_ members: [(String, String?)]) -> String {
        "{" + members.compactMap { key, value in value.map { string(key) + ": " + $0 } }.joined(separator: ", ") + "}"
    }

    static func array(_ items: [String], multiline: Bool = false) -> String {
        multiline ? "[\n    " + items.joined(separator: ",\n    ") + "\n  ]" : "[" + items.joined(separator: ", ") + "]"
    }
}
