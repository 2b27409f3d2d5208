import TerminalKit
import IndustryModel
import IndustryViews

/// What `update` needs besides the state: the data, the theme names to cycle through, and
/// whether `y` may use the clipboard (`--clipboard`, the settings file's `clipboard`).
public struct AppContext: Sendable {
    public var dataset: Dataset
    public var themeNames: [String]
    public var clipboard: Bool

    public init(dataset: Dataset, themeNames: [String], clipboard: Bool = false) {
        self.dataset = dataset
        self.themeNames = themeNames
        self.clipboard = clipboard
    }
}

/// The one place the state changes: an action in, the new state (and effects) out.
public enum App {
    @discardableResult
    // Not inlined: each step of a key is one function that .ci/keycost.sh counts by name.
    @inline(never)
    public static func update(_ state: inout DashboardState, _ action: Action, _ context: AppContext) -> [Effect] {
        let dataset = context.dataset
        // A message lasts until the next key, except one that only hands the terminal to the shell.
        if !isSearchAction(action) && action != .suspend { state.status.message = nil }
        switch action {
        case .quit:
            return [.quit]
        case .suspend:
            return [.suspend]
        case .nextCity, .previousCity:
            let ids = dataset.cities.map(\.id)
            guard let index = ids.firstIndex(of: state.navigation.cityID), !ids.isEmpty else { break }
            let step = action == .nextCity ? 1 : ids.count - 1
            switchCity(&state, to: ids[(index + step) % ids.count], dataset)
        case .selectCity(let number):
            guard number >= 1, number <= dataset.cities.count else {
                state.status.message = state.display.t(Labels.noCity(number))
                break
            }
            openCity(&state, dataset.cities[number - 1].id, dataset)
        case .nextPanel, .previousPanel:
            let count = Screens.panelCount(state.screen, state.display, dataset)
            state.navigation.focus = (state.navigation.focus + (action == .nextPanel ? 1 : count - 1)) % count
        case .move, .page, .first, .last:
            step(&state, action, dataset)
        case .scrollReader(let delta):
            Reading.scroll(&state, by: delta, dataset)
        case .toggleZoom:
            state.navigation.zoomed.toggle()
        case .copy:
            return copy(&state, context)
        case .drillDown:
            drillDown(&state, dataset)
        case .back:
            goBack(&state, dataset)
        case .showOverview:
            state.navigation.stack = [.overview]
            arrive(&state)
        case .showTargets:
            guard state.screen != .targets(city: state.navigation.cityID) else { break }
            state.navigation.stack = [.overview, .city(state.navigation.cityID), .targets(city: state.navigation.cityID)]
            arrive(&state)
        case .showCompare:
            showCompare(&state, dataset)
        case .toggleCompareMode:
            state.display.compareMode = state.display.compareMode == .absolute ? .share : .absolute
        case .cycleSort:
            let all = TargetSort.allCases
            resort(&state, dataset) { $0.sort = all[(all.firstIndex(of: $0.sort)! + 1) % all.count] }
        case .reverseSort:
            resort(&state, dataset) { $0.sortReversed.toggle() }
        case .nextTheme:
            guard state.display.nextTheme(in: context.themeNames) else { break }
            state.status.message = state.display.themeName
        case .toggleLanguage:
            guard state.display.canShowChinese else {
                state.status.message = "Chinese needs a UTF-8 terminal (LANG=C.UTF-8)"
                break
            }
            // Sorted by name, the order changes with the language: the selection keeps its item.
            resort(&state, dataset) { $0.language = $0.language == .zh ? .en : .zh }
        case .toggleHelp:
            state.navigation.showHelp.toggle()
            state.navigation.helpScroll = 0
        case .scrollHelp(let delta):
            // Kept within the help's own length; the overlay clamps it again to what it shows.
            let limit = HelpOverlay.scrollLimit(Screens.hintContext(state.navigation, state.display, dataset), state.display)
            state.navigation.helpScroll = min(max(0, state.navigation.helpScroll + delta), limit)
        case .resize(let width, let height):
            state.display.width = max(0, width)
            state.display.height = max(0, height)
        case .clickTab(let index):
            guard dataset.cities.indices.contains(index) else { break }
            openCity(&state, dataset.cities[index].id, dataset)
        case .clickRow(let panel, let index, let open):
            state.navigation.focus = panel
            moveSelection(&state, to: index, dataset)
            if open { drillDown(&state, dataset) }
        case .wheel(let panel, let delta):
            // The panel under the pointer scrolls; the focus stays where the keys left it.
            let focus = state.navigation.focus
            state.navigation.focus = panel ?? focus
            moveSelection(&state, to: Screens.selection(state.navigation, panel: state.navigation.focus, state.display, dataset) + delta, dataset)
            state.navigation.focus = focus
        case .startSearch, .searchType, .searchErase, .searchSubmit, .searchCancel, .searchMove, .searchStep:
            Search.update(&state, action, dataset)
        case .startFilter, .filterType, .filterErase, .filterKeep, .filterCancel:
            Filtering.update(&state, action, dataset)
        }
        return []
    }

