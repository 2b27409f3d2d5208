/// Brings a theme's colours down to what a terminal can show, one step at a time:
/// 24-bit → xterm 256 palette → 16 ANSI colours → 8 → none. The first two steps pick the
/// nearest colour by squared RGB distance (ties go to the lower index, so results are
/// stable); the step to 8 drops bright colours to their normal ones.
/// Themes are resolved once per depth (see `Palette`), so none of this runs per cell.
public enum ColorDegrade {
    public typealias RGB = (red: UInt8, green: UInt8, blue: UInt8)

    /// xterm's default values of the 16 ANSI colours. Terminals let users recolour these,
    /// so they are only a best guess when choosing among them.
    static let ansiRGB: [RGB] = [
        (0x00, 0x00, 0x00), (0xCD, 0x00, 0x00), (0x00, 0xCD, 0x00), (0xCD, 0xCD, 0x00),
        (0x00, 0x00, 0xEE), (0xCD, 0x00, 0xCD), (0x00, 0xCD, 0xCD), (0xE5, 0xE5, 0xE5),
        (0x7F, 0x7F, 0x7F), (0xFF, 0x00, 0x00), (0x00, 0xFF, 0x00), (0xFF, 0xFF, 0x00),
        (0x5C, 0x5C, 0xFF), (0xFF, 0x00, 0xFF), (0x00, 0xFF, 0xFF), (0xFF, 0xFF, 0xFF),
    ]

    /// The six levels of each channel in the 6x6x6 cube (indices 16-231).
    static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    /// The RGB value of a 256-palette index: the ANSI guess for 0-15, the cube for 16-231,
    /// the grey ramp (8, 18, ... 238) for 232-255.
    public static func rgb(ofIndex index: UInt8) -> RGB {
        switch index {
        case 0..<16:
            return ansiRGB[Int(index)]
        case 16..<232:
            let cube = Int(index) - 16
            return (cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
        default:
            let grey = 8 + (index - 232) * 10
            return (grey, grey, grey)
        }
    }

    private static let fixedPalette: [RGB] = (16...255).map { rgb(ofIndex: UInt8($0)) }

    /// The nearest 256-palette index to a 24-bit colour. Only 16-255 are candidates: their
    /// values are fixed in practice, while 0-15 follow the user's terminal colour scheme.
    public static func nearestIndex(_ color: RGB) -> UInt8 {
        UInt8(16 + nearest(to: color, among: fixedPalette))
    }

    /// The nearest of the 16 ANSI colours to a palette index (0-15 are themselves).
    public static func nearestANSI16(index: UInt8) -> UInt8 {
        index < 16 ? index : UInt8(nearest(to: rgb(ofIndex: index), among: ansiRGB))
    }

    /// One of the 8 basic colours for an ANSI colour: a bright colour becomes its normal
    /// counterpart, which is also its nearest by distance. Bright black (grey) is the
    /// exception: by distance it would turn yellow, so it becomes white, the lighter neutral.
    /// (Grey text is handled before this: see `style(_:of:at:)`.)
    public static func nearestANSI8(ansi: UInt8) -> UInt8 {
        switch ansi % 16 {
        case 0..<8: ansi % 16
        case 8: 7
        default: ansi % 16 - 8
        }
    }

    /// A colour as the terminal can show it at `depth`. Colours already poorer than the
    /// depth are kept as they are.
    public static func color(_ color: TerminalColor, at depth: ColorDepth) -> TerminalColor {
        switch color {
        case .terminalDefault:
            return .terminalDefault
        case _ where depth == .none:
            return .terminalDefault
        case .rgb(let red, let green, let blue):
            return depth == .trueColor ? color : self.color(.indexed(nearestIndex((red, green, blue))), at: depth)
        case .indexed(let index):
            return depth >= .indexed256 ? color : self.color(.ansi(nearestANSI16(index: index)), at: depth)
        case .ansi(let ansi):
            return depth >= .sixteen ? color : .ansi(nearestANSI8(ansi: ansi))
        }
    }

    /// A role's style as the terminal can show it at `depth`.
    public static func style(_ style: ResolvedStyle, of role: Role, at depth: ColorDepth) -> ResolvedStyle {
        var result = ResolvedStyle(foreground: color(style.foreground, at: depth),
                                   background: color(style.background, at: depth),
                                   attributes: style.attributes)
        // A role that told itself apart by colour gets attributes instead. Roles written
        // without colour (the mono theme) already say what they mean and are left alone.
        let hadColor = style.foreground != .terminalDefault || style.background != .terminalDefault
        if depth == .none, hadColor {
            result.attributes.formUnion(attributesWithoutColor(for: role))
        }
        // Themes use grey for quieter text (sources, frames). 8-colour terminals have no grey
        // (white would vanish on a light screen, black on a dark one), and 16-colour bright
        // black is the least dependable colour there is (4:1 on xterm's white, invisible in
        // some schemes). Such text becomes a neutral, dimmed: on the terminal's own background
        // the terminal's own colour (readable on either), on a background the theme paints
        // the neutral that stands out from it (the terminal's colour may be that background's).
        if depth <= .sixteen, depth > .none, color(style.foreground, at: .sixteen) == .ansi(8) {
            result.foreground = neutral(against: result.background)
            result.attributes.insert(.dim)
        }
        // Two colours that were apart can land on the same one at a poor depth, and the text
        // would vanish: the neutral that stands out from the background keeps it readable.
        if result.foreground == result.background, result.foreground != .terminalDefault {
            result.foreground = neutral(against: result.background)
        }
        return result
    }

    /// Text that stands out from a background: the terminal's own colour on its own
    /// background; white on a dark colour, black on a light one (as the terminal shows them
    /// at 8 colours and up, so the choice survives every depth).
    static func neutral(against background: TerminalColor) -> TerminalColor {
        switch background {
        case .terminalDefault:
            return .terminalDefault
        case .ansi, .indexed, .rgb:
            let dark = Contrast.luminance(Contrast.rgb(of: background, terminal: (0, 0, 0))) < 0.18
            return .ansi(dark ? 7 : 0)
        }
    }

    /// What a role needs when the terminal shows no colour at all, so that its meaning
    /// survives through attributes alone: the same as `themes/mono.json5` (a test keeps the
    /// two in step). Statuses differ by weight; the views also print them in words.
    public static func attributesWithoutColor(for role: Role) -> TextAttributes {
        switch role {
        case .text, .bar, .onTrack: []
        case .muted, .border, .noData: .dim
        case .focus, .target, .achieved, .accent: .bold
        case .title, .header, .behind: [.bold, .underline]
        case .selection, .statusBar: .reverse
        case .atRisk: .underline
        case .key: [.bold, .reverse]
        }
    }

    private static func nearest(to color: RGB, among candidates: [RGB]) -> Int {
        func distance(_ other: RGB) -> Int {
            let dr = Int(color.red) - Int(other.red)
            let dg = Int(color.green) - Int(other.green)
            let db = Int(color.blue) - Int(other.blue)
            return dr * dr + dg * dg + db * db
        }
        var best = 0
        for index in candidates.indices.dropFirst() where distance(candidates[index]) < distance(candidates[best]) {
            best = index
        }
        return best
    }
}
