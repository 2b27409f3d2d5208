/// Big digits for headline numbers, readable from the back of a room on a projector.
///
///     ▀▀█ █▀█ ▀▀█ █▀▀
///     █▀▀ █ █ █▀▀ ▀▀█
///     ▀▀▀ ▀▀▀ ▀▀▀ ▀▀▀ 万亿
///
/// One 3x5 pixel font serves every size: three rows draw two pixel rows a cell with half
/// blocks (seven segments in ASCII), five rows draw one pixel as two cells, ten rows as two
/// rows of four cells. All keep pixels square on cells twice as tall as wide. Characters outside the font (units such as 万亿, letters, emoji) are drawn
/// as normal text on the bottom row, in line with the digits.
///
/// When the big text does not fit its area it is drawn smaller (ten rows, five, three) or
/// as plain text: a headline number must never lose digits to clipping.
public struct BigText: Widget, Hashable, Sendable {
    public enum Size: Hashable, Sendable {
        /// `ten` is for a wall-sized terminal (200x60): a pixel is two rows of four cells.
        case three, five, ten

        public var rows: Int {
            switch self {
            case .three: return 3
            case .five: return 5
            case .ten: return 10
            }
        }

        /// Cells a font pixel is wide.
        var scale: Int {
            switch self {
            case .three: return 1
            case .five: return 2
            case .ten: return 4
            }
        }

        /// This size, then the smaller ones, to fall back to when it does not fit.
        var fallbacks: [Size] {
            switch self {
            case .three: return [.three]
            case .five: return [.five, .three]
            case .ten: return [.ten, .five, .three]
            }
        }
    }

    public enum Alignment: Hashable, Sendable {
        case left, center
    }

    public var text: String
    public var size: Size
    public var alignment: Alignment
    public var style: Style

    public init(_ text: String, size: Size = .three, alignment: Alignment = .left,
                style: Style = Style(.accent, bold: true)) {
        self.text = text
        self.size = size
        self.alignment = alignment
        self.style = style
    }

    /// Columns `text` takes drawn big at `size`, so a caller can choose a size, or plain
    /// text, for the space it has.
    public static func width(of text: String, size: Size = .three) -> Int {
        pieces(of: Sanitizer.clean(text), size: size).reduce(0) { $0 + $1.gap + $1.width }
    }

    /// Whether `text` drawn big at `size` fits in `area` whole.
    public static func fits(_ text: String, size: Size, in area: Rect) -> Bool {
        area.height >= size.rows && width(of: text, size: size) <= area.width
    }

    public func render(in area: Rect, on canvas: inout Canvas) {
        guard !area.isEmpty else { return }
        canvas.grid.fill(area)
        let clean = Sanitizer.clean(text, ascii: canvas.glyphs.isASCII)
        guard let chosen = size.fallbacks.first(where: { Self.fits(clean, size: $0, in: area) }) else {
            let fitted = TextFit.truncate(clean, to: area.width, ellipsis: canvas.glyphs.ellipsis)
            let width = CellWidth.of(fitted)
            canvas.grid.write(fitted, x: area.x + offset(width, in: area), y: area.y, limit: width, style: style)
            return
        }

        let pieces = Self.pieces(of: clean, size: chosen)
        var x = area.x + offset(pieces.reduce(0) { $0 + $1.gap + $1.width }, in: area)
        let baseline = area.y + chosen.rows - 1
        let ink = Ink(glyphs: canvas.glyphs)
        for piece in pieces {
            x += piece.gap
            switch piece.kind {
            case .glyph(let bitmap, let segments):
                for row in 0..<chosen.rows {
                    let line = canvas.glyphs.isASCII && chosen == .three
                        ? segments[row].unicodeScalars.map(Glyph.init) : Self.line(row, of: bitmap, size: chosen, ink: ink)
                    // Only the lit cells take the style: a theme that underlines a role
                    // (projector's "behind") would otherwise rule lines across the gaps.
                    for (column, glyph) in line.enumerated() where glyph != Glyph.space && column < piece.width {
                        canvas.grid.set(x + column, area.y + row, Cell(glyph, style: style))
                    }
                }
            case .plain(let character):
                canvas.grid.write(String(character), x: x, y: baseline, limit: piece.width, style: style)
            }
            x += piece.width
        }
    }

    private func offset(_ width: Int, in area: Rect) -> Int {
        alignment == .center ? max(0, (area.width - width) / 2) : 0
    }

    // MARK: Font

    private enum Kind {
        /// The pixel bitmap, and the same character in ASCII segments for three rows.
        case glyph([[Bool]], segments: [String])
        case plain(Character)
    }

    /// One big glyph or one plain character, with the blank columns before it.
    private struct Piece {
        var kind: Kind
        var width: Int
        var gap: Int
    }

