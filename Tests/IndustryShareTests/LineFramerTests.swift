import Testing
@testable import IndustryShare

@Suite("LineFramer")
struct LineFramerTests {
    @Test("lines split across reads are joined, several in one read are split")
    func framing() {
        var framer = LineFramer(maxLineBytes: 16)
        #expect(framer.append(Array("ab".utf8)) == [])
        #expect(framer.append(Array("c\nde\n\nf".utf8)) == [.line(Array("abc".utf8)), .line(Array("de".utf8)), .line([])])
        #expect(framer.bufferedByteCount == 1)
        #expect(framer.append(Array("\n".utf8)) == [.line(Array("f".utf8))])
    }

    @Test("a line of exactly the limit is kept; one byte more is discarded up to its newline")
    func limit() {
        var framer = LineFramer(maxLineBytes: 4)
        #expect(framer.append(Array("abc\n".utf8)) == [.line(Array("abc".utf8))])
        #expect(framer.append(Array("abcd".utf8)) == [.oversized])
        #expect(framer.append(Array("efgh".utf8)) == [])  // still the same long line
        #expect(framer.bufferedByteCount == 0)
        #expect(framer.append(Array("ij\nok\n".utf8)) == [.line(Array("ok".utf8))])
    }

    @Test("an oversized line within one read does not swallow the next")
    func oversizedInOneRead() {
        var framer = LineFramer(maxLineBytes: 4)
        #expect(framer.append(Array("toolong\nab\n".utf8)) == [.oversized, .line(Array("ab".utf8))])
    }
}
