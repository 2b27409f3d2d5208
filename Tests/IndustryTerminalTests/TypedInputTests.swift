import Testing
@testable import IndustryTerminal

/// Keys typed during the width probe, cut into what goes back to the key input.
@Suite("TypedInput")
struct TypedInputTests {
    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test("escape sequences stay whole; everything else is byte by byte")
    func pieces() {
        #expect(TypedInput.pieces(bytes("a\u{1B}OC\u{1B}[5~\u{1B}[1;5Ab")) == [
            .byte(0x61), .sequence(bytes("\u{1B}OC")), .sequence(bytes("\u{1B}[5~")), .sequence(bytes("\u{1B}[1;5A")), .byte(0x62),
        ])
    }

    @Test("a mouse report is one sequence")
    func mouseReport() {
        #expect(TypedInput.pieces(bytes("\u{1B}[<0;10;5M")) == [.sequence(bytes("\u{1B}[<0;10;5M"))])
    }

    @Test("Esc alone, Alt-x and a cut sequence are bytes, for the key input to tell apart")
    func notSequences() {
        #expect(TypedInput.pieces([0x1B]) == [.byte(0x1B)])
        #expect(TypedInput.pieces(bytes("\u{1B}x")) == [.byte(0x1B), .byte(0x78)])
        #expect(TypedInput.pieces(bytes("\u{1B}[1;")) == bytes("\u{1B}[1;").map(TypedInput.Piece.byte))
        #expect(TypedInput.pieces(bytes("\u{1B}O")) == [.byte(0x1B), .byte(0x4F)])
    }

    @Test("UTF-8 text goes back byte by byte, in order")
    func utf8() {
        #expect(TypedInput.pieces(bytes("南")) == [.byte(0xE5), .byte(0x8D), .byte(0x97)])
    }
}
