/// Everything a user can do. Keys, mouse events and resizes become actions; `update`
/// applies them to the state. Nothing else changes the state. Kept beside the key table
/// that names them, so the screens' help and hints and the dispatch share one vocabulary.
public enum Action: Hashable, Sendable {
    case nextCity, previousCity
    case selectCity(number: Int)
    case nextPanel, previousPanel
    case move(Int)
    case page(Int)
    case first, last
    case drillDown, back
    case showOverview, showTargets, showCompare
    case toggleCompareMode
    case startSearch, searchType(Character), searchErase, searchSubmit, searchCancel, searchMove(Int)
    /// `n` / `N`: the next or previous hit of the last search.
    case searchStep(Int)
    /// `f`: a one-line box filtering the focused table as one types; Enter keeps the
    /// filter, Esc drops it.
    case startFilter, filterType(Character), filterErase, filterKeep, filterCancel
    case cycleSort, reverseSort
    case nextTheme
    case toggleLanguage
    case toggleHelp
    /// ↑↓, PgUp PgDn, g G inside help: scroll it.
    case scrollHelp(Int)
    /// ↑↓, PgUp PgDn, g G while a row is read in full: scroll it.
    case scrollReader(Int)
    /// `z`: the focused panel takes the whole body, or gives it back.
    case toggleZoom
    /// `y`: the selected figure with its date and source to the terminal's clipboard.
    case copy
    case resize(width: Int, height: Int)
    /// A click on a city tab, or on a row of a panel (`open`: a double click). Clicks are
    /// hit-tested against the frame last drawn before they become actions, so `update`
    /// never renders to find out what was under the pointer.
    case clickTab(Int)
    case clickRow(panel: Int, index: Int, open: Bool)
    /// The wheel over a panel's rows: that panel scrolls, focused or not (nil: the focused one).
    case wheel(panel: Int?, delta: Int)
    /// Ctrl-Z: the shell has the terminal until `fg`.
    case suspend
    case quit
}
