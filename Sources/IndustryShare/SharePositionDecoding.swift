// Reading a position from one line received over the share socket. Everything a follower
// receives is untrusted input: each way it can be wrong is a typed error, never a crash.

import FileFormats
import IndustryModel

/// Why a message was refused. A follower counts these and keeps the last good position.
public enum SharePositionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Longer than `SharePosition.maxMessageBytes`, newline included.
    case oversized(byteCount: Int)
    case invalidUTF8
    case malformedJSON(String)
    case notAnObject(found: String)
    /// A presenter running another protocol version; the message says which.
    case unsupportedVersion(Int)
    case missingField(String)
    case duplicateField(String)
    case wrongType(field: String, expected: String, found: String)
    case invalidValue(field: String, reason: String)

    public var description: String {
        switch self {
        case .oversized(let count): "message of \(count) bytes exceeds the \(SharePosition.maxMessageBytes)-byte limit"
        case .invalidUTF8: "message is not valid UTF-8"
        case .malformedJSON(let message): "malformed JSON: \(message)"
        case .notAnObject(let found): "expected a JSON object, found \(found)"
        case .unsupportedVersion(let version):
            "protocol version \(version) is not supported (this idash speaks version \(SharePosition.currentVersion))"
        case .missingField(let field): "missing field '\(field)'"
        case .duplicateField(let field): "duplicate field '\(field)'"
        case .wrongType(let field, let expected, let found): "field '\(field)' must be \(expected), found \(found)"
        case .invalidValue(let field, let reason): "field '\(field)' \(reason)"
        }
    }
}

extension SharePosition {
    /// Decodes one message. `line` may end with its "\n"; nothing else may follow the object.
    ///
    /// Members this version does not know are ignored, so a later presenter may add optional
    /// ones without a version bump; the version is checked before anything else so an
    /// incompatible presenter is reported as such rather than as a missing field.
    public static func decode(line: [UInt8]) throws(SharePositionError) -> SharePosition {
        let hasNewline = line.last == UInt8(ascii: "\n")
        let messageBytes = line.count + (hasNewline ? 0 : 1)
        guard messageBytes <= maxMessageBytes else { throw .oversized(byteCount: messageBytes) }
        let body = hasNewline ? Array(line.dropLast()) : line
        // Checked up front so bad UTF-8 is its own error wherever it hides, not a syntax error.
        guard String(validating: body, as: UTF8.self) != nil else { throw .invalidUTF8 }

        let root: JSONValue
        do {
            // A position is flat; a small depth bounds the parser's recursion on hostile input.
            root = try JSONParser.parse(body, options: JSONParseOptions(maxDepth: 8))
        } catch {
            throw .malformedJSON(error.description)
        }
        let fields = try Fields(root)

        let version = try fields.integer(ShareField.version)
        guard version == currentVersion else { throw .unsupportedVersion(version) }
        let position = SharePosition(
            version: version,
            deckTitle: try fields.string(ShareField.deckTitle),
            slideIndex: try fields.integer(ShareField.slideIndex),
            slideCount: try fields.integer(ShareField.slideCount),
            view: try fields.string(ShareField.view),
            titleZh: try fields.string(ShareField.titleZh),
            titleEn: try fields.string(ShareField.titleEn),
            notes: try fields.string(ShareField.notes),
            notesEn: try fields.optionalString(ShareField.notesEn) ?? "",
            blanked: try fields.bool(ShareField.blanked),
            selectedRow: try fields.integer(ShareField.selectedRow),
            nextTitleZh: try fields.optionalString(ShareField.nextTitleZh) ?? "",
            nextTitleEn: try fields.optionalString(ShareField.nextTitleEn) ?? "",
            startedAt: fields.contains(ShareField.startedAt) ? try fields.integer(ShareField.startedAt) : 0,
            browsing: fields.contains(ShareField.browsing) ? try fields.bool(ShareField.browsing) : false)
        try position.checkRanges()
        return position
    }

    /// Ranges a follower relies on when it indexes the deck.
    private func checkRanges() throws(SharePositionError) {
        guard slideCount >= 1 else { throw .invalidValue(field: ShareField.slideCount, reason: "must be at least 1") }
        guard slideIndex >= 0, slideIndex < slideCount else {
            throw .invalidValue(field: ShareField.slideIndex, reason: "must be from 0 to \(slideCount - 1), found \(slideIndex)")
        }
        guard selectedRow >= 0 else { throw .invalidValue(field: ShareField.selectedRow, reason: "must not be negative") }
        guard !view.isEmpty else { throw .invalidValue(field: ShareField.view, reason: "must not be empty") }
    }
}

/// The members of the message object, read with the field reader every file format uses
/// (lookup by name, repeated keys found), with typed accessors that name the field in
/// their errors. Members this version does not know are never asked for, so they pass.
private struct Fields {
    private let reader: FieldReader

    init(_ root: JSONValue) throws(SharePositionError) {
        let log = DiagnosticLog(file: "message")
        guard let reader = FieldReader(root, what: "the message", log: log) else { throw .notAnObject(found: root.typeName) }
        // The reader reports a repeated key as it opens the object: a message must not have one.
        if log.count > 0, let repeated = Self.firstRepeatedKey(root) { throw .duplicateField(repeated) }
        self.reader = reader
    }

    private static func firstRepeatedKey(_ root: JSONValue) -> String? {
        guard case .object(let members) = root.kind else { return nil }
        var seen: Set<String> = []
        return members.first { !seen.insert($0.key).inserted }?.key
    }

    private func value(_ name: String) throws(SharePositionError) -> JSONValue {
        guard reader.contains(name), let value = reader.value(name) else { throw .missingField(name) }
        return value
    }

    /// A member added after version 1 was published: absent from older presenters.
    func contains(_ name: String) -> Bool { reader.contains(name) }

    func optionalString(_ name: String) throws(SharePositionError) -> String? {
        guard reader.contains(name) else { return nil }
        return try string(name)
    }

    func string(_ name: String) throws(SharePositionError) -> String {
        let value = try value(name)
        guard case .string(let text) = value.kind else { throw .wrongType(field: name, expected: "a string", found: value.typeName) }
        return text
    }

    func bool(_ name: String) throws(SharePositionError) -> Bool {
        let value = try value(name)
        guard case .bool(let flag) = value.kind else { throw .wrongType(field: name, expected: "a boolean", found: value.typeName) }
        return flag
    }

    /// Whole numbers only, within ±2^53 where a Double still holds every integer exactly.
    func integer(_ name: String) throws(SharePositionError) -> Int {
        let value = try value(name)
        guard case .number(let number) = value.kind else { throw .wrongType(field: name, expected: "an integer", found: value.typeName) }
        guard number.rounded() == number, abs(number) <= 9_007_199_254_740_992, let integer = Int(exactly: number) else {
            throw .wrongType(field: name, expected: "an integer", found: "\(number)")
        }
        return integer
    }
}
