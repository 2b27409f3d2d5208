import Locking

/// What one cell shows, in four bytes: a single Unicode scalar as itself, or a cluster of
/// several (a letter and its marks, an emoji sequence, a flag) as its number in a shared
/// table. Nearly every cell is one scalar, so a screen of cells holds no `String` at all:
/// building, comparing and dropping a frame of 4,800 cells then costs no reference
/// counting (issue 16: retain, release and destroy were 1.5 of a key's 4.9 million
/// instructions while cells held Strings).
public struct Glyph: Hashable, Sendable {
    /// A scalar's value (below 0x110000), `emptyValue`, or `clusterFlag` plus a table index.
    let raw: UInt32

    private static let emptyValue: UInt32 = 0x11_0000
    private static let clusterFlag: UInt32 = 0x8000_0000

    /// The text of a continuation cell: nothing.
    public static let empty = Glyph(raw: emptyValue)
    /// What a blanked cell shows.
    public static let space = Glyph(raw: 0x20)

    private init(raw: UInt32) { self.raw = raw }

    public init(_ scalar: Unicode.Scalar) { raw = scalar.value }

    public init(_ character: Character) {
        if let ascii = character.asciiValue {
            raw = UInt32(ascii)
            return
        }
        var scalars = character.unicodeScalars.makeIterator()
        let first = scalars.next()
        raw = scalars.next() == nil && first != nil ? first!.value : ClusterTable.number(of: String(character))
    }

    /// Any text; the empty string is `empty`. Text of several clusters is kept whole, as a
    /// cell's text always was (the grid writes one cluster a cell).
    public init(_ text: String) {
        // An iterator, not `first` and index arithmetic: this runs for most cells a widget
        // draws, and validating string indices was a tenth of a frame (issue 16).
        var scalars = text.unicodeScalars.makeIterator()
        guard let first = scalars.next() else {
            raw = Self.emptyValue
            return
        }
        raw = scalars.next() == nil ? first.value : ClusterTable.number(of: text)
    }

    /// The scalar when the glyph is one scalar; nil for a cluster or nothing.
    public var scalar: Unicode.Scalar? {
        raw < Self.emptyValue ? Unicode.Scalar(raw) : nil
    }

    public var isEmpty: Bool { raw == Self.emptyValue }

    public var text: String {
        if let scalar { return String(Character(scalar)) }
        if isEmpty { return "" }
        return ClusterTable.text(of: raw)
    }

    /// The table of clusters of several scalars. Shared by every grid, so two grids give the
    /// same cluster the same number and cells compare by value. Bounded: a file full of
    /// distinct clusters cannot grow it without end; once full, a new cluster shows as
    /// U+FFFD, the replacement character (never in practice: it holds 65,536).
    private enum ClusterTable {
        static let limit = 65_536
        private struct Table {
            var numbers: [String: UInt32] = [:]
            var texts: [String] = []
        }
        private static let table = Locked(Table())

        static func number(of text: String) -> UInt32 {
            table.withLock { table in
                if let known = table.numbers[text] { return known }
                guard table.texts.count < limit else { return 0xFFFD }
                let number = clusterFlag | UInt32(table.texts.count)
                table.texts.append(text)
                table.numbers[text] = number
                return number
            }
        }

        static func text(of raw: UInt32) -> String {
            table.withLock { $0.texts[Int(raw & ~clusterFlag)] }
        }
    }
}
