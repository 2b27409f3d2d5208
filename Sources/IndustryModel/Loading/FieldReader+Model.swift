import FileFormats

/// The parts of reading a city file that know the model's types: bilingual text and days.
extension FieldReader {
    public func text(_ key: String, required: Bool = true) -> LocalizedText? {
        guard let value = value(key, required: required) else { return nil }
        return FieldReader.localized(value, what: "'\(key)'", log: log)
    }

    public func day(_ key: String, required: Bool = true) -> Day? {
        guard let value = value(key, required: required) else { return nil }
        guard case .string(let text) = value.kind, let day = ISODay.parse(text) else {
            return typeError(key, "a date written YYYY-MM-DD", value)
        }
        return day
    }

    public static func localized(_ value: JSONValue, what: String, log: DiagnosticLog) -> LocalizedText? {
        guard let reader = FieldReader(value, what: what, log: log) else { return nil }
        let zh = reader.string("zh")
        let en = reader.string("en")
        reader.finish()
        guard let zh, let en else { return nil }
        return LocalizedText(zh: zh, en: en)
    }

}
