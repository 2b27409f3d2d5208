import Testing
@testable import TerminalKit

private let cities = [
    BarChart.Item("南通", value: 13000, target: 15000, role: .achieved, valueLabel: "1.3万亿元"),
    BarChart.Item("船舶海工", value: 3000, target: 2500, role: .behind, valueLabel: "3000亿元"),
    BarChart.Item("Suzhou", value: 4500, valueLabel: "4500"),
]

private let growth = [
    BarChart.Item("up", value: 30, valueLabel: "+30%"),
    BarChart.Item("down", value: -10, target: -5, valueLabel: "-10%"),
    BarChart.Item("flat", value: 0, target: 20, valueLabel: "0%"),
]

@Test func barsLineUpByDisplayWidthWithTargetsAndValueLabels() {
    expectLines(rendered(BarChart(cities), width: 40, height: 6), [
        "南通     ██████████████████▎ ┊ 1.3万亿元",
        "船舶海工 ███┊▎                  3000亿元",
        "Suzhou   ██████▎                    4500",
        "                                        ",
        "                                        ",
        "                                        ",
    ])
    expectLines(rendered(BarChart(cities), width: 40, height: 3, glyphs: .ascii), [
        "南通     ##################  : 1.3万亿元",
        "船舶海工 ###:                   3000亿元",
        "Suzhou   ######                     4500",
    ])
}

@Test func narrowChartsCutTheWiderLabelColumnFirstAndKeepAQuarterForBars() {
    expectLines(rendered(BarChart(cities), width: 20, height: 3), [
        "南通   ████┊  1.3万…",
        "船舶…  ┊     3000亿…",
        "Suzhou █▌       4500",
    ])
    expectLines(rendered(BarChart(cities), width: 20, height: 3, glyphs: .ascii), [
        "南通   ####:  1.3...",
        "船...  :     3000...",
        "Suzhou #        4500",
    ])
}

@Test func barsAndMarkersCarryTheirRoles() {
    var canvas = Canvas(width: 40, height: 3)
    BarChart(cities).render(in: canvas.area, on: &canvas)
    #expect(canvas.grid[9, 0].style.role == .achieved)
    #expect(canvas.grid[29, 0].style.role == .target)
    #expect(canvas.grid[9, 1].style.role == .behind)
    #expect(canvas.grid[9, 2].style.role == .bar)
}

@Test func barsHaveEighthCellResolution() {
    let eighths = (0...8).map { BarChart.Item("", value: Double($0) / 8) }
    let unicode = rendered(BarChart(eighths, maximum: 1), width: 1, height: 9)
    #expect(unicode == [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"])
    // ASCII has no eighths: below a half draws nothing, above it a whole #.
    let ascii = rendered(BarChart(eighths, maximum: 1), width: 1, height: 9, glyphs: .ascii)
    #expect(ascii == [" ", " ", " ", " ", " ", "#", "#", "#", "#"])
}

@Test func negativeValuesGrowLeftFromAZeroAxis() {
    expectLines(rendered(BarChart(growth), width: 30, height: 3), [
        "up        │██████████████ +30%",
        "down ██┊██│               -10%",
        "flat      │         ┊       0%",
    ])
    expectLines(rendered(BarChart(growth, showsTrack: true), width: 30, height: 3, glyphs: .ascii), [
        "up   .....|############## +30%",
        "down ##:##|.............. -10%",
        "flat .....|.........:....   0%",
    ])
}

@Test func aGivenMaximumClipsLongBarsInsideTheirTrack() {
    let items = [BarChart.Item("a", value: 50, valueLabel: "50"), BarChart.Item("b", value: 5, target: 1e300, valueLabel: "5")]
    expectLines(rendered(BarChart(items, maximum: 10), width: 12, height: 2), [
        "a ███████ 50",
        "b ███▌  ┊  5",
    ])
}

@Test func longLabelsAreCutAtTheLimitWithAnEllipsis() {
    let items = [BarChart.Item("Advanced manufacturing cluster", value: 1), BarChart.Item("南通船舶海工产业集群", value: 2)]
    expectLines(rendered(BarChart(items, labelWidthLimit: 9), width: 20, height: 2), [
        "Advanced… █████     ",
        "南通船舶… ██████████",
    ])
}

@Test func rowsBeyondTheAreaAndCellsAroundItAreLeftAlone() {
    let lines = rendered(BarChart(cities), width: 24, height: 5, area: Rect(x: 2, y: 1, width: 20, height: 2))
    expectLines(lines, [
        "xxxxxxxxxxxxxxxxxxxxxxxx",
        "xx南通   ████┊  1.3万…xx",
        "xx船舶…  ┊     3000亿…xx",
        "xxxxxxxxxxxxxxxxxxxxxxxx",
        "xxxxxxxxxxxxxxxxxxxxxxxx",
    ])
}

