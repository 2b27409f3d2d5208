import IndustryShare

/// The share protocol: a position decoded from any line is written back and decodes to the
/// same position; the line framer gives the same frames however the bytes are split.
enum ShareChecks {
    static func position(_ bytes: [UInt8]) throws(FuzzViolation) {
        let decoded = Result { () throws(SharePositionError) in try SharePosition.decode(line: bytes) }
        let again = Result { () throws(SharePositionError) in try SharePosition.decode(line: bytes) }
        try require(String(describing: decoded) == String(describing: again), "two decodes of one line differ")
        guard case .success(let position) = decoded else { return }
        let line: [UInt8]
        do throws(SharePositionError) {
            line = try position.fittedToMessageSize().encodedLine()
        } catch {
            throw FuzzViolation(description: "a fitted position does not encode: \(error)")
        }
        try require(line.last == 0x0A && !line.dropLast().contains(0x0A), "an encoded position is not one line")
        switch Result(catching: { () throws(SharePositionError) in try SharePosition.decode(line: line) }) {
        case .success(let back):
            try require(back == position.fittedToMessageSize(), "a position written and read back changed")
        case .failure(let error):
            throw FuzzViolation(description: "an encoded position does not decode: \(error)")
        }
    }

    /// The first two bytes choose where to cut the rest into three reads, and the line limit.
    static func framer(_ bytes: [UInt8]) throws(FuzzViolation) {
        guard bytes.count >= 2 else { return }
        let limit = 1 + Int(bytes[0] % 64)
        let stream = Array(bytes.dropFirst(2))
        let cut1 = stream.isEmpty ? 0 : Int(bytes[1]) % (stream.count + 1)
        let cut2 = cut1 + (stream.count - cut1) / 2
        var whole = LineFramer(maxLineBytes: limit)
        let expected = whole.append(stream)
        var pieces = LineFramer(maxLineBytes: limit)
        let split = pieces.append(Array(stream[..<cut1])) + pieces.append(Array(stream[cut1..<cut2])) + pieces.append(Array(stream[cut2...]))
        try require(split == expected, "frames depend on how the bytes were cut (limit \(limit), cuts \(cut1), \(cut2))")
        try require(whole.bufferedByteCount == pieces.bufferedByteCount, "the bytes held back depend on the cuts")
        try require(whole.bufferedByteCount < limit, "more than a line's limit is buffered")
        for frame in expected {
            guard case .line(let line) = frame else { continue }
            try require(line.count + 1 <= limit, "a kept line is longer than the limit")
            try require(!line.contains(0x0A), "a line holds a newline")
        }
        // Every newline ends one frame; an unfinished last line is one more once too long.
        let newlines = stream.filter { $0 == 0x0A }.count
        let tail = stream.count - (stream.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0)
        try require(expected.count == newlines + (tail + 1 > limit ? 1 : 0), "frames and newlines do not match")
    }
}
