import TerminalKit
import IndustryViews

/// Everything a user can do. Keys, mouse events and resizes become actions; `update`
/// applies them to the state. Nothing else changes the state.
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
    case cycleSort
    case nextTheme
    case toggleLanguage
    case toggleHelp
    case resize(width: Int, height: Int)
    case click(x: Int, y: Int), doubleClick(x: Int, y: Int)
    case quit
}

/// What `update` asks the run loop to do besides redrawing.
public enum Effect: Hashable, Sendable {
    case quit
}
