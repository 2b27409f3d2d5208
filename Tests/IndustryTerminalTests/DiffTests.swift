import TerminalKit
import Testing
@testable import IndustryTerminal

@Suite("FrameDiff")
struct DiffTests {
    private func grid(_ rows: [String], width: Int) -> Grid {
        var grid = Grid(width: width, height: rows.count)
        for (y, row) in rows.enumerated() { grid.write(row, x: 0, y: y) }
        return grid
    }

    private func positions(_ changes: [CellChange]) -> [String] {
        changes.map { "\($0.x),\($0.y)=\($0.cell.text)" }
    }

    @Test("an unchanged frame sends nothing")
    func unchanged() {
        let frame = grid(["南通 ab", "苏州 cd"], width: 8)
        #expect(FrameDiff.changes(from: frame, to: frame).isEmpty)
    }

    @Test("one changed cell is one change")
    func oneCell() {
        let old = grid(["abc", "def"], width: 3)
        let new = grid(["abc", "dXf"], width: 3)
        #expect(positions(FrameDiff.changes(from: old, to: new)) == ["1,1=X"])
    }

    @Test("a style change alone is a change")
    func styleOnly() {
        let old = grid(["abc"], width: 3)
        var new = old
        new.restyle(Rect(x: 2, y: 0, width: 1, height: 1)) { $0.reverse = true }
        let changes = FrameDiff.changes(from: old, to: new)
        #expect(positions(changes) == ["2,0=c"])
        #expect(changes.first?.cell.style.reverse == true)
    }

    @Test("a wide character replaced by narrow ones repaints both cells")
    func wideToNarrow() {
        let old = grid(["南x"], width: 3)
        let new = grid(["abx"], width: 3)
        #expect(positions(FrameDiff.changes(from: old, to: new)) == ["0,0=a", "1,0=b"])
    }

    @Test("only the right half of a wide character replaced: both cells repaint")
    func rightHalfReplaced() {
        let old = grid(["南x"], width: 3)
        var new = old
        new.set(1, 0, Cell("b"))  // the grid blanks the left half
        #expect(positions(FrameDiff.changes(from: old, to: new)) == ["0,0= ", "1,0=b"])
    }

    @Test("narrow characters replaced by a wide one: one change that covers both cells")
    func narrowToWide() {
        let old = grid(["abx"], width: 3)
        let new = grid(["南x"], width: 3)
        #expect(positions(FrameDiff.changes(from: old, to: new)) == ["0,0=南"])
    }

    @Test("a wide character shifted by one column repaints every cell it touched")
    func shiftedWide() {
        let old = grid(["a南b"], width: 4)   // a | 南 南 | b
        let new = grid(["中cd"], width: 4)  // 中 中 | c | d
        #expect(positions(FrameDiff.changes(from: old, to: new)) == ["0,0=中", "2,0=c", "3,0=d"])
    }

    @Test("one wide character replaced by another is one change")
    func wideToWide() {
        let old = grid(["南通"], width: 4)
        let new = grid(["南京"], width: 4)
        #expect(positions(FrameDiff.changes(from: old, to: new)) == ["2,0=京"])
    }

    @Test("no previous frame or a new size repaints every cell, never a continuation")
    func sizeChange() {
        let new = grid(["南通ab", "xy"], width: 6)
        let all = ["0,0=南", "2,0=通", "4,0=a", "5,0=b", "0,1=x", "1,1=y", "2,1= ", "3,1= ", "4,1= ", "5,1= "]
        #expect(positions(FrameDiff.changes(from: nil, to: new)) == all)
        #expect(positions(FrameDiff.changes(from: grid(["南通ab"], width: 6), to: new)) == all)
        #expect(FrameDiff.changes(from: grid(["a", "b"], width: 5), to: grid(["a", "b"], width: 6)).count == 12)
    }

    @Test("changes come in row-major order without duplicates")
    func ordered() {
        let old = grid(["ab南", "南cd"], width: 4)
        let new = grid(["南ab", "cd南"], width: 4)
        let changes = FrameDiff.changes(from: old, to: new)
        let keys = changes.map { $0.y * 4 + $0.x }
        #expect(keys == keys.sorted())
        #expect(Set(keys).count == keys.count)
        #expect(positions(changes) == ["0,0=南", "2,0=a", "3,0=b", "0,1=c", "1,1=d", "2,1=南"])
    }
}

