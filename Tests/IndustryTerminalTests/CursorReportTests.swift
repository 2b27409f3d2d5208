import Testing
@testable import IndustryTerminal

/// The width probe's reply parser: a terminal's `ESC [ row ; column R` found among whatever
/// else arrived, however the reads cut it.
@Suite("CursorReport")
struct CursorReportTests {
    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test("a reply alone")
    func replyAlone() {
        #expect(CursorReport.scan(bytes("\u{1B}[2;3R")) == CursorReport.Scan(position: CursorPosition(row: 2, column: 3)))
    }

    @Test("a reply cut across reads is unfinished until its R arrives, then found")
    func replySplitAcrossReads() {
        let reply = bytes("\u{1B}[12;345R")
        for cut in 1..<reply.count {
            let first = CursorReport.scan(Array(reply[..<cut]))
            #expect(first == CursorReport.Scan(unfinished: Array(reply[..<cut])), "cut after \(cut) bytes")
        }
        #expect(CursorReport.scan(reply) == CursorReport.Scan(position: CursorPosition(row: 12, column: 345)))
    }

    @Test("keys typed before and after the reply are kept in order, apart from it")
    func garbageAround() {
        let scan = CursorReport.scan(bytes("q\u{1B}OC南\u{1B}[2;2Rx\u{1B}[A"))
        #expect(scan == CursorReport.Scan(position: CursorPosition(row: 2, column: 2),
                                          otherBytes: bytes("q\u{1B}OC南x\u{1B}[A")))
    }

    @Test("an Esc typed just before the reply does not hide it")
    func escapeThenReply() {
        let scan = CursorReport.scan(bytes("\u{1B}\u{1B}[2;3R"))
        #expect(scan == CursorReport.Scan(position: CursorPosition(row: 2, column: 3), otherBytes: [0x1B]))
    }

    @Test("no reply: every byte is typed, nothing unfinished")
    func noReply() {
        #expect(CursorReport.scan([]) == CursorReport.Scan())
        let typed = bytes("jj\u{1B}[B\r")
        #expect(CursorReport.scan(typed) == CursorReport.Scan(otherBytes: typed))
    }

    @Test("a sequence that stops looking like a reply is typed bytes, whole")
    func malformed() {
        for text in ["\u{1B}[2;R", "\u{1B}[;3R", "\u{1B}[2R", "\u{1B}[2;3;4R", "\u{1B}[2:3R", "\u{1B}[2;3~",
                     "\u{1B}[?2;3R", "\u{1B}O2;3R", "\u{1B}[123456;1R"] {
            #expect(CursorReport.scan(bytes(text)) == CursorReport.Scan(otherBytes: bytes(text)), "\(text.debugDescription)")
        }
    }

    @Test("a malformed sequence before a real reply leaves the reply found")
    func malformedThenReply() {
        let scan = CursorReport.scan(bytes("\u{1B}[2;x\u{1B}[5;2R"))
        #expect(scan == CursorReport.Scan(position: CursorPosition(row: 5, column: 2), otherBytes: bytes("\u{1B}[2;x")))
    }

    @Test("the first reply counts; a second is typed bytes")
    func firstReplyWins() {
        let scan = CursorReport.scan(bytes("\u{1B}[2;3R\u{1B}[2;2R"))
        #expect(scan == CursorReport.Scan(position: CursorPosition(row: 2, column: 3), otherBytes: bytes("\u{1B}[2;2R")))
    }

    @Test("what was typed when no reply came: the other bytes, then the unfinished tail")
    func typedBytesWithoutReply() {
        let scan = CursorReport.scan(bytes("a\u{1B}[2;"))
        #expect(scan == CursorReport.Scan(otherBytes: bytes("a"), unfinished: bytes("\u{1B}[2;")))
        #expect(scan.typedBytes == bytes("a\u{1B}[2;"))
    }
}
