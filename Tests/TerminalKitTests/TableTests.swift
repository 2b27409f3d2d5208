import Testing
@testable import TerminalKit

private let columns = [
    Table.Column("城市", width: .length(6)),
    Table.Column("产值（亿元）", width: .length(12), alignment: .right),
    Table.Column("Status", width: .fill(1)),
]

private func cityRows(_ count: Int) -> [Table.Row] {
    let names = ["南京", "苏州", "无锡", "南通", "Wuxi", "常州"]
    return (0..<count).map { index in
        let achieved = index % 2 == 0
        return Table.Row([names[index % names.count] + "\(index)", "\(index * 1234).5", achieved ? "达成" : "behind"],
                         roles: [nil, nil, achieved ? .achieved : .behind])
    }
}

/// Renders with a state kept across the call, as a screen does.
private func render(_ table: Table, width: Int, height: Int, state: inout TableState,
                    glyphs: Glyphs = .unicode) -> Canvas {
    var canvas = Canvas(width: width, height: height, glyphs: glyphs)
    canvas.grid.fill(canvas.area, with: "x")
    table.render(in: canvas.area, on: &canvas, state: &state)
    return canvas
}

@Test func tableAlignsNumbersRightAndColoursTheStatusColumn() {
    var state = TableState(selected: 1)
    let canvas = render(Table(columns: columns, rows: cityRows(3)), width: 40, height: 5, state: &state)
    expectLines(canvas.grid.lines, [
        " 城市   产值（亿元） Status             ",
        " 南京0           0.5 达成               ",
        "▶苏州1        1234.5 behind             ",
        " 无锡2        2468.5 达成               ",
        String(repeating: " ", count: 40),
    ])
    #expect(canvas.grid[0, 0].style == Style(.header))
    #expect(canvas.grid[21, 1].style == Style(.achieved))
    #expect(canvas.grid[1, 1].style == .text)
    // The selected row is one reversed band across the full width, status cell included,
    // its marker in the band.
    #expect(canvas.grid[0, 2].style == Style(.selection, bold: true))
    for x in 1..<40 { #expect(canvas.grid[x, 2].style == Style(.selection)) }
    #expect(state.selected == 1 && state.offset == 0 && state.shownRows == 4)
}

@Test func tableScrollsToKeepTheSelectionVisibleAndShowsIndicators() {
    let table = Table(columns: columns, rows: cityRows(12))
    var state = TableState(selected: 7)
    expectLines(render(table, width: 30, height: 6, state: &state).grid.lines, [
        " 城市   产值（亿元） Status   ",
        " 南通3        3702.5 behind  ↑",
        " Wuxi4        4936.5 达成     ",
        " 常州5        6170.5 behind   ",
        " 南京6        7404.5 达成     ",
        "▶苏州7        8638.5 behind  ↓",
    ])
    #expect(state.offset == 3)
    // Moving up inside the window does not scroll it.
    state.moveSelection(by: -3, rowCount: 12)
    _ = render(table, width: 30, height: 6, state: &state)
    #expect(state.selected == 4 && state.offset == 3)
    state.moveSelection(by: -100, rowCount: 12)
    expectLines(render(table, width: 30, height: 6, state: &state, glyphs: .ascii).grid.lines, [
        " 城市   产值（亿元） Status   ",
        "*南京0           0.5 达成     ",
        " 苏州1        1234.5 behind   ",
        " 无锡2        2468.5 达成     ",
        " 南通3        3702.5 behind   ",
        " Wuxi4        4936.5 达成    v",
    ])
}

@Test func tableCutsCellsAndHeadersWithTheEllipsisByDisplayWidth() {
    let narrow = [Table.Column("城市名称", width: .length(5)), Table.Column("产值（亿元）", width: .fill(1), alignment: .right)]
    let rows = [Table.Row(["南通市", "12345.67"]), Table.Row(["Suzhou", "8"])]
    expectLines(rendered(Table(columns: narrow, rows: rows, state: TableState(selected: 0)), width: 12, height: 4), [
        " 城市… 产值…",
        "▶南通… 1234…",
        " Suzh…     8",
        " 南通市     ",
    ])
}

@Test func tableInASubRectLeavesEverythingAroundItAlone() {
    let table = Table(columns: columns, rows: cityRows(9), state: TableState(selected: 5))
    expectLines(expectUntouchedOutside(table, area: Rect(x: 1, y: 1, width: 20, height: 4), width: 22, height: 6), [
        "xxxxxxxxxxxxxxxxxxxxxx",
        "x 城市    产值（亿…  x",
        "x 南通3      3702.5 ↑x",
        "x Wuxi4      4936.5  x",
        "x▶常州5      6170.5 ↓x",
        "xxxxxxxxxxxxxxxxxxxxxx",
    ])
}

@Test func tableStateScrollsTheLeastToShowTheSelection() {
    var state = TableState(selected: 10, offset: 0)
    state.scrollToSelection(visibleRows: 4)
    #expect(state.offset == 7)
    state.selected = 8
    state.scrollToSelection(visibleRows: 4)
    #expect(state.offset == 7)
    state.selected = 2
    state.scrollToSelection(visibleRows: 4)
    #expect(state.offset == 2)
    state.scrollToSelection(visibleRows: 0)
    #expect(state.offset == 2)
    var none = TableState(selected: nil, offset: -3)
    none.scrollToSelection(visibleRows: 5)
    #expect(none.offset == 0)
}

@Test func tableStateClampsAfterTheRowsShrink() {
    var state = TableState(selected: 40, offset: 38)
    state.clamp(rowCount: 10, visibleRows: 4)
    #expect(state == TableState(selected: 9, offset: 6))
    state.clamp(rowCount: 0, visibleRows: 4)
    #expect(state == TableState(selected: nil, offset: 0))
    state.moveSelection(by: 1, rowCount: 5)
    #expect(state.selected == 0)
    state.selected = nil
    state.moveSelection(by: -1, rowCount: 5)
    #expect(state.selected == 4)
}

@Test func tableWithoutSelectionOrRowsOrColumnsStillDraws() {
    expectLines(rendered(Table(columns: columns, rows: []), width: 22, height: 3), [
        " 城市   产值（亿元） …",
        "                      ",
        "                      ",
    ])
    expectLines(rendered(Table(columns: [], rows: cityRows(3)), width: 4, height: 2), ["    ", "    "])
    expectLines(rendered(Table(columns: columns, rows: cityRows(3)), width: 1, height: 1), [" "])
    expectLines(rendered(Table(columns: columns, rows: cityRows(3)), width: 0, height: 0), [])
    expectLines(rendered(Table(columns: columns, rows: cityRows(3)), width: 3, height: 2,
                         area: Rect(x: 1, y: 0, width: 0, height: 2)), ["xxx", "xxx"])
}

@Test func aHugeTableScrollsToASelectionDeepInside() {
    // Speed is measured in the benchmark suite, not here; this checks the window is right.
    let many = Array(repeating: Table.Row(["南通", "1", "达成"]), count: 200_000)
    var state = TableState(selected: 150_000)
    _ = render(Table(columns: columns, rows: many), width: 40, height: 10, state: &state)
    #expect(state.offset == 150_000 - 8)
}

@Test func tableRowsFitAndTheSelectionStaysVisibleForRandomInput() {
    var fuzz = MixedTextFuzz(seed: 0x7AB1E)
    for _ in 0..<300 {
        let columnCount = fuzz.int(0...4)
        let constraints: [Constraint] = [.length(fuzz.int(0...12)), .fill(fuzz.int(1...3)), .percentage(fuzz.int(0...60)), .min(3)]
        let columns = (0..<columnCount).map { index in
            Table.Column(fuzz.text(maxLength: 6), width: constraints[index],
                         alignment: fuzz.bool() ? .left : .right)
        }
        let rows = (0..<fuzz.int(0...40)).map { _ in
            Table.Row((0..<fuzz.int(0...5)).map { _ in fuzz.text(maxLength: 10) }, roles: [nil, .behind, .achieved])
        }
        var state = TableState(selected: fuzz.bool() ? fuzz.int(-2...45) : nil, offset: fuzz.int(-2...45))
        let (width, height) = (fuzz.int(0...40), fuzz.int(0...10))
        let glyphs: Glyphs = fuzz.bool() ? .unicode : .ascii
        let canvas = render(Table(columns: columns, rows: rows), width: width, height: height, state: &state, glyphs: glyphs)
        expectRowsFit(canvas.grid.lines, width: width)

        // Rows shown: fewer than fit when the selected name is cut and revealed under them.
        let visible = state.shownRows
        #expect(visible <= Table.visibleRows(forHeight: height))
        #expect(state.offset >= 0 && state.offset <= max(0, rows.count - visible))
        if let selected = state.selected {
            #expect(selected >= 0 && selected < rows.count)
            if visible > 0 {
                #expect(selected >= state.offset && selected < state.offset + visible)
            }
        }
        let selectedRows = (0..<height).filter { y in width > 0 && canvas.grid[0, y].style.role == .selection }
        if !columns.isEmpty, width > 0, visible > 0, let selected = state.selected {
            #expect(selectedRows == [1 + selected - state.offset])
        } else {
            #expect(selectedRows.isEmpty)
        }
        let table = Table(columns: columns, rows: rows, state: state)
        expectRowsFit(expectUntouchedOutside(table, area: fuzz.area(in: width, height), width: width, height: height,
                                             glyphs: glyphs), width: width)
    }
}
