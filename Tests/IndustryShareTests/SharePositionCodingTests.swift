import Testing
@testable import IndustryShare

@Suite("SharePosition encoding and decoding")
struct SharePositionCodingTests {
    private func decode(_ text: String) throws(SharePositionError) -> SharePosition {
        try SharePosition.decode(line: Array(text.utf8))
    }

    private func error(_ text: String) -> SharePositionError? {
        caughtError(SharePositionError.self) { _ = try decode(text) }
    }

    /// A valid message with `replacing` members swapped in (value as raw JSON, nil to drop it).
    private func message(_ replacing: [String: String?] = [:]) -> String {
        var members: [(String, String)] = [
            ("version", "1"), ("deck", "\"Deck\""), ("slide", "2"), ("slideCount", "5"), ("view", "\"overview\""),
            ("titleZh", "\"总览\""), ("titleEn", "\"Overview\""), ("notes", "\"\""), ("blanked", "false"), ("selectedRow", "0"),
        ]
        members = members.compactMap { key, value in
            guard let replacement = replacing[key] else { return (key, value) }
            return replacement.map { (key, $0) }
        }
        return "{" + members.map { "\"\($0.0)\":\($0.1)" }.joined(separator: ",") + "}"
    }

    @Test("a position survives encoding and decoding, Chinese and control characters included")
    func roundTrip() throws {
        let notes = "第一页：说明\n\t\"引号\" \\ 反斜杠 \u{01}\u{1B}[31m红\u{7F} 😀 e\u{301}"
        let position = SharePosition(deckTitle: "南通 \"616\"", slideIndex: 3, slideCount: 9,
                                     view: "cluster:nantong/shipbuilding-offshore", titleZh: "船舶海工",
                                     titleEn: "Shipbuilding & offshore", notes: notes, blanked: true, selectedRow: 4)
        let line = try position.encodedLine()
        #expect(try SharePosition.decode(line: line) == position)
        // One line: the only byte below 0x20 is the final newline, and DEL is escaped too.
        #expect(line.last == UInt8(ascii: "\n"))
        #expect(line.dropLast().allSatisfy { $0 >= 0x20 && $0 != 0x7F })
        let text = String(decoding: line, as: UTF8.self)
        #expect(text.contains(#"\u000A\u0009\"引号\" \\ 反斜杠 \u0001\u001B[31m红\u007F"#))
    }

    @Test("equal positions encode to equal bytes")
    func deterministic() throws {
        #expect(try samplePosition(8).encodedLine() == samplePosition(8).encodedLine())
    }

