import Testing
import TestSupport
@testable import TerminalKit

@Test func aWideCharacterFillsTwoCellsAndPrintsOnce() {
    var grid = Grid(width: 6, height: 1, fill: Cell("x"))
    #expect(grid.write("南通", x: 1, y: 0) == 4)
    #expect(grid.lines == ["x南通x"])
    #expect(grid[2, 0].isContinuation)
}

@Test func aWideCharacterThatDoesNotFitAtTheEdgeBecomesASpace() {
    var grid = Grid(width: 5, height: 1, fill: Cell("x"))
    grid.write("ab南通", x: 0, y: 0)
    #expect(grid.lines == ["ab南 "])
    var limited = Grid(width: 6, height: 1, fill: Cell("x"))
    limited.write("南通", x: 0, y: 0, limit: 3)
    #expect(limited.lines == ["南 xxx"])
}

@Test func overwritingHalfOfAWideCharacterBlanksTheOtherHalf() {
    var grid = Grid(width: 4, height: 1, fill: Cell("x"))
    grid.write("南通", x: 0, y: 0)
    grid.write("a", x: 1, y: 0)
    #expect(grid.lines == [" a通"])
    grid.write("b", x: 2, y: 0)
    #expect(grid.lines == [" ab "])
}

@Test func writingOutsideTheGridIsClippedNotACrash() {
    var grid = Grid(width: 3, height: 2, fill: Cell("x"))
    grid.write("hello", x: -2, y: 0)
    grid.write("hello", x: 1, y: 5)
    grid.write("南", x: -1, y: 1)
    #expect(grid.lines == ["llo", "xxx"])
    var empty = Grid(width: 0, height: 0)
    empty.write("abc", x: 0, y: 0)
    empty.fill(Rect(x: 0, y: 0, width: 5, height: 5), with: "y")
    #expect(empty.lines.isEmpty)
}

@Test func controlCharactersInTextAreDrawnAsPlaceholders() {
    var grid = Grid(width: 8, height: 1)
    grid.write("a\u{1B}[2Jb", x: 0, y: 0)
    #expect(grid.lines == ["a␛[2Jb  "])
}

@Test func everyRowKeepsTheGridWidthForArbitraryText() {
    var random = SplitMix64(seed: 42)
    let pieces = ["南", "通", "a", "Z", "🏭", "e\u{301}", "\u{1B}", "，", " ", "\u{200D}", "Ａ", "\t", "👩‍🔬"]
    for _ in 0..<500 {
        let width = Int(random.next() % 30) + 1
        var grid = Grid(width: width, height: 2)
        let text = (0..<Int(random.next() % 40)).map { _ in pieces[Int(random.next() % UInt64(pieces.count))] }.joined()
        grid.write(text, x: Int(random.next() % UInt64(width + 4)) - 2, y: 0, limit: Int(random.next() % 35))
        grid.write(text, x: 0, y: 1)
        expectRowsFit(grid.lines, width: width)
    }
}

@Test func layoutSplitsByFixedSizesAndSharesTheRest() {
    let area = Rect(x: 0, y: 0, width: 100, height: 10)
    let parts = Layout.split(area, .horizontal, [.length(20), .fill(1), .fill(3)])
    #expect(parts.map(\.width) == [20, 20, 60])
    #expect(parts.map(\.x) == [0, 20, 40])
    let withSpacing = Layout.split(area, .horizontal, [.percentage(50), .fill(1)], spacing: 2)
    #expect(withSpacing.map(\.width) == [49, 49])
    #expect(withSpacing[1].x == 51)
    let rows = Layout.split(area, .vertical, [.length(1), .min(3), .length(1)])
    #expect(rows.map(\.height) == [1, 8, 1])
    #expect(rows.map(\.y) == [0, 1, 9])
}

@Test func layoutNeverGivesMoreThanThereIs() {
    let small = Rect(x: 0, y: 0, width: 5, height: 1)
    let parts = Layout.split(small, .horizontal, [.length(4), .length(4), .fill(1)])
    #expect(parts.map(\.width) == [4, 1, 0])
    #expect(Layout.split(small, .horizontal, [.ratio(1, 3), .ratio(2, 3)]).map(\.width).reduce(0, +) <= 5)
}

@Test func pagesUseThreeTwoOrOneColumnByWidth() {
    #expect(Layout.columnCount(forWidth: 160) == 3)
    #expect(Layout.columnCount(forWidth: 120) == 2)
    #expect(Layout.columnCount(forWidth: 80) == 1)
}

/// The scalar-a-cell path (`CellWidth.standsAlone`) must give what breaking into clusters
/// gives: every scalar it accepts is a cluster of its own beside any other it accepts.
@Test func everyScalarThatStandsAloneIsAClusterOfItsOwn() {
    let neighbours: [Unicode.Scalar] = ["a", "中", "─", "，", "é", "→", "ア", "Ａ", "\u{3000}"]
    var checked = 0
    for value in UInt32(0x20)...0xFFFF {
        guard let scalar = Unicode.Scalar(value), CellWidth.standsAlone(scalar) else { continue }
        for neighbour in neighbours {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: [neighbour, scalar, neighbour, scalar, scalar])
            #expect(String(text).count == 5, "U+\(String(value, radix: 16)) joins \(neighbour)")
        }
        checked += 1
    }
    #expect(checked > 20_000)  // Han alone is 20,992: the test looked at the ranges it means to
}

@Test func textOfLoneScalarsAndTextOfClustersAreWrittenAlike() {
    // The same row once through the scalar path and once with a combining mark that sends it
    // through the cluster path: the cells before the mark must be the same.
    var plain = Grid(width: 12, height: 1, fill: Cell("x"))
    plain.write("南通─a，→", x: 1, y: 0, limit: 9)
    #expect(plain.lines == ["x南通─a，→xx"])
    var marked = Grid(width: 12, height: 1, fill: Cell("x"))
    marked.write("南通─a，→e\u{301}", x: 1, y: 0, limit: 11)
    #expect(Array(plain.cells[0..<10]) == Array(marked.cells[0..<10]))
    #expect(marked.lines == ["x南通─a，→e\u{301}x"])
    #expect(marked[1, 0].width == 2 && marked[2, 0].isContinuation)
}

@Test func canvasTextDrawsShortASCIIAsItIsAndCutsLongASCII() {
    var canvas = Canvas(width: 10, height: 2)
    canvas.grid.fill(canvas.area, with: "x")
    canvas.text("12.5%", in: Rect(x: 1, y: 0, width: 8, height: 1), alignRight: true)
    canvas.text("a long label", in: Rect(x: 1, y: 1, width: 8, height: 1))
    #expect(canvas.grid.lines == ["xxxx12.5%x", "xa long…xx"])
}
