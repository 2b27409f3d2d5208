/// Reads the fields of one JSON object, reporting wrong types, missing and unknown fields
/// with their positions, in one wording for every file (city files, themes, decks). Every
/// field read is marked used; `finish()` reports the rest with the fields that were expected.
/// A value a syntax error made unreadable (`JSONParser.parseRecovering`) has its error
/// reported already: the reader passes over it without a word.
public final class FieldReader {
    public let position: TextPosition
    public let log: DiagnosticLog
    private let what: String
    private let members: [JSONMember]
    /// Per member, whether a read asked for its key. An array, not a set of keys: objects
    /// have a handful of fields, and a large data set has millions of objects.
    private var used: [Bool]
    /// A member whose key could not be read: any field may be the one it was, so none is
    /// said to be missing.
    private let lostAKey: Bool
    /// Where this reader's asked keys start in the log's list (see `DiagnosticLog.askedKeys`).
    private let askedStart: Int

    /// Nil (with a diagnostic) when the value is not an object. `kind` names what the keys
    /// are in messages: fields, or the entries of a map such as a theme's roles.
    public init?(_ value: JSONValue, what: String, log: DiagnosticLog, kind: String = "field") {
        guard case .object(let members) = value.kind else {
            if !value.isUnreadable { log.error("\(what) must be an object, found \(value.typeName)", at: value.position) }
            return nil
        }
        self.members = members
        self.position = value.position
        self.what = what
        self.log = log
        askedStart = log.askedKeys.count
        // A member without its key cannot be read or be unknown; one with its key can still
        // be an unknown field, which is worth saying beside its syntax error.
        used = Array(repeating: false, count: members.count)
        var lostAKey = false
        for (index, member) in members.enumerated() where member.key.isEmpty && member.value.isUnreadable {
            used[index] = true
            lostAKey = true
        }
        self.lostAKey = lostAKey
        // Pairwise: cheaper than hashing every key for objects of a few fields.
        for (index, member) in members.enumerated() where !member.value.isUnreadable {
            if let first = members[..<index].first(where: { $0.key == member.key && !$0.value.isUnreadable }) {
                log.error("duplicate \(kind) '\(member.key)' in \(what) (first at \(first.keyPosition))", at: member.keyPosition)
            }
        }
    }

    /// Readers nest (a city's indicators inside the city): each gives back the keys it asked
    /// for when it goes, so its parent's list continues where it left it.
    deinit {
        if askedStart < log.askedKeys.count { log.askedKeys.removeSubrange(askedStart...) }
    }

    /// Every member, each key once in file order, all marked read: for a map whose keys are
    /// data (a theme's roles), which the caller checks itself.
    public func entries() -> [JSONMember] {
        for index in used.indices { used[index] = true }
        var seen: Set<String> = []
        return members.filter { !($0.key.isEmpty && $0.value.isUnreadable) && seen.insert($0.key).inserted }
    }

    public func bool(_ key: String, required: Bool = true) -> Bool? {
        guard let value = value(key, required: required) else { return nil }
        guard case .bool(let flag) = value.kind else { return typeError(key, "true or false", value) }
        return flag
    }

    /// Whether the object has the key at all, null included (a protocol that tells a null
    /// from an absent field).
    public func contains(_ key: String) -> Bool { members.contains { $0.key == key } }

    /// Whether the object has the field with a value other than null (a wrong type is
    /// reported when it is read).
    public func has(_ key: String) -> Bool {
        members.contains { member in
            guard member.key == key else { return false }
            if case .null = member.value.kind { return false }
            return true
        }
    }

    /// The raw value of a field, or nil (with a diagnostic if it was required).
    public func value(_ key: String, required: Bool = true) -> JSONValue? {
        log.askedKeys.append(key)
        var found: JSONMember?
        for index in members.indices where members[index].key == key {
            used[index] = true  // a duplicate of a read field is reported as such, not as unknown
            if found == nil { found = members[index] }
        }
        guard let member = found else {
            if required && !lostAKey { log.error("missing field '\(key)' in \(what)", at: position) }
            return nil
        }
        if case .null = member.value.kind, !required { return nil }
        return member.value.isUnreadable ? nil : member.value
    }

    public func string(_ key: String, required: Bool = true) -> String? {
        guard let value = value(key, required: required) else { return nil }
        guard case .string(let text) = value.kind else { return typeError(key, "a string", value) }
        if required && text.isEmpty {
            log.error("field '\(key)' must not be empty", at: value.position)
            return nil
        }
        return text
    }

