import Testing
@testable import TerminalKit

private let bar = StatusBar(path: ["南通", "船舶海工"], right: "数据截至 2025-12-10")

@Test func statusBarShowsTheBreadcrumbLeftAndTheDateRight() {
    expectLines(rendered(bar, width: 40, height: 1), [" 南通 › 船舶海工    数据截至 2025-12-10 "])
    expectLines(rendered(bar, width: 40, height: 2, glyphs: .ascii), [
        " 南通 / 船舶海工    数据截至 2025-12-10 ",
        "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
    ])
    expectLines(rendered(StatusBar("Nantong", right: "as of 2025-12-10"), width: 30, height: 1),
                [" Nantong     as of 2025-12-10 "])
    var canvas = Canvas(width: 40, height: 1)
    bar.render(in: canvas.area, on: &canvas)
    #expect(canvas.grid.cells.allSatisfy { $0.style == Style(.statusBar) })
}

@Test func statusBarDropsTheRightPartFirstThenTheLeadingSteps() {
    // The date needs 19 columns and the path 15; 34 plus a gap and padding no longer fit.
    expectLines(rendered(bar, width: 37, height: 1), [" 南通 › 船舶海工" + String(repeating: " ", count: 21)])
    let deep = StatusBar(path: ["江苏", "南通", "船舶海工"], right: "数据截至 2025-12-10")
    expectLines(rendered(deep, width: 20, height: 1), [" … › 船舶海工       "])
    expectLines(rendered(deep, width: 20, height: 1, glyphs: .ascii), [" ... / 船舶海工     "])
    expectLines(rendered(deep, width: 12, height: 1), [" 船舶海工   "])
    expectLines(rendered(deep, width: 7, height: 1), [" 船舶… "])
}

@Test func statusBarShowsOnlyTheDateWhenThereIsNoPath() {
    expectLines(rendered(StatusBar(path: [], right: "2025-12-10"), width: 20, height: 1), ["         2025-12-10 "])
}

@Test func statusBarInASubRectAndAtTinySizes() {
    expectLines(expectUntouchedOutside(bar, area: Rect(x: 2, y: 1, width: 12, height: 1), width: 16, height: 3), [
        "xxxxxxxxxxxxxxxx",
        "xx 船舶海工   xx",
        "xxxxxxxxxxxxxxxx",
    ])
    expectLines(rendered(bar, width: 2, height: 1), ["… "])
    expectLines(rendered(bar, width: 1, height: 1), ["…"])
    expectLines(rendered(bar, width: 0, height: 0), [])
    expectLines(rendered(StatusBar(""), width: 4, height: 1), ["    "])
}

@Test func statusBarRowsFitForRandomText() {
    var fuzz = MixedTextFuzz(seed: 0x57A7)
    for _ in 0..<400 {
        let widget = StatusBar(path: (0..<fuzz.int(0...4)).map { _ in fuzz.text(maxLength: 8) }, right: fuzz.text(maxLength: 20))
        let (width, height) = (fuzz.int(0...50), fuzz.int(0...3))
        let glyphs: Glyphs = fuzz.bool() ? .unicode : .ascii
        expectRowsFit(rendered(widget, width: width, height: height, glyphs: glyphs), width: width)
        let lines = expectUntouchedOutside(widget, area: fuzz.area(in: width, height), width: width, height: height, glyphs: glyphs)
        expectRowsFit(lines, width: width)
    }
}