@Suite("Colours")
struct ColorTests {
    @Test("colour numbers at each depth")
    func numbers() {
        let c256 = ColorNumbers(colors: 256, hasDefaultColors: true)
        #expect(c256.number(.terminalDefault, isBackground: false) == -1)
        #expect(c256.number(.ansi(9), isBackground: false) == 9)
        #expect(c256.number(.indexed(208), isBackground: false) == 208)
        #expect(c256.number(.rgb(255, 135, 0), isBackground: false) == 208)
        #expect(c256.number(.rgb(128, 128, 128), isBackground: false) == 244)

        let c8 = ColorNumbers(colors: 8, hasDefaultColors: false)
        #expect(c8.number(.terminalDefault, isBackground: false) == 7)
        #expect(c8.number(.terminalDefault, isBackground: true) == 0)
        #expect(c8.number(.ansi(9), isBackground: false) == 1)
        #expect(c8.number(.indexed(208), isBackground: true) == 0)

        let direct = ColorNumbers(colors: 1 << 24, hasDefaultColors: true)
        #expect(direct.number(.rgb(0x12, 0x34, 0x56), isBackground: false) == 0x123456)
        #expect(direct.number(.ansi(1), isBackground: false) == 1)
        #expect(direct.number(.ansi(9), isBackground: false) == 0xFF0000)
        #expect(direct.number(.rgb(0, 0, 0), isBackground: false) == 8) // 0 would mean ANSI black

        #expect(ColorNumbers(colors: 0, hasDefaultColors: false).number(.ansi(1), isBackground: false) == 7)
    }

    @Test("pairs are allocated once, and running out reuses a close pair")
    func pairs() {
        var table = PairTable(capacity: 3) // pairs 1 and 2 free
        var defined: [Int32] = []
        let define = { (n: Int32, _: Int32, _: Int32) -> Bool in defined.append(n); return true }
        #expect(table.pair(.init(-1, -1), define: define) == 0)
        #expect(table.pair(.init(1, -1), define: define) == 1)
        #expect(table.pair(.init(2, 4), define: define) == 2)
        #expect(table.pair(.init(1, -1), define: define) == 1)
        #expect(defined == [1, 2])
        #expect(table.isFull)
        #expect(table.pair(.init(1, 7), define: define) == 1)  // same foreground
        #expect(table.pair(.init(5, 4), define: define) == 2)  // same background
        #expect(table.pair(.init(5, 6), define: define) == 0)  // nothing close: default
        #expect(defined == [1, 2])
        table.reset()
        #expect(table.pair(.init(5, 6), define: define) == 1)
    }

    @Test("a pair ncurses refuses falls back instead of failing")
    func refused() {
        var table = PairTable(capacity: 10)
        #expect(table.pair(.init(300, -1)) { _, _, _ in false } == 0)
    }
}

@Test func aChangeInAnyOneFieldOfACellIsSeenByTheWordCompare() {
    #expect(FrameDiff.cellIsOneWord)  // else the word compare is not the one under test
    let base = Cell(Glyph("a"), width: 1, style: Style(.text))
    let variants = [
        Cell(Glyph("b"), width: 1, style: Style(.text)),
        Cell(Glyph("a"), width: 2, style: Style(.text)),
        Cell(Glyph("a"), width: 1, style: Style(.muted)),
        Cell(Glyph("a"), width: 1, style: Style(.text, bold: true)),
        Cell(Glyph("a"), width: 1, style: Style(.text, reverse: true)),
        Cell(Glyph("e\u{301}"), width: 1, style: Style(.text)),
    ]
    for variant in variants {
        let old = Grid(width: 3, height: 1, fill: base)
        var new = old
        new.set(1, 0, variant)
        // A wide cell takes its neighbour with it: that half is resent too.
        #expect(FrameDiff.changes(from: old, to: new).map(\.x) == (variant.width == 2 ? [1, 2] : [1]), "\(variant)")
    }
    #expect(FrameDiff.changes(from: Grid(width: 3, height: 1, fill: base), to: Grid(width: 3, height: 1, fill: base)).isEmpty)
}
