import TerminalKit
import IndustryModel
import IndustryViews

extension App {
    /// Puts new data under the user (`--watch`): screens whose city, cluster or comparison
    /// is gone are left, and each selection follows the row it was on (the same cluster or
    /// indicator, wherever the new data puts it), else stays at its place, clamped.
    public static func reload(_ state: inout DashboardState, from old: Dataset, to new: Dataset) {
        let comparable = Set(new.comparableIndicatorIDs())
        var stack: [Screen] = []
        for screen in state.navigation.stack {
            guard exists(screen, in: new, comparable: comparable) else { break }
            stack.append(screen)
        }
        state.navigation.stack = stack.isEmpty ? [.overview] : stack
        if new.city(state.navigation.cityID) == nil, let first = new.cities.first { state.navigation.cityID = first.id }
        var selections: [SelectionKey: Int] = [:]
        for (key, index) in state.navigation.selections where exists(key.screen, in: new, comparable: comparable) {
            let before = Screens.rows(key.screen, panel: key.panel, state.display, old)
            let after = Screens.rows(key.screen, panel: key.panel, state.display, new)
            guard !after.isEmpty else { continue }
            if before.indices.contains(index), before[index] != .item, let moved = after.firstIndex(of: before[index]) {
                selections[key] = moved
            } else {
                selections[key] = min(index, after.count - 1)
            }
        }
        state.navigation.selections = selections
        state.navigation.focus = min(state.navigation.focus, Screens.panelCount(state.screen, state.display, new) - 1)
        state.status.dataError = nil
    }

    private static func exists(_ screen: Screen, in dataset: Dataset, comparable: Set<String>) -> Bool {
        switch screen {
        case .overview: return true
        case .city(let id), .targets(let id): return dataset.city(id) != nil
        case .cluster(let city, let cluster): return dataset.city(city)?.cluster(cluster) != nil
        case .compare(let indicator): return comparable.contains(indicator)
        }
    }
}
