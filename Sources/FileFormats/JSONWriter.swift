/// Writes JSON string literals as UTF-8 bytes.
///
/// Only what RFC 8259 requires is escaped (quote, backslash, U+0000...U+001F), plus DEL, so a
/// message is one line that a terminal would not act on if someone cats the socket. Every
/// control character uses the `\u00XX` form: one rule, nothing to get wrong. Everything else,
/// Chinese included, is written as raw UTF-8, which keeps messages small.
public enum JSONWriter {
    /// `"text"` with escapes, as a string (files written for people: decks, synthetic data).
    public static func literal(_ text: String) -> String {
        var output: [UInt8] = []
        appendLiteral(text, to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Appends `"text"` with escapes to `output`.
    public static func appendLiteral(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 { appendEscaped(byte, to: &output) }
        output.append(UInt8(ascii: "\""))
    }

    /// Bytes `text` takes inside a literal, quotes excluded; lets the encoder trim notes to
    /// fit a message without encoding it over and over.
    public static func escapedLength<S: Sequence<UInt8>>(of utf8: S) -> Int {
        utf8.reduce(0) { $0 + escapedLength(of: $1) }
    }

    public static func escapedLength(of byte: UInt8) -> Int {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): 2
        case 0x00..<0x20, 0x7F: 6
        default: 1
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)
    private static let unicodeEscapePrefix = Array("\\u00".utf8)

    // UTF-8 continuation and lead bytes are all >= 0x80, so escaping byte by byte never
    // splits a multi-byte character.
    private static func appendEscaped(_ byte: UInt8, to output: inout [UInt8]) {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"):
            output.append(UInt8(ascii: "\\"))
            output.append(byte)
        case 0x00..<0x20, 0x7F:
            output.append(contentsOf: unicodeEscapePrefix)
            output.append(hexDigits[Int(byte >> 4)])
            output.append(hexDigits[Int(byte & 0x0F)])
        default:
            output.append(byte)
        }
    }
}
