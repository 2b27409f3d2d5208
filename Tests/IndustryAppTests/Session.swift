import TerminalKit
import BuiltinData
import IndustryApp
import IndustryModel
import IndustryTerminal
import IndustryViews
import Testing

/// A dashboard driven without a terminal: keys in, screen text out.
struct Session {
    static let dataset = try! BuiltinData.load()
    static let themes = ThemeCatalog.builtIn()

    var state: DashboardState
    var quit = false
    /// Every effect the keys asked for, in order.
    var effects: [Effect] = []
    let context: AppContext
    var dataset: Dataset { context.dataset }

    init(width: Int = 120, height: Int = 40, language: Language = .zh, ascii: Bool = false,
         dataset: Dataset = Session.dataset, clipboard: Bool = false) {
        context = AppContext(dataset: dataset, themeNames: Session.themes.names, clipboard: clipboard)
        state = DashboardState(cityID: dataset.cities[0].id, language: language, asOf: Day(iso: "2026-11-25")!, ascii: ascii)
        state.display.width = width
        state.display.height = height
    }

    /// Sends keys: plain characters, or names in angle brackets (<enter>, <esc>, <down>...).
    mutating func press(_ keys: Key...) { press(keys) }

    mutating func press(_ keys: [Key]) {
        for key in keys {
            // As the run loop does: a click lands on the screen as last drawn.
            let frame: Frame? = { if case .mouse = key { return state.render(dataset) } else { return nil } }()
            guard let action = KeyMap.action(for: key, in: state.navigation, frame: frame) else { continue }
            let asked = App.update(&state, action, context)
            effects += asked
            if asked.contains(.quit) { quit = true }
        }
    }

    mutating func type(_ text: String) {
        for character in text { press(.character(character)) }
    }

    var grid: Grid { state.render(dataset).grid }
    var lines: [String] { grid.lines }
    var screen: String { lines.joined(separator: "\n") }
    var path: String { Dashboard.path(state.navigation, state.display, dataset).joined(separator: " › ") }

    /// The rows at these indices are exactly these, whole (see `expectRows` beside it).
    func expectRows(_ expected: [Int: String], sourceLocation: SourceLocation = #_sourceLocation) {
        IndustryAppTests.expectRows(lines, expected, "screen at \(path)", sourceLocation: sourceLocation)
    }

    func expectScreen(lacks text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(!screen.contains(text), "screen shows \"\(text)\"", sourceLocation: sourceLocation)
    }
}
