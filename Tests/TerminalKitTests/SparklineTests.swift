import Testing
@testable import TerminalKit

private let digits: [Double] = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4]

@Test func aSparklineScalesItsSeriesFromLowestToHighest() {
    expectLines(rendered(Sparkline(digits), width: 40, height: 1), ["▃▁▄▁▅█▂▅▅▃▅▇█▆█▃▂▃▇▄" + String(repeating: " ", count: 20)])
    expectLines(rendered(Sparkline(digits), width: 20, height: 1, glyphs: .ascii), ["o_o_O@_OOoO@@O@o_o@o"])
    expectLines(rendered(Sparkline((1...8).map(Double.init)), width: 8, height: 1), ["▁▂▃▄▅▆▇█"])
}

@Test func aLongSeriesShowsItsMostRecentValues() {
    expectLines(rendered(Sparkline((1...30).map(Double.init)), width: 10, height: 1), ["▁▂▃▃▄▅▆▆▇█"])
    expectLines(rendered(Sparkline(digits), width: 6, height: 1), ["█▂▁▂▇▃"])
}

@Test func tallSparklinesStackFullBlocksUnderAPartialOne() {
    expectLines(rendered(Sparkline(digits), width: 20, height: 3), [
        "     █     ▅█▂█   ▅ ",
        "  ▂ ▅█ ▇▅ ▅████   █▂",
        "▇▁█▁██▄██▇█████▇▄▇██",
    ])
    expectLines(rendered(Sparkline(digits), width: 20, height: 3, glyphs: .ascii), [
        "     @     O@_@   O ",
        "  _ O# @O O####   #_",
        "@_#_##o##@#####@o@##",
    ])
}

@Test func flatSeriesAndSingleValuesSitInTheMiddle() {
    expectLines(rendered(Sparkline([2, 2, 2]), width: 6, height: 1), ["▄▄▄   "])
    expectLines(rendered(Sparkline([2, 2, 2]), width: 6, height: 2), ["      ", "███   "])
    expectLines(rendered(Sparkline([5]), width: 3, height: 4, glyphs: .ascii), ["   ", "   ", "@  ", "#  "])
    expectLines(rendered(Sparkline([-7]), width: 1, height: 1), ["▄"])
}

@Test func nonFiniteValuesAreGapsAndNeverBreakTheScale() {
    expectLines(rendered(Sparkline([1, .nan, .infinity, 3, -.infinity, 2]), width: 6, height: 1), ["▁  █ ▅"])
    expectLines(rendered(Sparkline([.nan, .infinity]), width: 4, height: 2), ["    ", "    "])
    let extremes = [-1e308, 1e308, 0, -.greatestFiniteMagnitude, .greatestFiniteMagnitude]
    expectLines(rendered(Sparkline(extremes), width: 6, height: 1), ["▃▆▅▁█ "])
}

@Test func theSeriesTakesTheRoleItIsGiven() {
    var canvas = Canvas(width: 3, height: 2)
    Sparkline([1, 2], role: .onTrack).render(in: canvas.area, on: &canvas)
    #expect(canvas.grid[1, 0].style == Style(.onTrack))
    #expect(canvas.grid[0, 1].style == Style(.onTrack))
    #expect(canvas.grid[2, 1].style == Style(.text))
}

@Test func aSparklineDrawsOnlyInsideItsArea() {
    expectLines(rendered(Sparkline(digits), width: 10, height: 4, area: Rect(x: 2, y: 1, width: 5, height: 2)), [
        "xxxxxxxxxx",
        "xx   █ xxx",
        "xx▄▁▄█▆xxx",
        "xxxxxxxxxx",
    ])
    #expect(rendered(Sparkline(digits), width: 0, height: 0).isEmpty)
    expectLines(rendered(Sparkline([]), width: 3, height: 1), ["   "])
    expectLines(rendered(Sparkline(digits), width: 1, height: 1), ["▄"])
    expectLines(rendered(Sparkline(digits), width: 2, height: 2, area: Rect(x: 1, y: 1, width: 0, height: 1)), ["xx", "xx"])
}

@Test func randomSeriesAndSizesKeepEveryRowWholeAndInsideTheArea() {
    var fuzz = WidgetFuzz(seed: 1_000_003)
    for _ in 0..<300 {
        let values = (0..<fuzz.below(60)).map { _ in fuzz.value() }
        fuzz.expectContained(Sparkline(values, role: fuzz.pick(Role.allCases)))
    }
}
