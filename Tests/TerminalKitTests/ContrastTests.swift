import BuiltinData
import TerminalKit
import Testing

/// Every theme readable whatever the terminal's own colours are, at 24-bit, 256 and 16
/// colours: text at least 4.5:1 against what is behind it, the selection band and a
/// focused frame at least 3:1 against the screen (WCAG 2: text, and user-interface
/// components). "The terminal's own colours" are measured on both kinds of terminal: white
/// on black, and black on white (xterm's default, and most desktop terminals' light
/// profiles), since a theme cannot know which it runs on. (At 8 colours xterm's default red
/// and blue fall short on either terminal alike; bold red is drawn bright there.)
@Suite("Theme contrast") struct ContrastTests {
    /// A terminal's own foreground and background: what `default` stands for.
    struct Terminal: CustomStringConvertible, Sendable {
        var name: String
        var fg: Contrast.RGB
        var bg: Contrast.RGB
        var description: String { name }
    }

    static let terminals = [
        Terminal(name: "a black terminal", fg: (0xD0, 0xD0, 0xD0), bg: (0x00, 0x00, 0x00)),
        Terminal(name: "a white terminal", fg: (0x00, 0x00, 0x00), bg: (0xFF, 0xFF, 0xFF)),
    ]
    /// Roles drawn as text on the screen's background (or their own).
    static let textRoles: [Role] = [.text, .muted, .title, .focus, .achieved, .onTrack, .atRisk, .behind, .noData,
                                    .header, .accent, .statusBar, .key, .target]

    static func theme(_ name: String) throws -> Theme {
        let bytes = try #require(BuiltinData.themes.first { $0.name == name }?.bytes)
        return try Theme.parse(bytes, file: "themes/\(name).json5")
    }

    @Test(arguments: ["dark", "light", "projector"], [ColorDepth.trueColor, .indexed256, .sixteen])
    func textSelectionAndFocusStandOutOnEitherTerminal(themeName: String, depth: ColorDepth) throws {
        let theme = try Self.theme(themeName)
        for terminal in Self.terminals {
            func colors(_ role: Role) -> (fg: Contrast.RGB, bg: Contrast.RGB) {
                let style = theme.resolve(Style(role), depth: depth)
                return (Contrast.rgb(of: style.foreground, terminal: terminal.fg), Contrast.rgb(of: style.background, terminal: terminal.bg))
            }
            let what = "\(themeName) at \(depth) on \(terminal)"
            for role in Self.textRoles {
                let (fg, bg) = colors(role)
                #expect(Contrast.ratio(fg, bg) >= 4.5, "\(what): \(role) text \(Self.ratio(fg, bg)):1")
            }
            // The screen is what body text stands on: the theme's own background where it paints one.
            let screen = colors(.text).bg
            let selection = colors(.selection)
            #expect(Contrast.ratio(selection.fg, selection.bg) >= 4.5, "\(what): text on the selection \(Self.ratio(selection.fg, selection.bg)):1")
            #expect(Contrast.ratio(selection.bg, screen) >= 3, "\(what): the selection band on the screen \(Self.ratio(selection.bg, screen)):1")
            let focus = colors(.focus).fg
            #expect(Contrast.ratio(focus, screen) >= 3, "\(what): the focused frame \(Self.ratio(focus, screen)):1")
        }
    }

    /// The rule behind the test above, said for every theme and depth on its own: a role
    /// either leaves both colours to the terminal (its own pair, readable by design) or
    /// sets both. A colour set against the terminal's unknown one is a guess, and light
    /// text on a default background is invisible on a white terminal.
    @Test(arguments: ["dark", "light", "projector", "mono"])
    func noRoleSetsOneColourAndLeavesTheOtherToTheTerminal(themeName: String) throws {
        let theme = try Self.theme(themeName)
        for depth in ColorDepth.allCases {
            for role in Role.allCases {
                let style = theme.resolve(Style(role), depth: depth)
                #expect((style.foreground == .terminalDefault) == (style.background == .terminalDefault),
                        "\(themeName) at \(depth): \(role) is \(style.foreground) on \(style.background)")
            }
        }
    }

    @Test func theRatioIsWCAGs() {
        #expect(Self.ratio((0, 0, 0), (255, 255, 255)) == "21.0")
        #expect(Self.ratio((0x77, 0x77, 0x77), (255, 255, 255)) == "4.5")  // the well-known AA grey
        #expect(Contrast.ratio((10, 20, 30), (10, 20, 30)) == 1)
    }

    static func ratio(_ a: Contrast.RGB, _ b: Contrast.RGB) -> String {
        let value = (Contrast.ratio(a, b) * 10).rounded() / 10
        return "\(value)"
    }
}
