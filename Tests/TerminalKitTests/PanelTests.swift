import Testing
import TestSupport
@testable import TerminalKit

@Test func panelDrawsTitleAndRightTitleInTheTopBorder() {
    let panel = Panel(title: "南通 船舶海工", rightTitle: "2025-12-10")
    expectLines(rendered(panel, width: 40, height: 4), [
        "┌ 南通 船舶海工 ─────────── 2025-12-10 ┐",
        "│                                      │",
        "│                                      │",
        "└──────────────────────────────────────┘",
    ])
    expectLines(rendered(panel, width: 40, height: 4, glyphs: .ascii), [
        "- 南通 船舶海工 ----------- 2025-12-10 -",
        "|                                      |",
        "|                                      |",
        "----------------------------------------",
    ])
}

@Test func panelDropsTheRightTitleFirstThenCutsTheTitleByDisplayWidth() {
    let panel = Panel(title: "南通 船舶海工 高端装备", rightTitle: "2025-12-10")
    expectLines(rendered(panel, width: 20, height: 4), [
        "┌ 南通 船舶海工… ──┐",
        "│                  │",
        "│                  │",
        "└──────────────────┘",
    ])
    // Six columns for text: 船舶 and the ellipsis take five; 海 would need two, so it goes whole.
    expectLines(rendered(Panel(title: "船舶海工"), width: 10, height: 2, glyphs: .ascii), [
        "- 船... --",
        "----------",
    ])
    expectLines(rendered(Panel(title: "Shipbuilding", rightTitle: "2025"), width: 12, height: 2), [
        "┌ Shipbui… ┐",
        "└──────────┘",
    ])
}

@Test func panelKeepsTheRightTitleWhenTheTitleIsEmpty() {
    expectLines(rendered(Panel(rightTitle: "2025-12-10"), width: 20, height: 3), [
        "┌────── 2025-12-10 ┐",
        "│                  │",
        "└──────────────────┘",
    ])
}

@Test func panelInASubRectLeavesEverythingAroundItAlone() {
    let lines = expectUntouchedOutside(Panel(title: "Suzhou 苏州"), area: Rect(x: 2, y: 1, width: 12, height: 4),
                                      width: 16, height: 6)
    expectLines(lines, [
        "xxxxxxxxxxxxxxxx",
        "xx┌ Suzhou… ─┐xx",
        "xx│          │xx",
        "xx│          │xx",
        "xx└──────────┘xx",
        "xxxxxxxxxxxxxxxx",
    ])
}

@Test func panelFocusUsesTheFocusRoleAndABoldTitle() {
    var canvas = Canvas(width: 12, height: 3)
    Panel(title: "无锡", focused: true).render(in: canvas.area, on: &canvas)
    #expect(canvas.grid[0, 0].style == Style(.focus))
    #expect(canvas.grid[11, 2].style == Style(.focus))
    #expect(canvas.grid[2, 0].style == Style(.title, bold: true))
    Panel(title: "无锡").render(in: canvas.area, on: &canvas)
    #expect(canvas.grid[0, 0].style == Style(.border))
    #expect(canvas.grid[2, 0].style == Style(.title))
}

@Test func panelAtTwoByTwoIsJustCornersAndBelowThatNothing() {
    expectLines(rendered(Panel(title: "南通"), width: 2, height: 2), ["┌┐", "└┘"])
    expectLines(rendered(Panel(title: "南通"), width: 3, height: 2, glyphs: .ascii), ["---", "---"])
    expectLines(rendered(Panel(title: "南通"), width: 1, height: 5), Array(repeating: "x", count: 5))
    expectLines(rendered(Panel(title: "南通"), width: 5, height: 1), ["xxxxx"])
    #expect(rendered(Panel(), width: 0, height: 0).isEmpty)
    #expect(rendered(Panel(), width: 3, height: 3, area: Rect(x: 1, y: 1, width: 0, height: 2)) == ["xxx", "xxx", "xxx"])
}

@Test func panelInnerAreaIsTheRectangleLessTheBorder() {
    let panel = Panel()
    #expect(panel.inner(of: Rect(x: 2, y: 3, width: 10, height: 5)) == Rect(x: 3, y: 4, width: 8, height: 3))
    #expect(panel.inner(of: Rect(x: 0, y: 0, width: 2, height: 2)).isEmpty)
    #expect(panel.inner(of: Rect(x: 0, y: 0, width: 1, height: 0)).isEmpty)
}

@Test func panelRowsFitForRandomTitlesAndSizes() {
    var fuzz = MixedTextFuzz(seed: 0x9A7E1)
    for _ in 0..<400 {
        let panel = Panel(title: fuzz.text(), rightTitle: fuzz.text(maxLength: 12), focused: fuzz.bool())
        let (width, height) = (fuzz.int(0...40), fuzz.int(0...6))
        let glyphs: Glyphs = fuzz.bool() ? .unicode : .ascii
        expectRowsFit(rendered(panel, width: width, height: height, glyphs: glyphs), width: width)
        let area = fuzz.area(in: width, height)
        let lines = expectUntouchedOutside(panel, area: area, width: width, height: height, glyphs: glyphs)
        expectRowsFit(lines, width: width)
    }
}

// MARK: Shared by the widget tests

/// Random text for the widgets' property tests: Chinese, ASCII, emoji (wide, joined, with
/// modifiers, flags) and control characters, from a fixed seed so a failure repeats.
struct MixedTextFuzz {
    static let pieces = [
        "南", "通", "船", "舶", "海", "工", "亿", "，", "Ａ", "a", "Z", "7", ".", "%", "-", " ", "  ",
        "🏭", "🚢", "❤️", "👍🏽", "👩‍🔬", "🇨🇳", "e\u{301}", "한",
        "\u{1B}", "\u{1B}[31m", "\t", "\n", "\r\n", "\u{0}", "\u{7F}", "\u{85}", "\u{202E}", "\u{200D}",
    ]

    var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(random.next() % UInt64(range.count))
    }

    mutating func bool() -> Bool { random.next() & 1 == 1 }

    mutating func text(maxLength: Int = 30) -> String {
        (0..<int(0...maxLength)).map { _ in Self.pieces[int(0...(Self.pieces.count - 1))] }.joined()
    }

    /// A rectangle inside a canvas of this size (possibly empty).
    mutating func area(in width: Int, _ height: Int) -> Rect {
        let x = int(0...width), y = int(0...height)
        return Rect(x: x, y: y, width: int(0...(width - x)), height: int(0...(height - y)))
    }
}

/// Renders into `area` of an `x`-filled canvas, checks every cell outside it is still `x`,
/// and returns the rows.
@discardableResult
func expectUntouchedOutside(_ widget: some Widget, area: Rect, width: Int, height: Int, glyphs: Glyphs = .unicode,
                           sourceLocation: SourceLocation = #_sourceLocation) -> [String] {
    var canvas = Canvas(width: width, height: height, glyphs: glyphs)
    canvas.grid.fill(canvas.area, with: "x")
    widget.render(in: area, on: &canvas)
    for y in 0..<height {
        for x in 0..<width where !area.contains(x: x, y: y) && canvas.grid[x, y].text != "x" {
            Issue.record("cell \(x),\(y) outside \(area) was drawn: |\(canvas.grid.lines[y])|",
                         sourceLocation: sourceLocation)
            return canvas.grid.lines
        }
    }
    return canvas.grid.lines
}
