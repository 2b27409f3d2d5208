import Testing
@testable import TerminalKit

private let latestAndTarget = [GroupedBarChart.Series("最新", role: .achieved), GroupedBarChart.Series("目标", role: .target)]

private let twoCities = GroupedBarChart(series: latestAndTarget, groups: [
    GroupedBarChart.Group("南通", values: [13000, 15000], valueLabels: ["1.3万亿", "1.5万亿"]),
    GroupedBarChart.Group("苏州", values: [45000, 50000], valueLabels: ["4.5万亿", "5万亿"]),
])

@Test func groupsShowALegendThenALabelAndABarPerSeriesOnOneScale() {
    expectLines(rendered(twoCities, width: 40, height: 7), [
        "█ 最新  █ 目标                          ",
        "南通                                    ",
        "  ███████▊                       1.3万亿",
        "  █████████                      1.5万亿",
        "苏州                                    ",
        "  ███████████████████████████    4.5万亿",
        "  ██████████████████████████████   5万亿",
    ])
    expectLines(rendered(twoCities, width: 40, height: 7, glyphs: .ascii), [
        "# 最新  # 目标                          ",
        "南通                                    ",
        "  ########                       1.3万亿",
        "  #########                      1.5万亿",
        "苏州                                    ",
        "  ###########################    4.5万亿",
        "  ##############################   5万亿",
    ])
}

@Test func smallAreasShowWhatFitsFromTheTop() {
    expectLines(rendered(twoCities, width: 20, height: 4), [
        "█ 最新  █ 目标      ",
        "南通                ",
        "  ██▋        1.3万亿",
        "  ███        1.5万亿",
    ])
    expectLines(rendered(twoCities, width: 11, height: 3, glyphs: .ascii), [
        "# 最新  #..",
        "南通       ",
        "#   1.3万亿",
    ])
}

@Test func legendSwatchesAndBarsCarryTheSeriesRoles() {
    var canvas = Canvas(width: 40, height: 7)
    twoCities.render(in: canvas.area, on: &canvas)
    #expect(canvas.grid[0, 0].style.role == .achieved)
    #expect(canvas.grid[8, 0].style.role == .target)
    #expect(canvas.grid[2, 0].style.role == .muted)
    #expect(canvas.grid[0, 1].style.bold)
    #expect(canvas.grid[2, 2].style.role == .achieved)
    #expect(canvas.grid[2, 3].style.role == .target)
}

@Test func missingValuesDrawNoBarAndNegativeOnesBringAnAxis() {
    let chart = GroupedBarChart(series: [.init("2024", role: .bar), .init("2025", role: .onTrack)], groups: [
        .init("Nantong", values: [5, -5], valueLabels: ["+5%", "-5%"]),
        .init("Wuxi", values: [.nan]),
    ])
    expectLines(rendered(chart, width: 20, height: 7), [
        "█ 2024  █ 2025      ",
        "Nantong             ",
        "         │██████ +5%",
        "   ██████│       -5%",
        "Wuxi                ",
        "         │          ",
        "         │          ",
    ])
}

@Test func drawingStaysInsideASubArea() {
    let lines = rendered(twoCities, width: 24, height: 6, area: Rect(x: 1, y: 2, width: 20, height: 3))
    expectLines(lines, [
        "xxxxxxxxxxxxxxxxxxxxxxxx",
        "xxxxxxxxxxxxxxxxxxxxxxxx",
        "x█ 最新  █ 目标      xxx",
        "x南通                xxx",
        "x  ██▋        1.3万亿xxx",
        "xxxxxxxxxxxxxxxxxxxxxxxx",
    ])
}

@Test func emptyAndTinyChartsNeverCrash() {
    for glyphs in [Glyphs.unicode, .ascii] {
        #expect(rendered(twoCities, width: 0, height: 0, glyphs: glyphs).isEmpty)
        #expect(rendered(twoCities, width: 0, height: 2, glyphs: glyphs) == ["", ""])
        expectLines(rendered(twoCities, width: 1, height: 1, glyphs: glyphs), [glyphs.full])
        // A quarter of a cell of bar shows as ▎, and as nothing in ASCII; a cut in one cell
        // is the first dot of ASCII's "...".
        expectLines(rendered(twoCities, width: 1, height: 3, glyphs: glyphs),
                    [glyphs.full, glyphs.isASCII ? "." : glyphs.ellipsis, glyphs.isASCII ? " " : "▎"])
        expectLines(rendered(GroupedBarChart(series: [], groups: []), width: 4, height: 2, glyphs: glyphs), ["    ", "    "])
        let noSeries = GroupedBarChart(series: [], groups: [.init("南通", values: [1, 2, 3])])
        expectLines(rendered(noSeries, width: 4, height: 3, glyphs: glyphs), ["    ", "南通", "    "])
    }
}

@Test func randomGroupsAndSizesKeepEveryRowWholeAndInsideTheArea() {
    var fuzz = WidgetFuzz(seed: 77)
    for _ in 0..<300 {
        let series = (0..<fuzz.below(4)).map { _ in GroupedBarChart.Series(fuzz.label(), role: fuzz.pick(Role.allCases)) }
        let groups = (0..<fuzz.below(4)).map { _ in
            GroupedBarChart.Group(fuzz.label(), values: (0..<fuzz.below(4)).map { _ in fuzz.value() },
                                  valueLabels: (0..<fuzz.below(4)).map { _ in fuzz.label() })
        }
        fuzz.expectContained(GroupedBarChart(series: series, groups: groups, maximum: fuzz.below(3) == 0 ? fuzz.value() : nil,
                                             showsTrack: fuzz.below(2) == 0))
    }
}
