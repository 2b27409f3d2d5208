import IndustryModel
import IndustryViews

/// `f`: a filter for the focused table, typed into a one-line box. The rows narrow as one
/// types; Enter keeps the filter and goes back to browsing the rows it leaves, Esc drops it.
/// A kept filter belongs to its screen and panel, as a selection does, and Esc while
/// browsing clears it before going back (`App.goBack`).
enum Filtering {
    static func update(_ state: inout DashboardState, _ action: Action, _ dataset: Dataset) {
        switch action {
        case .startFilter:
            guard Screens.focusIsFilterable(state.navigation, state.display, dataset) else {
                state.status.message = state.display.t(Labels.notFilterable)
                return
            }
            // A kept filter is there to be edited; Esc then drops it.
            state.navigation.filtering = Navigation.filterKey(state.screen, state.navigation.focus)
        case .filterType(let character):
            change(&state, dataset) { $0.append(character) }
        case .filterErase:
            // An empty filter stays open, as an empty search does: Esc closes it.
            change(&state, dataset) { if !$0.isEmpty { $0.removeLast() } }
        case .filterKeep:
            guard let key = state.navigation.filtering else { return }
            state.navigation.filtering = nil
            if state.navigation.filters[key]?.isEmpty == true { state.navigation.filters[key] = nil }
        case .filterCancel:
            guard let key = state.navigation.filtering else { return }
            state.navigation.filtering = nil
            clear(&state, key, dataset)
        default:
            break
        }
    }

    /// Drops a panel's kept filter; the selection stays on the row it was on.
    static func clear(_ state: inout DashboardState, _ key: SelectionKey, _ dataset: Dataset) {
        keepingSelection(&state, dataset) { $0.filters[key] = nil }
    }

    /// Changes the filter being typed, then keeps the selection on its row if the new
    /// filter still shows it, else puts it on the first row shown.
    private static func change(_ state: inout DashboardState, _ dataset: Dataset, _ edit: (inout String) -> Void) {
        guard let key = state.navigation.filtering else { return }
        keepingSelection(&state, dataset) { navigation in
            var query = navigation.filters[key] ?? ""
            edit(&query)
            navigation.filters[key] = query.isEmpty ? nil : query
        }
    }

    private static func keepingSelection(_ state: inout DashboardState, _ dataset: Dataset, _ change: (inout Navigation) -> Void) {
        let before = Screens.focusedRows(state.navigation, state.display, dataset)
        let selected = before.isEmpty ? nil
            : before[min(Screens.selection(state.navigation, panel: state.navigation.focus, state.display, dataset), before.count - 1)]
        change(&state.navigation)
        let after = Screens.focusedRows(state.navigation, state.display, dataset)
        App.moveSelection(&state, to: selected.flatMap(after.firstIndex(of:)) ?? 0, dataset)
    }
}