    /// Changes the order of the targets; the selection stays on the same row (indicator),
    /// not the same row number.
    private static func resort(_ state: inout DashboardState, _ dataset: Dataset, _ change: (inout Display) -> Void) {
        let rows = Screens.focusedRows(state.navigation, state.display, dataset)
        let selected = rows.isEmpty ? nil : rows[min(Screens.selection(state.navigation, panel: state.navigation.focus, state.display, dataset), rows.count - 1)]
        change(&state.display)
        if let selected { select(&state, row: selected, dataset) }
    }

    private static func isSearchAction(_ action: Action) -> Bool {
        switch action {
        case .startSearch, .searchType, .searchErase, .searchSubmit, .searchCancel, .searchMove: return true
        default: return false
        }
    }

    /// The current city, which is also the overview's selected card (one field says both).
    static func setCity(_ state: inout DashboardState, _ id: String, _ dataset: Dataset) {
        state.navigation.cityID = id
    }

    /// 1…9 and a click on a tab name a city, as the tabs number them: from the overview they
    /// open it; elsewhere they switch as ←/→ do.
    private static func openCity(_ state: inout DashboardState, _ id: String, _ dataset: Dataset) {
        guard case .overview = state.screen else { return switchCity(&state, to: id, dataset) }
        setCity(&state, id, dataset)
        push(&state, .city(id))
    }

    /// ←/→ keep the kind of screen: each screen says where it goes for another city.
    private static func switchCity(_ state: inout DashboardState, to id: String, _ dataset: Dataset) {
        guard let stack = Screens.stack(state.screen, forCity: id, state.display, dataset) else { return }
        setCity(&state, id, dataset)
        guard stack != state.navigation.stack else { return }
        state.navigation.stack = stack
        state.navigation.focus = min(state.navigation.focus, Screens.panelCount(state.screen, state.display, dataset) - 1)
        state.navigation.detailScroll = 0
    }

    /// ↑↓, PgUp PgDn, Home End: over the focused panel's rows, or through its text.
    private static func step(_ state: inout DashboardState, _ action: Action, _ dataset: Dataset) {
        let page = max(1, state.display.height / 2)
        let delta = switch action {
        case .move(let n): n
        case .page(let n): n * page
        case .first: -Int.max / 2
        default: Int.max / 2
        }
        if let limit = Screens.textScrollLimit(state.navigation, state.display, dataset) {
            state.navigation.detailScroll = min(max(0, state.navigation.detailScroll.addingReportingOverflow(delta).partialValue), limit)
            return
        }
        let current = Screens.selection(state.navigation, panel: state.navigation.focus, state.display, dataset)
        moveSelection(&state, to: action == .first ? 0 : action == .last ? Int.max / 2 : current + delta, dataset)
    }

    static func moveSelection(_ state: inout DashboardState, to row: Int, _ dataset: Dataset) {
        // The text describing the row starts at its top again.
        state.navigation.detailScroll = 0
        let rows = Screens.focusedRows(state.navigation, state.display, dataset)
        guard !rows.isEmpty else { return }
        let clamped = min(max(row, 0), rows.count - 1)
        // One fact, one field: where the screen already says which row is selected, that is
        // what changes, and no selection is stored beside it to go stale.
        switch (state.screen, rows[clamped]) {
        case (.compare, .comparison(let id)):
            state.navigation.stack[state.navigation.stack.count - 1] = .compare(indicator: id)
        case (.overview, .city(let id)) where state.navigation.focus == 0:
            setCity(&state, id, dataset)
        default:
            state.navigation.setSelection(state.navigation.focus, clamped)
        }
    }