@Test func missingAndNonFiniteValuesDrawNoBarButKeepTheirLabels() {
    let items = [
        BarChart.Item("nan", value: .nan, target: .infinity, valueLabel: "无数据"),
        BarChart.Item("inf", value: -.infinity, target: .nan),
        BarChart.Item("one", value: 1, target: 2),
    ]
    expectLines(rendered(BarChart(items), width: 20, height: 3), [
        "nan           无数据",
        "inf                 ",
        "one ████▌   ┊       ",
    ])
    expectLines(rendered(BarChart([BarChart.Item("z", value: 0)]), width: 5, height: 1), ["z    "])
}

@Test func tinyAndEmptyAreasNeverCrash() {
    for glyphs in [Glyphs.unicode, .ascii] {
        #expect(rendered(BarChart(cities), width: 0, height: 0, glyphs: glyphs).isEmpty)
        #expect(rendered(BarChart(cities), width: 5, height: 0, glyphs: glyphs).isEmpty)
        #expect(rendered(BarChart(cities), width: 0, height: 3, glyphs: glyphs) == ["", "", ""])
        // One cell: the bar and then the target marker over it, nothing of the labels.
        expectLines(rendered(BarChart(cities), width: 1, height: 1, glyphs: glyphs), [glyphs.targetMarker])
        expectLines(rendered(BarChart([]), width: 3, height: 2, glyphs: glyphs), ["   ", "   "])
        expectLines(rendered(BarChart(cities), width: 4, height: 2, glyphs: glyphs, area: Rect(x: 3, y: 1, width: 9, height: 9)),
                    ["xxxx", "xxx" + glyphs.targetMarker])
    }
}

@Test func randomLabelsValuesAndSizesKeepEveryRowWholeAndInsideTheArea() {
    var fuzz = WidgetFuzz(seed: 2025)
    for _ in 0..<300 {
        let items = (0..<fuzz.below(6)).map { _ in
            BarChart.Item(fuzz.label(), value: fuzz.value(), target: fuzz.below(2) == 0 ? nil : fuzz.value(),
                          role: fuzz.pick(Role.allCases), valueLabel: fuzz.below(3) == 0 ? nil : fuzz.label())
        }
        let chart = BarChart(items, maximum: fuzz.below(4) == 0 ? fuzz.value() : nil, labelWidthLimit: fuzz.below(20),
                             showsTrack: fuzz.below(2) == 0)
        fuzz.expectContained(chart)
    }
}

/// Fixed-seed random input for the widgets' property tests: an LCG is enough to vary the
/// input, and every run repeats exactly. Shared by the widget test files.
struct WidgetFuzz {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func below(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(max(1, bound)))
    }

    mutating func pick<T>(_ options: [T]) -> T { options[below(options.count)] }

    /// Chinese, ASCII, emoji (with joiners and flags) and control characters, mixed.
    mutating func label() -> String {
        let pieces = ["南通", "船舶海工", "集", "a", "Suzhou", "1.3", " ", "%", "🏭", "👩‍🔬", "❤️", "🇨🇳", "\u{200D}",
                      "\u{1B}[2J", "\n", "\t", "\u{7F}", "\u{202E}", "\u{85}", "Ａ", "，", "e\u{301}"]
        return (0..<below(8)).map { _ in pick(pieces) }.joined()
    }

    mutating func value() -> Double {
        pick([0, 1, -1, 0.3, 12.5, 13000, -250, 1e300, -1e300, .nan, .infinity, -.infinity, .leastNonzeroMagnitude,
              Double(below(1000)) / 7 - 40])
    }

    /// Renders `widget` into a random area (sometimes reaching past the canvas) of an
    /// `x`-filled canvas of random size and glyphs; checks every row keeps the canvas width
    /// and every cell outside the area is still `x`.
    mutating func expectContained(_ widget: some Widget, sourceLocation: SourceLocation = #_sourceLocation) {
        let width = below(45), height = below(9)
        var canvas = Canvas(width: width, height: height, glyphs: below(2) == 0 ? .unicode : .ascii)
        canvas.grid.fill(canvas.area, with: "x")
        let area = Rect(x: below(width + 1) - 1, y: below(height + 1) - 1, width: below(width + 3), height: below(height + 3))
        widget.render(in: area, on: &canvas)
        expectRowsFit(canvas.grid.lines, width: width, sourceLocation: sourceLocation)
        for y in 0..<height {
            for x in 0..<width where !area.contains(x: x, y: y) && canvas.grid[x, y].text != "x" {
                Issue.record("cell \(x),\(y) outside \(area) was drawn on: \(canvas.grid.lines)", sourceLocation: sourceLocation)
            }
        }
    }
}
