import Testing
@testable import TerminalKit

@Suite("Paragraphs laid out once")
struct ParagraphsTests {
    let items: [Paragraphs.Item] = [
        .text("南通 规上工业增加值增长 预计7%，目标10%", Style(.title), indent: 2),
        .text("Target: 10% (2025), wording 「到2025年,规上工业增加值年均增长10%」", .text, indent: 4),
        .text("", .text, indent: 0),
        .text("Source: Nantong Manufacturing Power City Leading Group Office", Style(.muted), indent: 2),
    ]

    private func drawn(_ widget: Paragraphs, width: Int, height: Int) -> [String] {
        var canvas = Canvas(width: width, height: height)
        widget.render(in: canvas.area, on: &canvas)
        return canvas.grid.lines
    }

    @Test("kept lines draw what wrapping anew draws, at their size, and another size wraps anew")
    func sameCells() {
        let laid = Paragraphs.LaidOut(items, width: 24, height: 5)
        for offset in [0, 2, 9] {
            #expect(drawn(Paragraphs(laid, offset: offset), width: 24, height: 5) == drawn(Paragraphs(items, offset: offset), width: 24, height: 5))
        }
        #expect(drawn(Paragraphs(laid), width: 40, height: 8) == drawn(Paragraphs(items), width: 40, height: 8))
        #expect(laid.scrollLimit() == Paragraphs(items).scrollLimit(width: 24, height: 5))
        #expect(laid.scrollLimit() > 0)  // the text overflows, so the scroll mark's column is in play
        #expect(drawn(Paragraphs(laid), width: 24, height: 5)[0] == "南通 规上工业增加值增长 ")
    }
}
