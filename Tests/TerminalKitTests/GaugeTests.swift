import Testing
@testable import TerminalKit

@Test func aGaugeFillsItsShareWithTheLabelCentredAndThePaceMarked() {
    let gauge = Gauge(ratio: 0.65, label: "65%", role: .onTrack, expected: 0.8)
    expectLines(rendered(gauge, width: 20, height: 1), ["████████65%██░░░┊░░░"])
    expectLines(rendered(gauge, width: 20, height: 1, glyphs: .ascii), ["########65%##...:..."])
}

@Test func tallerGaugesFillEveryRowAndPutTheLabelInTheMiddle() {
    let behind = Gauge(ratio: 0.4, label: "40% of 1.5万亿元", role: .behind, expected: 0.75)
    expectLines(rendered(behind, width: 40, height: 3), [
        "████████████████░░░░░░░░░░░░░░┊░░░░░░░░░",
        "████████████40% of 1.5万亿元░░┊░░░░░░░░░",
        "████████████████░░░░░░░░░░░░░░┊░░░░░░░░░",
    ])
    let atRisk = Gauge(ratio: 0.33, label: "33%", role: .atRisk, expected: 0.5)
    expectLines(rendered(atRisk, width: 20, height: 3), [
        "██████▋░░░┊░░░░░░░░░",
        "██████▋░33%░░░░░░░░░",
        "██████▋░░░┊░░░░░░░░░",
    ])
    // In ASCII the edge cell, five eighths full, rounds up to a whole #.
    expectLines(rendered(atRisk, width: 20, height: 3, glyphs: .ascii), [
        "#######...:.........",
        "#######.33%.........",
        "#######...:.........",
    ])
}

@Test func labelCellsOverTheFilledPartAreReversedInTheStatusRole() {
    var canvas = Canvas(width: 20, height: 1)
    Gauge(ratio: 0.5, label: "Half", role: .achieved, expected: 0.9).render(in: canvas.area, on: &canvas)
    #expect(canvas.grid.lines == ["████████Half░░░░░░┊░"])
    #expect(canvas.grid[0, 0].style == Style(.achieved))
    #expect(canvas.grid[9, 0].style == Style(.achieved, reverse: true))
    #expect(canvas.grid[10, 0].style == Style(.text))
    #expect(canvas.grid[14, 0].style == Style(.muted))
    #expect(canvas.grid[18, 0].style == Style(.target))
}

@Test func noDataShowsAnEmptyTrackAndTheLabel() {
    let gauge = Gauge(ratio: nil, label: "无数据", role: .noData, expected: 0.3)
    expectLines(rendered(gauge, width: 12, height: 1), ["░░░无数据░░░"])
    expectLines(rendered(gauge, width: 12, height: 1, glyphs: .ascii), ["...无数据..."])
    expectLines(rendered(Gauge(ratio: .nan, label: "n/a", role: .noData), width: 7, height: 1), ["░░n/a░░"])
    var canvas = Canvas(width: 12, height: 1)
    gauge.render(in: canvas.area, on: &canvas)
    #expect(canvas.grid[3, 0].style == Style(.noData))
}

@Test func ratiosAreClampedToTheTrack() {
    expectLines(rendered(Gauge(ratio: 1.7, label: "170%", role: .achieved), width: 10, height: 1), ["███170%███"])
    expectLines(rendered(Gauge(ratio: -0.5, label: "-50%", role: .behind), width: 10, height: 1), ["░░░-50%░░░"])
    expectLines(rendered(Gauge(ratio: 0.2, label: "", role: .bar, expected: 7), width: 5, height: 1), ["█░░░┊"])
    expectLines(rendered(Gauge(ratio: .infinity, label: "", role: .bar, expected: -.infinity), width: 5, height: 1),
                ["░░░░░"])
}

@Test func theFilledEdgeHasEighthCellResolution() {
    let unicode = (0...8).map { rendered(Gauge(ratio: Double($0) / 8, label: "", role: .onTrack), width: 1, height: 1)[0] }
    #expect(unicode == ["░", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"])
    let ascii = (0...8).map {
        rendered(Gauge(ratio: Double($0) / 8, label: "", role: .onTrack), width: 1, height: 1, glyphs: .ascii)[0]
    }
    #expect(ascii == [".", ".", ".", ".", ".", "#", "#", "#", "#"])
}

@Test func aLabelTooWideForTheGaugeIsLeftOutRatherThanCut() {
    let gauge = Gauge(ratio: 0.5, label: "50%", role: .onTrack)
    expectLines(rendered(gauge, width: 3, height: 1), ["50%"])
    expectLines(rendered(gauge, width: 2, height: 2), ["█░", "█░"])
    expectLines(rendered(gauge, width: 1, height: 1, glyphs: .ascii), ["."])
    expectLines(rendered(Gauge(ratio: 1, label: "南通", role: .achieved), width: 5, height: 1), ["南通█"])
    expectLines(rendered(Gauge(ratio: 1, label: "南通", role: .achieved), width: 3, height: 1), ["███"])
}

@Test func aGaugeDrawsOnlyInsideItsArea() {
    let gauge = Gauge(ratio: 0.5, label: "50%", role: .onTrack, expected: 0.75)
    expectLines(rendered(gauge, width: 12, height: 3, area: Rect(x: 1, y: 1, width: 8, height: 1)), [
        "xxxxxxxxxxxx",
        "x██50%░┊░xxx",
        "xxxxxxxxxxxx",
    ])
    #expect(rendered(gauge, width: 0, height: 0).isEmpty)
    #expect(rendered(gauge, width: 0, height: 1) == [""])
    expectLines(rendered(gauge, width: 3, height: 2, area: Rect(x: 2, y: 1, width: 0, height: 5)), ["xxx", "xxx"])
    expectLines(rendered(gauge, width: 3, height: 2, area: Rect(x: -4, y: -1, width: 6, height: 2)), ["█┊x", "xxx"])
}

@Test func randomLabelsRatiosAndSizesKeepEveryRowWholeAndInsideTheArea() {
    var fuzz = WidgetFuzz(seed: 65)
    for _ in 0..<300 {
        let ratio: Double? = fuzz.below(5) == 0 ? nil : fuzz.pick([fuzz.value(), Double(fuzz.below(101)) / 100])
        let gauge = Gauge(ratio: ratio, label: fuzz.label(), role: fuzz.pick(Role.allCases),
                          expected: fuzz.below(2) == 0 ? nil : fuzz.pick([fuzz.value(), Double(fuzz.below(101)) / 100]))
        fuzz.expectContained(gauge)
    }
}
