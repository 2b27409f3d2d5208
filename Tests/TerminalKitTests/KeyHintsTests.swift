import Testing
@testable import TerminalKit

private let hints = KeyHints([
    .init("←→", "城市"), .init("↵", "进入"), .init("/", "搜索"), .init("?", "帮助"), .init("q", "退出"),
])

@Test func keyHintsShowKeysAndDescriptionsInTheirRoles() {
    var canvas = Canvas(width: 40, height: 1)
    hints.render(in: canvas.area, on: &canvas)
    expectLines(canvas.grid.lines, ["←→ 城市  ↵ 进入  / 搜索  ? 帮助  q 退出 "])
    #expect(canvas.grid[0, 0].style == Style(.key))
    #expect(canvas.grid[1, 0].style == Style(.key))
    #expect(canvas.grid[2, 0].style == Style(.muted))
    #expect(canvas.grid[3, 0].style == Style(.muted))
    #expect(canvas.grid[9, 0].style == Style(.key))
    #expect(canvas.grid[39, 0].style == Style(.muted))
}

@Test func keyHintsDropWholeHintsFromTheEnd() {
    expectLines(rendered(hints, width: 20, height: 2), ["←→ 城市  ↵ 进入     ", "xxxxxxxxxxxxxxxxxxxx"])
    // All five need 39 columns; at 38 the last goes, whole.
    expectLines(rendered(hints, width: 38, height: 1), ["←→ 城市  ↵ 进入  / 搜索  ? 帮助       "])
    expectLines(rendered(hints, width: 39, height: 1), ["←→ 城市  ↵ 进入  / 搜索  ? 帮助  q 退出"])
    expectLines(rendered(hints, width: 6, height: 1), ["      "])
    expectLines(rendered(hints, width: 7, height: 1), ["←→ 城市"])
}

@Test func keyHintsSpellArrowsInASCII() {
    expectLines(rendered(hints, width: 40, height: 1, glyphs: .ascii), ["Left/Right 城市  Enter 进入  / 搜索     "])
    expectLines(rendered(KeyHints([.init("↑↓", "row"), .init("Tab", ""), .init("", "just words")]), width: 28, height: 1,
                         glyphs: .ascii), ["Up/Down row  Tab  just words"])
}

@Test func keyHintsInASubRectAndAtTinySizes() {
    expectLines(expectUntouchedOutside(hints, area: Rect(x: 1, y: 1, width: 17, height: 1), width: 19, height: 3), [
        "xxxxxxxxxxxxxxxxxxx",
        "x←→ 城市  ↵ 进入  x",
        "xxxxxxxxxxxxxxxxxxx",
    ])
    expectLines(rendered(hints, width: 1, height: 1), [" "])
    expectLines(rendered(hints, width: 0, height: 0), [])
    expectLines(rendered(KeyHints([]), width: 3, height: 1), ["   "])
}

@Test func keyHintsRowsFitAndNeverCutAHintForRandomText() {
    var fuzz = MixedTextFuzz(seed: 0x4E15)
    for _ in 0..<400 {
        let widget = KeyHints((0..<fuzz.int(0...6)).map { _ in .init(fuzz.text(maxLength: 3), fuzz.text(maxLength: 6)) })
        let (width, height) = (fuzz.int(0...50), fuzz.int(0...2))
        let glyphs: Glyphs = fuzz.bool() ? .unicode : .ascii
        var canvas = Canvas(width: width, height: height, glyphs: glyphs)
        widget.render(in: canvas.area, on: &canvas)
        expectRowsFit(canvas.grid.lines, width: width)
        // Whole hints only: the drawn text is the first n hints, joined.
        if height > 0 {
            let drawn = canvas.grid.lines[0].visibleText
            let ascii = glyphs.isASCII
            let whole = (0...widget.hints.count).map { count in
                widget.hints.prefix(count).map { hint in
                    let key = Sanitizer.clean(ascii ? KeyHints.asciiKey(hint.key) : hint.key, ascii: ascii)
                    let label = Sanitizer.clean(hint.label, ascii: ascii)
                    return [key, label].filter { CellWidth.of($0) > 0 }.joined(separator: " ")
                }.filter { CellWidth.of($0) > 0 }.joined(separator: "  ").visibleText
            }
            #expect(whole.contains(drawn), "|\(drawn)| is not a run of whole hints")
        }
        let lines = expectUntouchedOutside(widget, area: fuzz.area(in: width, height), width: width, height: height, glyphs: glyphs)
        expectRowsFit(lines, width: width)
    }
}

private extension String {
    /// The text without zero-width scalars (the grid does not keep a lone joiner or mark)
    /// and trailing spaces, to compare what was drawn with what was given.
    var visibleText: String {
        var scalars = String.UnicodeScalarView(unicodeScalars.filter { CellWidth.of($0) > 0 })
        while scalars.last == " " { scalars.removeLast() }
        return String(scalars)
    }
}
