// The JSON writer side of the protocol. IndustryModel only parses JSON, and Foundation is off
// limits, so strings are escaped here by hand.

/// Writes JSON string literals as UTF-8 bytes.
///
/// Only what RFC 8259 requires is escaped (quote, backslash, U+0000...U+001F), plus DEL, so a
/// message is one line that a terminal would not act on if someone cats the socket. Every
/// control character uses the `\u00XX` form: one rule, nothing to get wrong. Everything else,
/// Chinese included, is written as raw UTF-8, which keeps messages small.
enum JSONStringEscaper {
    /// Appends `"text"` with escapes to `output`.
    static func appendLiteral(_ text: String, to output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 { appendEscaped(byte, to: &output) }
        output.append(UInt8(ascii: "\""))
    }

    /// Bytes `text` takes inside a literal, quotes excluded; lets the encoder trim notes to
    /// fit a message without encoding it over and over.
    static func escapedLength<S: Sequence<UInt8>>(of utf8: S) -> Int {
        utf8.reduce(0) { $0 + escapedLength(of: $1) }
    }

    static func escapedLength(of byte: UInt8) -> Int {
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
