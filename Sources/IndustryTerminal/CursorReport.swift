/// Where a terminal says its cursor is, 1-based, as it answers DSR 6 (`ESC [ 6 n`).
public struct CursorPosition: Equatable, Sendable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

/// Finds a terminal's cursor position report (`ESC [ row ; column R`) in the bytes read
/// from it. Pure, so every way the bytes can arrive is a unit test: the report cut across
/// reads, keys typed before or after it, no report at all, something that only looks like
/// one. The keys around the report are kept, in order, to be handed to the key input.
public enum CursorReport {
    /// What the bytes read so far hold.
    public struct Scan: Equatable, Sendable {
        /// The first well-formed report, if one came.
        public var position: CursorPosition?
        /// Every byte that is not part of the report (keys typed meanwhile), in order.
        public var otherBytes: [UInt8]
        /// The bytes end partway into what may still become a report (`ESC [ 2 ;`): read on
        /// before deciding none came. These bytes are not in `otherBytes`; if nothing
        /// completes them, they were typed too and go back after `otherBytes`.
        public var unfinished: [UInt8]

        public init(position: CursorPosition? = nil, otherBytes: [UInt8] = [], unfinished: [UInt8] = []) {
            self.position = position
            self.otherBytes = otherBytes
            self.unfinished = unfinished
        }

        /// Every byte that was typed rather than reported, in order (what is left when the
        /// time to wait for a report has run out).
        public var typedBytes: [UInt8] { otherBytes + unfinished }
    }

    /// Rows and columns above 99999 are not a screen; more digits make the report malformed
    /// (and keep the numbers far from overflowing).
    static let maximumDigits = 5

    public static func scan(_ bytes: [UInt8]) -> Scan {
        var scan = Scan()
        var index = 0
        while index < bytes.count {
            guard scan.position == nil, bytes[index] == escape else {
                scan.otherBytes.append(bytes[index])
                index += 1
                continue
            }
            switch match(bytes, at: index) {
            case .report(let position, let end):
                scan.position = position
                index = end
            case .unfinished:
                scan.unfinished = Array(bytes[index...])
                return scan
            case .no:
                // Only the ESC is ruled out: what follows it is read again on its own, so a
                // typed Esc followed by a real report still finds the report.
                scan.otherBytes.append(bytes[index])
                index += 1
            }
        }
        return scan
    }

    private static let escape: UInt8 = 0x1B

    private enum Match {
        case report(CursorPosition, end: Int)
        /// A report so far, cut off by the end of the bytes.
        case unfinished
        case no
    }

    /// Reads `ESC [ digits ; digits R` starting at `start` (which holds the ESC).
    private static func match(_ bytes: [UInt8], at start: Int) -> Match {
        var index = start + 1
        guard index < bytes.count else { return .unfinished }
        guard bytes[index] == UInt8(ascii: "[") else { return .no }
        index += 1
        var numbers: [Int] = []
        for separator in [UInt8(ascii: ";"), UInt8(ascii: "R")] {
            var value = 0
            var digits = 0
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
                digits += 1
                guard digits <= maximumDigits else { return .no }
                value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
                index += 1
            }
            guard index < bytes.count else { return .unfinished }
            guard digits > 0, bytes[index] == separator else { return .no }
            numbers.append(value)
            index += 1
        }
        return .report(CursorPosition(row: numbers[0], column: numbers[1]), end: index)
    }
}
