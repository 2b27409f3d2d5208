import IndustryModel
import IndustryTerminal
import IndustryViews

/// The live dashboard: draw the state, block for a key (or a watched folder), update,
/// repeat. It idles at zero CPU (no timers run) and redraws only when the state changed;
/// ncurses sends only cells that differ from the screen.
public enum RunLoop {
    /// `themeChosen`: the user named a theme, which wins over `NO_COLOR` (no-color.org).
    /// `watch`: reload the data from this directory when its files change (`--watch`).
    public static func run(state initial: ViewState, context initialContext: AppContext, themes: ThemeCatalog,
                           environment: [String: String], themeChosen: Bool = false, watch: String? = nil) throws {
        try TerminalGuard.run { backend in
            var state = initial
            var context = initialContext
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
            var reloader = watch.map { DataReloader(directory: $0) }
            while true {
                if lastDrawn != state {
                    if paletteName != state.themeName {
                        palette = self.palette(for: state.themeName, themes, depth)
                        paletteName = state.themeName
                    }
                    backend.draw(Dashboard.render(state, context.dataset).grid, palette: palette.resolve)
                    lastDrawn = state
                }
                let wake = backend.wait(timeoutMilliseconds: reloader?.timeoutMilliseconds(now: monotonicMilliseconds()),
                                        for: reloader?.descriptors ?? [])
                guard case .key(let key) = wake else {
                    if reloader?.wake(wake, now: monotonicMilliseconds(), state: &state, context: &context) == true {
                        lastDrawn = nil  // new data: draw even where the state is the same
                    }
                    continue
                }
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
