/// What every reader of JSON files (city files, themes, decks) says the same way.
extension JSONValue {
    /// A value as an error message shows it: a string in quotes, cut to 40 characters; a
    /// whole number without a fraction; anything else by its type.
    public var brief: String {
        switch kind {
        case .string(let text): return "\"\(text.prefix(40))\""
        case .number(let number): return number == number.rounded() && abs(number) < 1e15 ? "\(Int(number))" : "\(number)"
        default: return typeName
        }
    }
}
