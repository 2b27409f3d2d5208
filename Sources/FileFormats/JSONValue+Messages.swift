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

    /// The members of an object, each key once and in file order; `repeated` hears of each
    /// later repeat of a key with the position of its first use, and the repeat is skipped.
    /// Nil when the value is not an object.
    public func uniqueMembers(repeated: (JSONMember, TextPosition) -> Void) -> [JSONMember]? {
        guard case .object(let members) = kind else { return nil }
        var first: [String: TextPosition] = [:]
        var unique: [JSONMember] = []
        for member in members {
            if let earlier = first[member.key] {
                repeated(member, earlier)
            } else {
                first[member.key] = member.keyPosition
                unique.append(member)
            }
        }
        return unique
    }
}

/// A reader that reports problems at places in its file (themes, decks).
public protocol LocatedReporting {
    mutating func report(_ message: String, at position: TextPosition)
}

extension LocatedReporting {
    /// The members of an object, each key once: a value that is no object and each repeated
    /// key are reported (`kind` names what the keys are: fields, roles) and skipped.
    public mutating func members(of value: JSONValue, _ what: String, kind: String = "field") -> [JSONMember]? {
        var repeats: [(JSONMember, TextPosition)] = []
        let members = value.uniqueMembers { repeats.append(($0, $1)) }
        if members == nil { report("\(what) must be an object, found \(value.typeName)", at: value.position) }
        for (member, earlier) in repeats {
            report("duplicate \(kind) '\(member.key)' in \(what) (first at \(earlier))", at: member.keyPosition)
        }
        return members
    }
}
