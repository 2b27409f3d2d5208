// A small, strict RFC 4180 reader for spreadsheet exports of dated observations.
// Standard library only (no Foundation): the binary's memory budget is tight.
//
// Strict on purpose: a stray quote or a bad byte usually means the export went
// wrong, so we stop with an exact position instead of guessing what was meant.

/// One field of a record, as written in the file (whitespace is kept as is).
public struct CSVField: Equatable, Sendable {
    public var text: String
    /// Position of the field's first character (the opening quote for quoted fields).
    public var position: TextPosition

    public init(text: String, position: TextPosition) {
        self.text = text
        self.position = position
    }
}

/// One record (row). Records may have different numbers of fields; the caller
/// checks the count against the header, where it can say which column is missing.
public struct CSVRecord: Equatable, Sendable {
    public var fields: [CSVField]
    /// Line on which the record starts (a quoted field may carry it over several lines).
    public var line: Int

    public init(fields: [CSVField], line: Int) {
        self.fields = fields
        self.line = line
    }
}

public struct CSVSyntaxError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String
    public var position: TextPosition

    public init(message: String, position: TextPosition) {
        self.message = message
        self.position = position
    }

    public var description: String {
        "line \(position.line), column \(position.column): \(message)"
    }
}

public enum CSVReader {
    /// Parses the whole input into records. Blank lines (including a final line break) are skipped.
    public static func parse(_ bytes: [UInt8]) throws(CSVSyntaxError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        try read(bytes) { records.append($0) }
        return records
    }

    /// Hands each record to `body` as it is read, so a large file never becomes an array of
    /// records (a million rows would otherwise cost several hundred MB). Records before a
    /// syntax error have been handed over when it is thrown.
    public static func read(_ bytes: [UInt8], each body: (CSVRecord) -> Void) throws(CSVSyntaxError) {
        var cursor = Cursor(bytes: bytes)
        // Spreadsheets often write a byte order mark; it is not part of the first field.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { cursor.index = 3 }

        var buffer: [UInt8] = []  // reused for every field so parsing allocates little
        var record = CSVRecord(fields: [], line: 0)
        while !cursor.atEnd {
            if cursor.atLineBreak {  // blank line
                _ = cursor.consumeLineBreak()
                continue
            }
            record.line = cursor.line
            record.fields.removeAll(keepingCapacity: true)
            while true {
                record.fields.append(try readField(&cursor, into: &buffer))
                // readField stops only at a comma, a line break or the end.
                if cursor.current == comma {
                    cursor.advanceASCII()
                    continue  // a trailing comma thus gives an empty last field
                }
                if cursor.atLineBreak { _ = cursor.consumeLineBreak() }
                break
            }
            body(record)
        }
    }

    private static func readField(
        _ cursor: inout Cursor, into buffer: inout [UInt8]
    ) throws(CSVSyntaxError) -> CSVField {
        let start = cursor.position
        buffer.removeAll(keepingCapacity: true)

        if cursor.current == quote {
            cursor.advanceASCII()
            while true {
                guard let byte = cursor.current else {
                    // Point at the opening quote: the end of the file says nothing useful.
                    throw CSVSyntaxError(message: "unterminated quoted field", position: start)
                }
                if byte == quote {
                    cursor.advanceASCII()
                    if cursor.current == quote {  // "" stands for one quote
                        buffer.append(quote)
                        cursor.advanceASCII()
                        continue
                    }
                    if cursor.atEnd || cursor.current == comma || cursor.atLineBreak { break }
                    let shown = try cursor.currentCharacter()
                    throw CSVSyntaxError(
                        message: "unexpected character '\(shown)' after closing quote",
                        position: cursor.position)
                } else if byte == cr || byte == lf {
                    // Line breaks inside quotes belong to the text, exactly as written.
                    buffer.append(contentsOf: cursor.bytes[cursor.consumeLineBreak()])
                } else {
                    try cursor.copyScalar(into: &buffer)
                }
            }
        } else {
            // An unquoted field is its bytes as written: checked in place and turned into a
            // string once, without copying scalar by scalar (most fields of a large file).
            let first = cursor.index
            while let byte = cursor.current, byte != comma, byte != cr, byte != lf {
                if byte == quote {
                    throw CSVSyntaxError(
                        message: "quote inside an unquoted field (quote the whole field and double the quote)",
                        position: cursor.position)
                }
                try cursor.skipScalar()
            }
            return CSVField(text: String(decoding: cursor.bytes[first..<cursor.index], as: UTF8.self), position: start)
        }
        // The bytes were validated while copying, so no replacement characters appear.
        return CSVField(text: String(decoding: buffer, as: UTF8.self), position: start)
    }
}

