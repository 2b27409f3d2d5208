import IndustryModel
import IndustryTerminal
import IndustryViews

/// The live dashboard: draw the state, block for a key, update, repeat. It idles at zero
/// CPU (no timers run) and redraws only when the state changed; ncurses sends only cells
/// that differ from the screen.
public enum RunLoop {
    /// `themeChosen`: the user named a theme, which wins over `NO_COLOR` (no-color.org).
    public static func run(state initial: ViewState, context: AppContext, themes: ThemeCatalog,
                           environment: [String: String], themeChosen: Bool = false) throws {
        try TerminalGuard.run { backend in
            var state = initial
            (state.width, state.height) = backend.size
            if !backend.isUTF8 {
                // A terminal that cannot show UTF-8 gets ASCII glyphs and English labels.
                state.ascii = true
                state.language = .en
                state.canShowChinese = false
            }
            let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
            let depth = ColorDepth.detect(environment: environment, terminfoColors: backend.colors)
            if noColor, !themeChosen, themes.theme(named: "mono") != nil { state.themeName = "mono" }
            var palette = palette(for: state.themeName, themes, depth)
            var paletteName = state.themeName
            var lastDrawn: ViewState?
            while true {
                if lastDrawn != state {
                    if paletteName != state.themeName {
                        palette = self.palette(for: state.themeName, themes, depth)
                        paletteName = state.themeName
                    }
                    backend.draw(Dashboard.render(state, context.dataset).grid, palette: palette.resolve)
                    lastDrawn = state
                }
                guard let key = backend.readKey(timeoutMilliseconds: nil) else { continue }
                if key == .control("z") {
                    backend.suspend()
                    (state.width, state.height) = backend.size  // it may have been resized meanwhile
                    lastDrawn = nil
                    continue
                }
                guard let action = KeyMap.action(for: key, in: state) else { continue }
                if App.update(&state, action, context).contains(.quit) { return }
            }
        }
    }

    static func palette(for name: String, _ themes: ThemeCatalog, _ depth: ColorDepth) -> Palette {
        let theme = themes.theme(named: name) ?? themes.themes[0]
        return theme.palette(for: depth)
    }
}