    /// The text as pieces. A pixel's width of space separates two pieces when either is
    /// big; plain characters run together as ordinary text.
    private static func pieces(of text: String, size: Size) -> [Piece] {
        var result: [Piece] = []
        var previousIsBig = false
        for character in text {
            if let bitmap = pixelFont[character], let segments = segmentFont[character] {
                let gap = result.isEmpty ? 0 : size.scale
                result.append(Piece(kind: .glyph(bitmap, segments: segments), width: bitmap[0].count * size.scale, gap: gap))
                previousIsBig = true
            } else {
                let width = CellWidth.of(character)
                guard width > 0 else { continue } // nothing to show on its own
                let gap = previousIsBig ? size.scale : 0
                result.append(Piece(kind: .plain(character), width: width, gap: gap))
                previousIsBig = false
            }
        }
        return result
    }

    /// The cells a big glyph is drawn with, made once a frame (every one is narrow).
    private struct Ink {
        let full: Glyph, upper = Glyph("▀"), lower = Glyph("▄"), blank = Glyph.space
        init(glyphs: Glyphs) { full = Glyph(glyphs.full) }
    }

    /// Row `row` of a glyph in cells. Three rows pair pixel rows (0-1, 2-3, 4 and a blank)
    /// into full and half blocks. (ASCII has no half blocks: three rows there use
    /// `segmentFont` instead; five rows draw each pixel as `##`.)
    private static func line(_ row: Int, of pixels: [[Bool]], size: Size, ink: Ink) -> [Glyph] {
        func lit(_ r: Int, _ c: Int) -> Bool { r < pixels.count && pixels[r][c] }
        var line: [Glyph] = []
        line.reserveCapacity(pixels[0].count * size.scale)
        for column in pixels[0].indices {
            if size != .three {
                let pixelRow = size == .ten ? row / 2 : row
                line += repeatElement(lit(pixelRow, column) ? ink.full : ink.blank, count: size.scale)
                continue
            }
            switch (lit(2 * row, column), lit(2 * row + 1, column)) {
            case (true, true): line.append(ink.full)
            case (true, false): line.append(ink.upper)
            case (false, true): line.append(ink.lower)
            case (false, false): line.append(ink.blank)
            }
        }
        return line
    }

    /// The font as lit pixels, decoded once from the readable table below.
    private static let pixelFont: [Character: [[Bool]]] = font.mapValues { rows in rows.map { $0.map { $0 == "#" } } }

    /// Five pixel rows a glyph, `#` lit; every row of a glyph is equally wide.
    private static let font: [Character: [String]] = [
        "0": ["###", "# #", "# #", "# #", "###"],
        "1": ["## ", " # ", " # ", " # ", "###"],
        "2": ["###", "  #", "###", "#  ", "###"],
        "3": ["###", "  #", "###", "  #", "###"],
        "4": ["# #", "# #", "###", "  #", "  #"],
        "5": ["###", "#  ", "###", "  #", "###"],
        "6": ["###", "#  ", "###", "# #", "###"],
        "7": ["###", "  #", "  #", "  #", "  #"],
        "8": ["###", "# #", "###", "# #", "###"],
        "9": ["###", "# #", "###", "  #", "###"],
        ".": [" ", " ", " ", " ", "#"],
        ",": ["  ", "  ", "  ", " #", "# "],
        "%": ["# #", "  #", " # ", "#  ", "# #"],
        "-": ["   ", "   ", "###", "   ", "   "],
        "+": ["   ", " # ", "###", " # ", "   "],
        " ": ["  ", "  ", "  ", "  ", "  "],
    ]

    /// Three rows in ASCII: the seven-segment digits of a pocket calculator, which read from
    /// the back of a room where half blocks folded to `"` and `#` did not (2, 3, 5, 8 and 9
    /// looked alike). Each glyph is as wide as its pixel form, so widths do not depend on
    /// the character set.
    private static let segmentFont: [Character: [String]] = [
        "0": [" _ ", "| |", "|_|"],
        "1": ["   ", "  |", "  |"],
        "2": [" _ ", " _|", "|_ "],
        "3": [" _ ", " _|", " _|"],
        "4": ["   ", "|_|", "  |"],
        "5": [" _ ", "|_ ", " _|"],
        "6": [" _ ", "|_ ", "|_|"],
        "7": [" _ ", "  |", "  |"],
        "8": [" _ ", "|_|", "|_|"],
        "9": [" _ ", "|_|", " _|"],
        ".": [" ", " ", "."],
        ",": ["  ", "  ", " ,"],
        "%": ["o /", " / ", "/ o"],
        "-": ["   ", " _ ", "   "],
        "+": ["   ", "_|_", " | "],
        " ": ["  ", "  ", "  "],
    ]
}