    @Test("a hand-written valid message decodes, unknown members ignored")
    func handWritten() throws {
        let position = try decode(message(["future": "{\"a\":[1]}"]) + "\n")
        #expect(position == SharePosition(deckTitle: "Deck", slideIndex: 2, slideCount: 5, view: "overview",
                                          titleZh: "总览", titleEn: "Overview"))
    }

    @Test("malformed JSON is a typed error")
    func malformed() {
        for text in ["", "not json", "{", message() + "}", message() + " x", "{\"version\":1,}", "{'version':1}"] {
            guard case .malformedJSON = error(text) else { Issue.record("accepted or misreported: \(text)"); continue }
        }
        #expect(error("[1,2]") == .notAnObject(found: "array"))
        #expect(error("\"text\"") == .notAnObject(found: "string"))
    }

    @Test("unknown protocol versions are refused before anything else")
    func versions() {
        #expect(error(message(["version": "2"])) == .unsupportedVersion(2))
        #expect(error(message(["version": "0", "deck": nil])) == .unsupportedVersion(0))
        #expect(error(message(["version": nil])) == .missingField("version"))
        #expect(error(message(["version": "\"1\""])) == .wrongType(field: "version", expected: "an integer", found: "string"))
    }

    @Test("English notes travel beside the Chinese ones, and a presenter without them still decodes")
    func englishNotes() throws {
        let position = SharePosition(deckTitle: "d", slideIndex: 0, slideCount: 1, view: "overview", titleZh: "总览",
                                     titleEn: "Overview", notes: "先讲苏州", notesEn: "Suzhou first")
        #expect(try SharePosition.decode(line: position.encodedLine()) == position)
        #expect(try decode(message(["notesEn": nil])).notesEn == "")
    }

    @Test("missing fields, wrong types and duplicates are named")
    func fields() {
        #expect(error(message(["notes": nil])) == .missingField("notes"))
        #expect(error(message(["slide": "\"3\""])) == .wrongType(field: "slide", expected: "an integer", found: "string"))
        #expect(error(message(["slide": "1.5"])) == .wrongType(field: "slide", expected: "an integer", found: "1.5"))
        #expect(error(message(["slide": "1e300"])) == .wrongType(field: "slide", expected: "an integer", found: "1e+300"))
        #expect(error(message(["blanked": "0"])) == .wrongType(field: "blanked", expected: "a boolean", found: "number"))
        #expect(error(message(["deck": "null"])) == .wrongType(field: "deck", expected: "a string", found: "null"))
        #expect(error("{\"version\":1,\"version\":1}") == .duplicateField("version"))
    }

    @Test("values a follower would index with are range-checked")
    func ranges() {
        #expect(error(message(["slide": "5"])) == .invalidValue(field: "slide", reason: "must be from 0 to 4, found 5"))
        #expect(error(message(["slide": "-1"])) == .invalidValue(field: "slide", reason: "must be from 0 to 4, found -1"))
        #expect(error(message(["slideCount": "0", "slide": "0"])) == .invalidValue(field: "slideCount", reason: "must be at least 1"))
        #expect(error(message(["selectedRow": "-3"])) == .invalidValue(field: "selectedRow", reason: "must not be negative"))
        #expect(error(message(["view": "\"\""])) == .invalidValue(field: "view", reason: "must not be empty"))
    }

    @Test("invalid UTF-8 is refused as such, inside or outside strings")
    func invalidUTF8() {
        let valid = Array(message().utf8)
        let inString = Array(valid[..<(valid.firstIndex(of: UInt8(ascii: "D"))!)]) + [0xC3, 0x28] + Array(valid[(valid.firstIndex(of: UInt8(ascii: "D"))! + 1)...])
        #expect(caughtError(SharePositionError.self) { _ = try SharePosition.decode(line: inString) } == .invalidUTF8)
        #expect(caughtError(SharePositionError.self) { _ = try SharePosition.decode(line: [0xFF] + valid) } == .invalidUTF8)
        let surrogate: [UInt8] = [0xED, 0xA0, 0x80]  // an encoded UTF-16 surrogate is not UTF-8
        #expect(caughtError(SharePositionError.self) { _ = try SharePosition.decode(line: surrogate) } == .invalidUTF8)
    }

    @Test("oversized messages are refused by both encoder and decoder")
    func oversized() {
        let limit = SharePosition.maxMessageBytes
        let big = samplePosition(1, notes: String(repeating: "x", count: limit))
        guard case .oversized(let count) = caughtError(SharePositionError.self, { _ = try big.encodedLine() }) else {
            Issue.record("an oversized position was encoded"); return
        }
        #expect(count > limit)
        let line = [UInt8](repeating: UInt8(ascii: " "), count: limit) + Array(message().utf8)
        #expect(caughtError(SharePositionError.self) { _ = try SharePosition.decode(line: line) } == .oversized(byteCount: line.count + 1))
    }

    @Test("fitting cuts long notes at a character boundary and keeps the rest")
    func fitting() throws {
        let notes = String(repeating: "南通\u{01}", count: 30_000)
        let position = samplePosition(4, notes: notes)
        let fitted = position.fittedToMessageSize()
        let line = try fitted.encodedLine()
        #expect(line.count <= SharePosition.maxMessageBytes)
        #expect(line.count > SharePosition.maxMessageBytes - 16)
        #expect(fitted.notes.hasSuffix("…"))
        #expect(notes.hasPrefix(fitted.notes.dropLast()))
        var expected = position
        expected.notes = fitted.notes
        #expect(fitted == expected)
        #expect(samplePosition(5).fittedToMessageSize() == samplePosition(5))
    }

    @Test("absurdly long titles are capped so any position can be sent")
    func fittingTitles() throws {
        let huge = String(repeating: "\u{02}", count: 40_000)
        let position = SharePosition(deckTitle: huge, slideIndex: 0, slideCount: 1, view: huge, titleZh: huge,
                                     titleEn: huge, notes: huge)
        let fitted = position.fittedToMessageSize()
        #expect(try fitted.encodedLine().count <= SharePosition.maxMessageBytes)
        #expect(fitted.titleZh.unicodeScalars.count == 1024)
    }
}
