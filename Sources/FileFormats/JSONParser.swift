// A small position-aware JSON parser (RFC 8259, plus opt-in relaxations for
// hand-edited files) so validators can report `file:line:column: message`.
// Pure standard library on purpose: Foundation would blow the binary's memory budget.

public enum JSONParser {
    public static func parse(_ bytes: [UInt8], options: JSONParseOptions = .strict) throws(JSONSyntaxError) -> JSONValue {
        // A raw buffer avoids array retain/release traffic on every byte read.
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) -> JSONValue in
            var reader = JSONReader(bytes: buffer, options: options)
            return try reader.parseDocument()
        }
    }
}

func ascii(_ scalar: Unicode.Scalar) -> UInt8 { UInt8(ascii: scalar) }
func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F }
func isHexDigit(_ b: UInt8) -> Bool { isDigit(b) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x66) }
func isIdentifierStart(_ b: UInt8) -> Bool { (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == ascii("_") || b == ascii("$") }
func isWordByte(_ b: UInt8) -> Bool { isIdentifierStart(b) || isDigit(b) }

func hex(_ value: Int, digits: Int) -> String {
    let text = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, digits - text.count)) + text
}

/// Recursive-descent reader over the raw bytes. Lines are tracked while skipping whitespace
/// and comments, the only places a raw newline is legal. Recovery after errors is in
/// JSONRecovery.swift.
struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let options: JSONParseOptions
    var index = 0
    var depth = 0
    var contentStart = 0  // after the BOM, which must not count as a column
    var line = 1
    var lineStart = 0
    // Value positions are requested in increasing order, so counting scalars on from the
    // previous request keeps columns linear even when a 50 MB file is one single line.
    var cachedIndex = 0
    var cachedColumn = 1
    /// Set by `JSONParser.parseRecovering`: the errors so far. Nil for `parse`, which stops
    /// at the first.
    var recovery: Recovery?
    /// Whether the last string begun is still open: an error inside one must skip to its
    /// closing quote before looking for the next member.
    var inString = false

    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    // MARK: Positions and errors

    /// Position of `offset` on the current line (the hot path: every value and key).
    mutating func position(at offset: Int) -> TextPosition {
        if offset < cachedIndex { cachedIndex = lineStart; cachedColumn = 1 }
        var column = cachedColumn
        for i in cachedIndex..<offset where bytes[i] & 0xC0 != 0x80 { column += 1 }
        (cachedIndex, cachedColumn) = (offset, column)
        return TextPosition(line: line, column: column)
    }

    /// Errors may point back at earlier lines (an unterminated comment, a trailing comma),
    /// which costs a rescan from the start. Most are on the current line at or after the last
    /// position asked for, and are counted from there: a recovering parse reports many.
    func error(_ message: String, at offset: Int) -> JSONSyntaxError {
        // Only while no line break lies between: a string may run on over one (a backslash
        // before a newline), and its end is then on a later line than the one counted.
        if offset >= cachedIndex, cachedIndex >= lineStart, !bytes[cachedIndex..<offset].contains(0x0A) {
            var column = cachedColumn
            for i in cachedIndex..<offset where bytes[i] & 0xC0 != 0x80 { column += 1 }
            return JSONSyntaxError(message: message, position: TextPosition(line: line, column: column))
        }
        var errorLine = 1, start = contentStart
        for i in contentStart..<offset where bytes[i] == 0x0A { errorLine += 1; start = i + 1 }
        var column = 1
        for i in start..<offset where bytes[i] & 0xC0 != 0x80 { column += 1 }
        return JSONSyntaxError(message: message, position: TextPosition(line: errorLine, column: column))
    }

    /// End of input and bad UTF-8 get the same message wherever they occur; otherwise `message`.
    func failure(_ message: String, at offset: Int) -> JSONSyntaxError {
        if offset >= bytes.count { return error("unexpected end of input", at: offset) }
        if bytes[offset] >= 0x80, (try? utf8Length(at: offset)) == nil { return invalidByte(at: offset) }
        return error(message, at: offset)
    }

    func invalidByte(at offset: Int) -> JSONSyntaxError {
        error("invalid UTF-8 byte 0x\(hex(Int(bytes[offset]), digits: 2))", at: offset)
    }

    /// Validates the UTF-8 sequence at `offset` and returns its length. A malformed sequence
    /// (overlong, surrogate, truncated, out of range) is reported at its first byte.
    func utf8Length(at offset: Int) throws(JSONSyntaxError) -> Int {
        let lead = bytes[offset]
        if lead < 0x80 { return 1 }
        let length: Int, low: UInt8, high: UInt8  // allowed range of the second byte
        switch lead {
        case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
        case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
        case 0xED: (length, low, high) = (3, 0x80, 0x9F)
        case 0xE1...0xEF: (length, low, high) = (3, 0x80, 0xBF)
        case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
        case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
        case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
        default: throw invalidByte(at: offset)
        }
        guard offset + length <= bytes.count, bytes[offset + 1] >= low, bytes[offset + 1] <= high else {
            throw invalidByte(at: offset)
        }
        for i in offset + 2 ..< offset + length where bytes[i] & 0xC0 != 0x80 { throw invalidByte(at: offset) }
        return length
    }

    func text(_ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    // MARK: Structure

    mutating func parseDocument() throws(JSONSyntaxError) -> JSONValue {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            index = 3; contentStart = 3; lineStart = 3; cachedIndex = 3
        }
        try skipWhitespace()
        let value = try parseValue()
        try skipWhitespace()
        if index < bytes.count { throw failure("trailing characters after the JSON value", at: index) }
        return value
    }

    mutating func skipWhitespace() throws(JSONSyntaxError) {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0D: index += 1
            case 0x0A: index += 1; startLine()
            case ascii("/"): try skipComment()
            default: return
            }
        }
    }

    mutating func startLine() {
        line += 1; lineStart = index; cachedIndex = index; cachedColumn = 1
    }

    /// A recovering parse reports a comment strict JSON forbids and reads on past it, and
    /// a stray '/' too: whitespace is never where a member is lost.
    mutating func skipComment() throws(JSONSyntaxError) {
        let start = index
        let kind = index + 1 < bytes.count ? bytes[index + 1] : 0
        let isComment = kind == ascii("/") || kind == ascii("*")
        if !options.allowComments {
            let forbidden = error("comments are not allowed in strict JSON", at: start)
            guard isComment, recovery != nil else { throw forbidden }
            try record(forbidden)
        }
        guard isComment else {
            try report(error("expected '//' or '/*' to start a comment", at: start))
            index += 1
            return
        }
        index += 2
        while index < bytes.count {
            let b = bytes[index]
            if b == 0x0A {
                if kind == ascii("/") { return }  // the newline itself is left to skipWhitespace
                index += 1; startLine()
            } else if kind == ascii("*"), b == ascii("*"), index + 1 < bytes.count, bytes[index + 1] == ascii("/") {
                index += 2; return
            } else {
                do throws(JSONSyntaxError) {
                    index += try utf8Length(at: index)  // validated so later columns stay right
                } catch {
                    try report(error)
                    index += 1
                }
            }
        }
        if kind == ascii("*") {
            try report(error("unterminated comment", at: start))
            try stopRecovering(sayingEndOfInput: false)  // the rest of the file was the comment
        }
    }

    mutating func parseValue() throws(JSONSyntaxError) -> JSONValue {
        guard let b = peek else { throw failure("expected a value", at: index) }
        let start = position(at: index)
        switch b {
        case ascii("{"): return JSONValue(kind: .object(try parseObject()), position: start)
        case ascii("["): return JSONValue(kind: .array(try parseArray()), position: start)
        case ascii("\""): return JSONValue(kind: .string(try parseString()), position: start)
        case ascii("-"), ascii("0")...ascii("9"): return JSONValue(kind: .number(try parseNumber()), position: start)
        case ascii("+"): throw error("a number cannot start with '+'", at: index)
        case ascii("."): throw error("a number cannot start with '.' (write 0.5, not .5)", at: index)
        default: break
        }
        let wordStart = index
        switch word() {
        case "true": return JSONValue(kind: .bool(true), position: start)
        case "false": return JSONValue(kind: .bool(false), position: start)
        case "null": return JSONValue(kind: .null, position: start)
        case "NaN", "Infinity": throw error("NaN and Infinity are not allowed: numbers must be finite", at: wordStart)
        case "": throw failure("expected a value", at: wordStart)
        case let word: throw error("invalid literal '\(word.prefix(20))' (strings need double quotes)", at: wordStart)
        }
    }

    /// A member that cannot be read is kept as an unreadable value under its key (or the
    /// empty key, when the key itself was the problem) when recovering; `resume` rethrows
    /// otherwise.
    mutating func parseObject() throws(JSONSyntaxError) -> [JSONMember] {
        var members: [JSONMember] = []
        if try openIsEmpty(closedBy: ascii("}")) { return members }
        let level = depth
        repeat {
            let keyPosition = position(at: index)
            var key = ""
            do throws(JSONSyntaxError) {
                key = try parseKey()
                try skipWhitespace()
                guard peek == ascii(":") else { throw failure("expected ':' after object key", at: index) }
                index += 1
                try skipWhitespace()
                members.append(JSONMember(key: key, keyPosition: keyPosition, value: try parseValue()))
            } catch {
                try resume(after: error, depth: level, closedBy: ascii("}"))
                members.append(JSONMember(key: key, keyPosition: keyPosition, value: .unreadable(at: error.position)))
            }
        } while try another(before: ascii("}"), after: "object member")
        return members
    }

    mutating func parseArray() throws(JSONSyntaxError) -> [JSONValue] {
        var elements: [JSONValue] = []
        if try openIsEmpty(closedBy: ascii("]")) { return elements }
        let level = depth
        repeat {
            do throws(JSONSyntaxError) {
                elements.append(try parseValue())
            } catch {
                try resume(after: error, depth: level, closedBy: ascii("]"))
                elements.append(.unreadable(at: error.position))
            }
        } while try another(before: ascii("]"), after: "array element")
        return elements
    }

    /// Consumes the opening bracket, counting depth; true for an empty container.
    mutating func openIsEmpty(closedBy close: UInt8) throws(JSONSyntaxError) -> Bool {
        depth += 1
        if depth > options.maxDepth { throw error("nesting deeper than \(options.maxDepth) levels", at: index) }
        index += 1
        try skipWhitespace()
        return closes(close)
    }

    /// After a member or element: true when a comma announces another one. A comma right
    /// before the closing bracket is a trailing comma, which only the relaxed options accept.
    /// A recovering parse reads a missing comma as there when the next member or element
    /// begins straight after (the usual slip in a hand-edited file), and otherwise skips to
    /// the next comma or the closing bracket.
    mutating func another(before close: UInt8, after what: String) throws(JSONSyntaxError) -> Bool {
        try skipWhitespace()
        if closes(close) { return false }
        if peek != ascii(",") {
            try report(failure("expected ',' or '\(Character(Unicode.Scalar(close)))' after \(what)", at: index))
            if let next = peek, begins(next, before: close) { return true }
            try skipToNextMember(closedBy: close)
            if closes(close) { return false }
        }
        let comma = index
        index += 1
        try skipWhitespace()
        guard peek == close else { return true }
        if !options.allowTrailingCommas {
            try report(error("trailing comma before '\(Character(Unicode.Scalar(close)))' is not allowed", at: comma))
        }
        return !closes(close)  // always false: consumes the bracket
    }

    /// Whether `b` can only start a member of the object (a key) or an element of the array
    /// closed by `close`: a comma is missing before it, not garbage in the way.
    func begins(_ b: UInt8, before close: UInt8) -> Bool {
        if close == ascii("}") { return b == ascii("\"") || (options.allowUnquotedKeys && isIdentifierStart(b)) }
        return b == ascii("{") || b == ascii("[") || b == ascii("\"") || b == ascii("-") || isDigit(b)
    }

    mutating func closes(_ close: UInt8) -> Bool {
        guard peek == close else { return false }
        index += 1
        depth -= 1
        return true
    }

    mutating func parseKey() throws(JSONSyntaxError) -> String {
        if peek == ascii("\"") { return try parseString() }
        guard let b = peek, isIdentifierStart(b) else { throw failure("expected a string key", at: index) }
        guard options.allowUnquotedKeys else { throw error("object keys must be in double quotes", at: index) }
        return word()
    }

    /// Reads an identifier-like word: a literal, a key, or a mistake worth naming in a message.
    mutating func word() -> String {
        let start = index
        while let c = peek, isWordByte(c) { index += 1 }
        return text(start, index)
    }
}
