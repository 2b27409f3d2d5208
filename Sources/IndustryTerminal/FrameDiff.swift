import TerminalKit

/// One cell the backend must draw: a narrow character, or the first cell of a wide one
/// (drawing it covers the continuation cell too).
public struct CellChange: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public var cell: Cell

    public init(x: Int, y: Int, cell: Cell) {
        self.x = x
        self.y = y
        self.cell = cell
    }
}

/// Which cells changed between two frames. Pure, so the rules that keep wide characters
/// whole on screen are tested without a terminal.
public enum FrameDiff {
    /// The cells to draw, in row-major order, never a continuation cell.
    ///
    /// - No previous frame, or a different size: every cell.
    /// - Otherwise the changed cells, plus the other half of any wide character that was
    ///   there before or is there now. Without that, replacing a wide character by narrow
    ///   ones (or the reverse) leaves half a glyph on screen (lazygit#1383, ratatui#2585).
    // Not inlined: each step of a key is one function that .ci/keycost.sh counts by name.
    @inline(never)
    public static func changes(from old: Grid?, to new: Grid) -> [CellChange] {
        let width = new.width
        guard let old, old.width == width, old.height == new.height else {
            return leads(of: new, marked: nil)
        }
        var marked = [Bool](repeating: false, count: new.cells.count)
        var any = false
        // Through buffers: the cells are compared where they lie, not copied out of the
        // arrays (with a retain and release of each text) 4,800 times a frame.
        old.cells.withUnsafeBufferPointer { before in
            new.cells.withUnsafeBufferPointer { now in
                for index in now.indices where differ(before, now, at: index) {
                    any = true
                    marked[index] = true
                    let x = index % width
                    if (before[index].width == 2 || now[index].width == 2), x + 1 < width { marked[index + 1] = true }
                    if (before[index].isContinuation || now[index].isContinuation), x > 0 { marked[index - 1] = true }
                }
            }
        }
        return any ? leads(of: new, marked: marked) : []
    }

    /// Whether two cells differ, compared as one 64-bit word when a cell is eight bytes
    /// without padding (every field a plain value, so equal cells have equal bits): the
    /// derived `==` compared field by field, a call a cell, 4,800 cells a frame.
    @inline(__always)
    private static func differ(_ a: UnsafeBufferPointer<Cell>, _ b: UnsafeBufferPointer<Cell>, at index: Int) -> Bool {
        guard cellIsOneWord else { return a[index] != b[index] }
        return UnsafeRawPointer(a.baseAddress! + index).loadUnaligned(as: UInt64.self)
            != UnsafeRawPointer(b.baseAddress! + index).loadUnaligned(as: UInt64.self)
    }

    /// Glyph (4 bytes), width, role, bold and reverse (1 each): 8 bytes, none of padding.
    static let cellIsOneWord = MemoryLayout<Cell>.size == 8 && MemoryLayout<Cell>.stride == 8
        && MemoryLayout<Style>.size == 3

    /// The drawable cells among the marked ones (all when `marked` is nil). A marked
    /// continuation stands for its wide character; one without a wide character before it
    /// (which a correct grid never holds) becomes a space so the screen stays aligned.
    private static func leads(of grid: Grid, marked: [Bool]?) -> [CellChange] {
        var result: [CellChange] = []
        let width = grid.width
        var lastEmitted = -1
        for index in grid.cells.indices where marked?[index] ?? true {
            let x = index % width, y = index / width
            let cell = grid.cells[index]
            if cell.isContinuation {
                if x > 0, grid.cells[index - 1].width == 2 {
                    if lastEmitted != index - 1 {
                        result.append(CellChange(x: x - 1, y: y, cell: grid.cells[index - 1]))
                        lastEmitted = index - 1
                    }
                } else {
                    result.append(CellChange(x: x, y: y, cell: Cell(" ", style: cell.style)))
                    lastEmitted = index
                }
                continue
            }
            if lastEmitted != index {
                result.append(CellChange(x: x, y: y, cell: cell))
                lastEmitted = index
            }
        }
        return result
    }
}