    /// A non-empty string and where it stands, for references checked later.
    public func located(_ key: String, required: Bool = true) -> (text: String, position: TextPosition)? {
        guard let value = value(key, required: required) else { return nil }
        guard case .string(let text) = value.kind, !text.isEmpty else { return typeError(key, "a non-empty string", value) }
        return (text, value.position)
    }

    public func number(_ key: String, required: Bool = true) -> Double? {
        guard let value = value(key, required: required) else { return nil }
        guard case .number(let number) = value.kind else { return typeError(key, "a number", value) }
        return number
    }

    public func integer(_ key: String, required: Bool = true, in range: ClosedRange<Int> = 0...1_000_000) -> Int? {
        guard let value = value(key, required: required) else { return nil }
        guard case .number(let number) = value.kind, number == number.rounded(),
              number >= Double(range.lowerBound), number <= Double(range.upperBound) else {
            return typeError(key, "a whole number from \(range.lowerBound) to \(range.upperBound)", value)
        }
        return Int(number)
    }

    public func array(_ key: String, required: Bool = false) -> [JSONValue] {
        guard let value = value(key, required: required) else { return [] }
        guard case .array(let items) = value.kind else { return typeError(key, "an array", value) ?? [] }
        return items
    }

    public func strings(_ key: String) -> [(text: String, position: TextPosition)] {
        array(key).compactMap { item in
            guard case .string(let text) = item.kind, !text.isEmpty else {
                if item.isUnreadable { return nil }
                log.error("items of '\(key)' must be non-empty strings, found \(item.typeName)", at: item.position)
                return nil
            }
            return (text, item.position)
        }
    }

    public func object(_ key: String, required: Bool = true) -> FieldReader? {
        guard let value = value(key, required: required) else { return nil }
        return FieldReader(value, what: "'\(key)'", log: log)
    }

    public func choice<T: RawRepresentable & CaseIterable>(_ key: String, required: Bool = true) -> T? where T.RawValue == String {
        guard let value = value(key, required: required) else { return nil }
        return FieldReader.choice(value, field: key, log: log)
    }

    public func choices<T: RawRepresentable & CaseIterable>(_ key: String) -> [T] where T.RawValue == String {
        array(key).compactMap { FieldReader.choice($0, field: key, log: log) }
    }

    /// Reports fields that were never read: a typo in a field name must not pass silently.
    public func finish(allowing extra: Set<String> = []) {
        var known: [String]?
        for (member, wasRead) in zip(members, used) where !wasRead && !extra.contains(member.key) {
            if known == nil {
                var seen: Set<String> = []
                known = log.askedKeys[min(askedStart, log.askedKeys.count)...].filter { seen.insert($0).inserted }
            }
            let suggestion = FieldNames.nearest(to: member.key, among: known ?? []).map { "did you mean '\($0)'? " } ?? ""
            log.error("unknown field '\(member.key)' in \(what) (\(suggestion)known fields: \((known ?? []).joined(separator: ", ")))",
                      at: member.keyPosition)
        }
    }

    public static func choice<T: RawRepresentable & CaseIterable>(_ value: JSONValue, field: String, log: DiagnosticLog) -> T?
    where T.RawValue == String {
        let allowed = T.allCases.map(\.rawValue)
        guard case .string(let text) = value.kind, let result = T(rawValue: text) else {
            if value.isUnreadable { return nil }
            log.error("field '\(field)' must be one of \(allowed.joined(separator: ", ")), found \(describe(value))",
                      at: value.position)
            return nil
        }
        return result
    }

    /// Reports that a field has the wrong kind of value, and gives nothing for it.
    public func typeError<T>(_ key: String, _ expected: String, _ value: JSONValue) -> T? {
        if value.isUnreadable { return nil }
        log.error("field '\(key)' must be \(expected), found \(FieldReader.describe(value))", at: value.position)
        return nil
    }

    public static func describe(_ value: JSONValue) -> String { value.brief }
}

extension FieldReader {
    /// Parses a relaxed-JSON document (themes, decks, settings: comments, trailing commas,
    /// unquoted keys) and reads it with `read`, which reports into the log it is given: the
    /// value, or every problem found, in file order. These files are read to be used and
    /// their problems printed, all at once: past a syntax error the rest is checked too.
    public static func document<T>(_ bytes: [UInt8], file: String, options: JSONParseOptions = .relaxed,
                                   afterSyntaxError: AfterSyntaxError = .resume,
                                   _ read: (JSONValue, DiagnosticLog) -> T?) throws(DiagnosticsError) -> T {
        let log = DiagnosticLog(file: file)
        if let root = JSONParser.parse(bytes, options: options, into: log, afterSyntaxError: afterSyntaxError) {
            let value = read(root, log)
            if let value, log.count == 0 { return value }
        }
        throw DiagnosticsError(log.diagnostics)
    }
}
