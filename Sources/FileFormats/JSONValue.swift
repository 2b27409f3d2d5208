// The values the JSON parser gives: each keeps the line and column it was written at, so
// readers can report `file:line:column: message`.

/// 1-based line and column; column counts Unicode scalars from the start of the line.
public struct TextPosition: Equatable, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
    public var description: String { "\(line):\(column)" }
}

public struct JSONMember: Sendable {
    public var key: String
    public var keyPosition: TextPosition
    public var value: JSONValue
    public init(key: String, keyPosition: TextPosition, value: JSONValue) { (self.key, self.keyPosition, self.value) = (key, keyPosition, value) }
}

public struct JSONValue: Sendable {
    public indirect enum Kind: Sendable {
        case object([JSONMember]), array([JSONValue]), string(String), number(Double), bool(Bool), null
        /// Where `JSONParser.parseRecovering` found a syntax error and skipped to the next
        /// member or element. Its error is already reported, so readers pass over it in silence
        /// (no "wrong type", no "missing field"); `parse` never gives one.
        case unreadable
    }
    public var kind: Kind
    /// Position of the value's first character.
    public var position: TextPosition
    public init(kind: Kind, position: TextPosition) { self.kind = kind; self.position = position }

    /// The JSON type name, for messages such as "expected string, found number".
    public var typeName: String {
        switch kind {
        case .object: "object"
        case .array: "array"
        case .string: "string"
        case .number: "number"
        case .bool: "boolean"
        case .null: "null"
        case .unreadable: "unreadable value"
        }
    }

    /// A stand-in for what a syntax error made unreadable (see `Kind.unreadable`).
    public static func unreadable(at position: TextPosition) -> JSONValue { JSONValue(kind: .unreadable, position: position) }

    public var isUnreadable: Bool {
        if case .unreadable = kind { return true }
        return false
    }
}

public struct JSONSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var position: TextPosition
    public init(message: String, position: TextPosition) { self.message = message; self.position = position }
    public var description: String { "\(position): \(message)" }
}

public struct JSONParseOptions: Sendable {
    /// `// line` and `/* block */` comments.
    public var allowComments: Bool
    public var allowTrailingCommas: Bool
    /// Identifier keys such as `{name: 1}`.
    public var allowUnquotedKeys: Bool
    /// Nesting limit. It also bounds the parser's recursion, so keep it modest.
    public var maxDepth: Int

    public static let strict = JSONParseOptions()
    /// For hand-edited theme files.
    public static let relaxed = JSONParseOptions(allowComments: true, allowTrailingCommas: true, allowUnquotedKeys: true)

    public init(allowComments: Bool = false, allowTrailingCommas: Bool = false,
                allowUnquotedKeys: Bool = false, maxDepth: Int = 128) {
        (self.allowComments, self.allowTrailingCommas) = (allowComments, allowTrailingCommas)
        (self.allowUnquotedKeys, self.maxDepth) = (allowUnquotedKeys, maxDepth)
    }
}