private let comma = UInt8(ascii: ",")
private let quote = UInt8(ascii: "\"")
private let cr = UInt8(ascii: "\r")
private let lf = UInt8(ascii: "\n")

/// Walks the bytes one Unicode scalar at a time, keeping line and column
/// (columns count scalars, so positions match what an editor shows for CJK text).
private struct Cursor {
    let bytes: [UInt8]
    var index = 0
    var line = 1
    var column = 1

    init(bytes: [UInt8]) { self.bytes = bytes }

    var position: TextPosition { TextPosition(line: line, column: column) }
    var atEnd: Bool { index >= bytes.count }
    var current: UInt8? { index < bytes.count ? bytes[index] : nil }
    var atLineBreak: Bool { current == cr || current == lf }

    /// Only for the ASCII syntax bytes (comma, quote), which are one scalar each.
    mutating func advanceASCII() {
        index += 1
        column += 1
    }

    /// Consumes CRLF, LF or a lone CR as one line break; returns the bytes it covered.
    mutating func consumeLineBreak() -> Range<Int> {
        let start = index
        if bytes[index] == cr, index + 1 < bytes.count, bytes[index + 1] == lf {
            index += 2
        } else {
            index += 1
        }
        line += 1
        column = 1
        return start..<index
    }

    /// Checks the UTF-8 sequence at the cursor, appends it and moves one column on.
    mutating func copyScalar(into buffer: inout [UInt8]) throws(CSVSyntaxError) {
        let length = try scalarLength()
        if length == 1 { buffer.append(bytes[index]) } else { buffer.append(contentsOf: bytes[index..<index + length]) }
        index += length
        column += 1
    }

    /// Checks the UTF-8 sequence at the cursor and moves one column on.
    mutating func skipScalar() throws(CSVSyntaxError) {
        index += bytes[index] < 0x80 ? 1 : try scalarLength()
        column += 1
    }

    /// The character at the cursor, escaped so control characters stay readable in a message.
    func currentCharacter() throws(CSVSyntaxError) -> String {
        let length = try scalarLength()
        return String(decoding: bytes[index..<index + length], as: UTF8.self)
            .unicodeScalars.map { $0.escaped(asASCII: false) }.joined()
    }

    /// Length of the well-formed UTF-8 sequence at the cursor (Unicode table 3-7).
    /// An ill-formed sequence is reported at its first byte.
    func scalarLength() throws(CSVSyntaxError) -> Int {
        let lead = bytes[index]
        var length = 0
        var low: UInt8 = 0x80, high: UInt8 = 0xBF  // allowed range of the second byte
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0  // shorter forms would be overlong
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F  // D800-DFFF are UTF-16 surrogates, not scalars
        case 0xF0: length = 4; low = 0x90  // overlong
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F  // beyond U+10FFFF
        default: break  // continuation byte, C0, C1 or F5-FF can never start a scalar
        }
        var valid = length > 0 && index + length <= bytes.count
        if valid { valid = (low...high).contains(bytes[index + 1]) }
        if valid {
            for offset in 2..<length where !(0x80...0xBF).contains(bytes[index + offset]) {
                valid = false
            }
        }
        guard valid else {
            throw CSVSyntaxError(message: "invalid UTF-8 byte \(hex(lead))", position: position)
        }
        return length
    }
}

private func hex(_ byte: UInt8) -> String {
    let digits = String(byte, radix: 16, uppercase: true)
    return "0x" + (digits.count < 2 ? "0" : "") + digits
}
