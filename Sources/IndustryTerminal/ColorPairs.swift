import TerminalKit

/// Maps a `TerminalColor` to an ncurses colour number for a terminal with `colors` colours.
/// The theme has already degraded colours to the terminal's depth; this only translates,
/// and falls back to the terminal's default colour (-1) for anything it cannot show
/// rather than to a wrong colour.
public struct ColorNumbers: Sendable {
    public var colors: Int
    /// Whether `use_default_colors` worked; without it -1 is not allowed and the default
    /// foreground and background become white and black.
    public var hasDefaultColors: Bool

    public init(colors: Int, hasDefaultColors: Bool) {
        self.colors = colors
        self.hasDefaultColors = hasDefaultColors
    }

    /// Direct-colour terminfo (xterm-direct: COLORS = 2^24) takes 0xRRGGBB as the number,
    /// except that 0-7 stay the ANSI colours.
    var isDirect: Bool { colors >= 1 << 24 }

    public func number(_ color: TerminalColor, isBackground: Bool) -> Int32 {
        let fallback: Int32 = hasDefaultColors ? -1 : (isBackground ? 0 : 7)
        guard colors > 0 else { return fallback }
        switch color {
        case .terminalDefault:
            return fallback
        case .ansi(let n):
            if Int(n) < colors && !(isDirect && n >= 8) { return Int32(n) }
            if isDirect { return Self.packed(Self.xterm256(Int(n))) }
            return Int32(n % 8) // bright colours on an 8-colour terminal: their normal twin
        case .indexed(let n):
            if isDirect { return n < 8 ? Int32(n) : Self.packed(Self.xterm256(Int(n))) }
            return Int(n) < colors ? Int32(n) : fallback
        case .rgb(let r, let g, let b):
            if isDirect { return Self.packed((r, g, b)) }
            return colors >= 256 ? Int32(Self.nearest256(r, g, b)) : fallback
        }
    }

    static func packed(_ c: (UInt8, UInt8, UInt8)) -> Int32 {
        let value = Int32(c.0) << 16 | Int32(c.1) << 8 | Int32(c.2)
        return value < 8 ? 8 : value // 0-7 mean ANSI colours on direct terminals
    }

    /// The RGB value of an xterm palette entry: 16 system colours, a 6x6x6 cube, 24 greys.
    static func xterm256(_ n: Int) -> (UInt8, UInt8, UInt8) {
        let system: [(UInt8, UInt8, UInt8)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
            (229, 229, 229), (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255),
            (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if n < 16 { return system[n] }
        if n < 232 {
            let i = n - 16, level = { (v: Int) -> UInt8 in v == 0 ? 0 : UInt8(55 + 40 * v) }
            return (level(i / 36), level(i / 6 % 6), level(i % 6))
        }
        let grey = UInt8(8 + 10 * (n - 232))
        return (grey, grey, grey)
    }

    /// The nearest colour of the 6x6x6 cube or the grey ramp (not the 16 system colours,
    /// whose RGB values vary between terminals).
    static func nearest256(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        func distance(_ n: Int) -> Int {
            let c = xterm256(n)
            let dr = Int(c.0) - Int(r), dg = Int(c.1) - Int(g), db = Int(c.2) - Int(b)
            return dr * dr + dg * dg + db * db
        }
        let step = { (v: UInt8) -> Int in v < 48 ? 0 : v < 115 ? 1 : (Int(v) - 35) / 40 }
        let cube = 16 + 36 * step(r) + 6 * step(g) + step(b)
        let average = (Int(r) + Int(g) + Int(b)) / 3
        let grey = 232 + min(23, max(0, (average - 3) / 10))
        return distance(grey) < distance(cube) ? grey : cube
    }
}

/// Colour pairs allocated on demand: (foreground, background) to a pair number. Pure
/// bookkeeping; the backend passes the function that really defines a pair.
public struct PairTable {
    public private(set) var pairs: [Pair: Int32] = [:]
    public let capacity: Int
    private var next: Int32 = 1

    public struct Pair: Hashable, Sendable {
        public var foreground: Int32
        public var background: Int32
        public init(_ foreground: Int32, _ background: Int32) {
            self.foreground = foreground
            self.background = background
        }
    }

    /// `capacity` is COLOR_PAIRS: pair 0 is the terminal default and never redefined.
    public init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    public var isFull: Bool { Int(next) >= capacity }

    /// The pair for two colours, defining it with `define(pair, fg, bg)` (which returns
    /// false if ncurses refused) when new. When pairs run out, or a definition fails, it
    /// reuses a pair with the same foreground (text stays readable), then one with the same
    /// background, then pair 0: a slightly wrong colour beats a failure.
    public mutating func pair(_ key: Pair, define: (Int32, Int32, Int32) -> Bool) -> Int32 {
        if key == Pair(-1, -1) { return 0 }
        if let known = pairs[key] { return known }
        if !isFull, define(next, key.foreground, key.background) {
            pairs[key] = next
            next += 1
            return next - 1
        }
        let nearest = pairs.first { $0.key.foreground == key.foreground }?.value
            ?? pairs.first { $0.key.background == key.background }?.value
            ?? 0
        return nearest
    }

    /// Forgets every pair, for a theme change on a terminal with few pairs; the caller
    /// must then repaint the whole screen, since ncurses compares cells by pair number.
    public mutating func reset() {
        pairs = [:]
        next = 1
    }
}
