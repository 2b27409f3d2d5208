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
    case cycleSort
    case nextTheme
    case toggleLanguage
    case toggleHelp
    case resize(width: Int, height: Int)
    case click(x: Int, y: Int), doubleClick(x: Int, y: Int)
    case quit
}
