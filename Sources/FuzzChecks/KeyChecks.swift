import TerminalKit
import IndustryTerminal

/// Bytes from a terminal: typed input is cut into escape sequences and single bytes with
/// every byte kept, in order, and no sequence made from half of one (cutting the input
/// anywhere never yields a sequence the whole input does not have at that place); the
/// cursor report scanner keeps every byte that is not the report and finds the same report
/// in any longer input; the key decoder answers every code the same way twice.
enum KeyChecks {
    static func check(_ bytes: [UInt8]) throws(FuzzViolation) {
        try typedInput(bytes)
        try cursorReport(bytes)
        try keyCodes(bytes)
    }

    static func typedInput(_ bytes: [UInt8]) throws(FuzzViolation) {
        let pieces = TypedInput.pieces(bytes)
        try require(flattened(pieces) == bytes, "typed input lost, added or reordered bytes")
        let sequences = sequenceStarts(pieces)
        for sequence in sequences.values {
            try require(sequence.first == 0x1B && sequence.count >= 3, "a sequence that is not one: \(sequence)")
        }
        for cut in cuts(bytes.count) {
            let prefix = Array(bytes[..<cut])
            let partial = TypedInput.pieces(prefix)
            try require(flattened(partial) == prefix, "a cut input lost bytes")
            for (start, sequence) in sequenceStarts(partial) {
                try require(sequences[start] == sequence, "cut at \(cut), a sequence at \(start) that the whole input does not have: \(sequence)")
            }
        }
    }

    private static func flattened(_ pieces: [TypedInput.Piece]) -> [UInt8] {
        pieces.flatMap { piece -> [UInt8] in
            switch piece {
            case .byte(let byte): [byte]
            case .sequence(let bytes): bytes
            }
        }
    }

    /// Each sequence piece by the offset it starts at.
    private static func sequenceStarts(_ pieces: [TypedInput.Piece]) -> [Int: [UInt8]] {
        var result: [Int: [UInt8]] = [:]
        var offset = 0
        for piece in pieces {
            switch piece {
            case .byte: offset += 1
            case .sequence(let bytes):
                result[offset] = bytes
                offset += bytes.count
            }
        }
        return result
    }

    /// Where to cut an input: every place for short ones, about thirty for long ones.
    private static func cuts(_ count: Int) -> [Int] {
        count <= 32 ? Array(0..<count) : (0..<32).map { $0 * count / 32 }
    }

    static func cursorReport(_ bytes: [UInt8]) throws(FuzzViolation) {
        let scan = CursorReport.scan(bytes)
        try require(scan == CursorReport.scan(bytes), "two scans of one input differ")
        if scan.position == nil {
            try require(scan.typedBytes == bytes, "without a report, bytes were lost or added")
        } else {
            try require(scan.unfinished.isEmpty, "a report found and bytes still unfinished")
            try require(isSubsequence(scan.otherBytes, of: bytes) && scan.otherBytes.count < bytes.count,
                        "the bytes around a report are not the input's")
        }
        for cut in cuts(bytes.count) {
            let partial = CursorReport.scan(Array(bytes[..<cut]))
            if let found = partial.position {
                try require(found == scan.position, "cut at \(cut), a report the whole input does not have")
            }
        }
    }

    private static func isSubsequence(_ part: [UInt8], of whole: [UInt8]) -> Bool {
        var index = whole.startIndex
        for byte in part {
            guard let found = whole[index...].firstIndex(of: byte) else { return false }
            index = found + 1
        }
        return true
    }

    /// Four bytes at a time as a code, with and without KEY_CODE_YES.
    static func keyCodes(_ bytes: [UInt8]) throws(FuzzViolation) {
        var index = 0
        while index + 4 <= bytes.count {
            let code = bytes[index..<index + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
            for isKeyCode in [false, true] {
                let key = KeyDecoder.decode(isKeyCode: isKeyCode, code: code, size: (80, 24))
                try require(key == KeyDecoder.decode(isKeyCode: isKeyCode, code: code, size: (80, 24)), "a code decodes two ways")
            }
            index += 4
        }
    }
}
