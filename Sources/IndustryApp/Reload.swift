import TerminalKit
import IndustryModel
import IndustryViews

extension App {
    /// Puts new data under the user (`--watch`): screens whose city, cluster or comparison
    /// is gone are left, and each selection follows the row it was on (the same cluster or
    /// indicator, wherever the new data puts it), else stays at its place, clamped. Filters
    /// stay, as text; they narrow the new rows.
    public static func reload(_ state: inout DashboardState, from old: Dataset, to new: Dataset) {
        var stack: [Screen] = []
        for screen in state.navigation.stack {
            guard Screens.exists(screen, state.display, new) else { break }
            stack.append(screen)
        }
        state.navigation.stack = stack.isEmpty ? [.overview] : stack
        if new.city(state.navigation.cityID) == nil, let first = new.cities.first { state.navigation.cityID = first.id }
        var selections: [SelectionKey: Int] = [:]
        for (key, index) in state.navigation.selections where Screens.exists(key.screen, state.display, new) {
            let before = Screens.rows(key.screen, panel: key.panel, filteredBy: state.navigation, state.display, old)
            let after = Screens.rows(key.screen, panel: key.panel, filteredBy: state.navigation, state.display, new)
            guard !after.isEmpty else { continue }
            if before.indices.contains(index), before[index] != .item, let moved = after.firstIndex(of: before[index]) {
                selections[key] = moved
            } else {
                selections[key] = min(index, after.count - 1)
            }
        }
        state.navigation.selections = selections
        state.navigation.focus = min(state.navigation.focus, Screens.panelCount(state.screen, state.display, new) - 1)
        // A filter box open on a screen the reload left closes; its text stays kept.
        if let typing = state.navigation.filtering, typing != Navigation.filterKey(state.screen, state.navigation.focus) {
            state.navigation.filtering = nil
        }
        state.status.dataError = nil
    }
}