    private static func push(_ state: inout DashboardState, _ screen: Screen) {
        guard state.screen != screen else { return }
        state.navigation.stack.append(screen)
        arrive(&state)
    }

    /// On a screen just reached: the first panel, its text at the top, nothing zoomed.
    static func arrive(_ state: inout DashboardState) {
        state.navigation.focus = 0
        state.navigation.detailScroll = 0
        state.navigation.zoomed = false
    }

    /// Esc: closes what covers the screen (help, a row being read, a zoom), else clears the
    /// focused table's filter, else goes back exactly one screen.
    private static func goBack(_ state: inout DashboardState, _ dataset: Dataset) {
        if state.navigation.showHelp {
            state.navigation.showHelp = false
        } else if state.navigation.reader != nil {
            state.navigation.reader = nil
        } else if state.navigation.zoomed {
            state.navigation.zoomed = false
        } else if state.navigation.filter(state.navigation.focus) != nil {
            Filtering.clear(&state, Navigation.filterKey(state.screen, state.navigation.focus), dataset)
        } else if state.navigation.stack.count > 1 {
            state.navigation.stack.removeLast()
            arrive(&state)
        }
    }

    private static func drillDown(_ state: inout DashboardState, _ dataset: Dataset) {
        let rows = Screens.focusedRows(state.navigation, state.display, dataset)
        guard !rows.isEmpty else { return }
        let row = rows[min(Screens.selection(state.navigation, panel: state.navigation.focus, state.display, dataset), rows.count - 1)]
        switch row {
        case .city(let id):
            setCity(&state, id, dataset)
            push(&state, .city(id))
        case .cluster(let city, let cluster):
            push(&state, .cluster(city: city, cluster: cluster))
        case .indicator(let city, let indicator):
            setCity(&state, city, dataset)
            if case .targets = state.screen {
                openCompare(&state, indicator, dataset)
            } else {
                // Targets belong to the city. Opened from within that city (its page, a
                // cluster) they go on top, so Esc goes back exactly one level.
                if state.navigation.stack.contains(.city(city)) {
                    push(&state, .targets(city: city))
                } else {
                    state.navigation.stack = [.overview, .city(city), .targets(city: city)]
                    arrive(&state)
                }
                select(&state, row: row, dataset)
            }
        case .comparison(let indicator):
            openCompare(&state, indicator, dataset)
        case .fact, .task, .entity, .department:
            state.navigation.reader = Reader(row)
        case .item:
            break
        }
    }

    /// `c`: compare the indicator selected in the focused table, else the first comparable one.
    private static func showCompare(_ state: inout DashboardState, _ dataset: Dataset) {
        let rows = Screens.focusedRows(state.navigation, state.display, dataset)
        let selected = rows.isEmpty ? nil : rows[min(Screens.selection(state.navigation, panel: state.navigation.focus, state.display, dataset), rows.count - 1)]
        switch selected {
        case .indicator(_, let id)?, .comparison(let id)?:
            openCompare(&state, id, dataset)
        default:
            if let first = dataset.comparableIndicatorIDs().first { openCompare(&state, first, dataset) }
        }
    }

    private static func openCompare(_ state: inout DashboardState, _ indicator: String, _ dataset: Dataset) {
        let comparable = dataset.comparableIndicatorIDs()
        guard comparable.contains(indicator) else {
            state.status.message = state.display.t(Labels.onlyOneCity)
            return
        }
        if case .compare = state.screen { state.navigation.stack.removeLast() }
        // The compare screen's selected row is its indicator: nothing else to store.
        push(&state, .compare(indicator: indicator))
    }

    /// Selects a row, found by what it is, on the current screen's focused table; a filter
    /// there that hides it is cleared, since the row was asked for.
    static func select(_ state: inout DashboardState, row: RowTarget, _ dataset: Dataset) {
        var rows = Screens.focusedRows(state.navigation, state.display, dataset)
        if !rows.contains(row), state.navigation.filter(state.navigation.focus) != nil {
            state.navigation.filters[Navigation.filterKey(state.screen, state.navigation.focus)] = nil
            rows = Screens.focusedRows(state.navigation, state.display, dataset)
        }
        if let index = rows.firstIndex(of: row) { state.navigation.setSelection(state.navigation.focus, index) }
    }

}
