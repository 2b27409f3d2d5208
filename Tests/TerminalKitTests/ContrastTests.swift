import BuiltinData
import TerminalKit
import Testing

/// Every theme readable where it is meant to be used, at 256 and 16 colours: text at least
/// 4.5:1 against what is behind it, the selection band and a focused frame at least 3:1
/// against the screen (WCAG 2: text, and user-interface components).
@Suite("Theme contrast") struct ContrastTests {
    /// The screen each theme is written for: its own colours where the theme does not set
    /// them (dark, projector: a dark terminal; light: a light one).
    static let screens: [String: (fg: Contrast.RGB, bg: Contrast.RGB)] = [
        "dark": ((0xD0, 0xD0, 0xD0), (0x00, 0x00, 0x00)),
        "projector": ((0xD0, 0xD0, 0xD0), (0x00, 0x00, 0x00)),
        "light": ((0x00, 0x00, 0x00), (0xFF, 0xFF, 0xFF)),
    ]
    /// Roles drawn as text on the screen's background (or their own).
    static let textRoles: [Role] = [.text, .muted, .title, .focus, .achieved, .onTrack, .atRisk, .behind, .noData,
                                    .header, .accent, .statusBar, .key, .target]

    static func theme(_ name: String) throws -> Theme {
        let bytes = try #require(BuiltinData.themes.first { $0.name == name }?.bytes)
        return try Theme.parse(bytes, file: "themes/\(name).json5")
    }

    @Test(arguments: ["dark", "light", "projector"], [ColorDepth.indexed256, .sixteen])
    func textSelectionAndFocusStandOut(themeName: String, depth: ColorDepth) throws {
        let theme = try Self.theme(themeName)
        let screen = try #require(Self.screens[themeName])
        func colors(_ role: Role) -> (fg: Contrast.RGB, bg: Contrast.RGB) {
            let style = theme.resolve(Style(role), depth: depth)
            let bg = Contrast.rgb(of: style.background, terminal: screen.bg)
            return (Contrast.rgb(of: style.foreground, terminal: screen.fg), bg)
        }
        for role in Self.textRoles {
            let (fg, bg) = colors(role)
            #expect(Contrast.ratio(fg, bg) >= 4.5, "\(themeName) at \(depth): \(role) text \(Self.ratio(fg, bg)):1")
        }
        let selection = colors(.selection)
        #expect(Contrast.ratio(selection.fg, selection.bg) >= 4.5,
                "\(themeName) at \(depth): text on the selection \(Self.ratio(selection.fg, selection.bg)):1")
        #expect(Contrast.ratio(selection.bg, screen.bg) >= 3,
                "\(themeName) at \(depth): the selection band on the screen \(Self.ratio(selection.bg, screen.bg)):1")
        let focus = colors(.focus).fg
        #expect(Contrast.ratio(focus, screen.bg) >= 3, "\(themeName) at \(depth): the focused frame \(Self.ratio(focus, screen.bg)):1")
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
