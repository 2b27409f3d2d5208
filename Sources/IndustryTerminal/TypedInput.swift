/// Bytes read from the terminal before ncurses saw them (keys typed while the width probe
/// waited for its answer), cut into the pieces the key input takes back: a whole escape
/// sequence, which may be a key ncurses knows (an arrow, F5) and is then put back as that
/// key, or a single byte. Pure, so the cutting is tested without a terminal.
public enum TypedInput {
    public enum Piece: Equatable, Sendable {
        /// A CSI (`ESC [` parameters, final byte) or SS3 (`ESC O` and one byte) sequence.
        case sequence([UInt8])
        case byte(UInt8)
    }

    public static func pieces(_ bytes: [UInt8]) -> [Piece] {
        var pieces: [Piece] = []
        var index = 0
        while index < bytes.count {
            if let end = sequenceEnd(bytes, at: index) {
                pieces.append(.sequence(Array(bytes[index..<end])))
                index = end
            } else {
                pieces.append(.byte(bytes[index]))
                index += 1
            }
        }
        return pieces
    }

    /// The end (exclusive) of the escape sequence starting at `start`, if a whole one does.
    /// A lone ESC, or one before an ordinary key (Alt-x), stays a byte: the key input tells
    /// Esc from Esc-then-a-key itself.
    static func sequenceEnd(_ bytes: [UInt8], at start: Int) -> Int? {
        guard bytes[start] == 0x1B, start + 1 < bytes.count else { return nil }
        switch bytes[start + 1] {
        case UInt8(ascii: "O"):
            return start + 2 < bytes.count ? start + 3 : nil
        case UInt8(ascii: "["):
            var index = start + 2
            // Parameter bytes (0-9 : ; < = > ?), then intermediates (space to /), then the final byte.
            while index < bytes.count, (0x30...0x3F).contains(bytes[index]) { index += 1 }
            while index < bytes.count, (0x20...0x2F).contains(bytes[index]) { index += 1 }
            guard index < bytes.count, (0x40...0x7E).contains(bytes[index]) else { return nil }
            return index + 1
        default:
            return nil
        }
    }
}
