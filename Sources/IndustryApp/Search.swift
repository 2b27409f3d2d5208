import TerminalKit
import IndustryModel
import IndustryViews

/// Search as you type: `/` opens it, Enter jumps to the selected hit, Esc cancels.
enum Search {
    static func update(_ state: inout DashboardState, _ action: Action, _ dataset: Dataset) {
        switch action {
        case .startSearch:
            state.navigation.search = SearchState()
            state.navigation.showHelp = false
        case .searchType(let character):
            state.navigation.search?.query.append(character)
            state.navigation.search?.selected = 0
        case .searchErase:
            // An empty query stays open: Backspace held down must not close the box (Esc does).
            if state.navigation.search?.query.isEmpty == false { state.navigation.search?.query.removeLast() }
        case .searchMove(let delta):
            guard let search = state.navigation.search else { return }
            let count = SearchIndex.hits(for: search.query, in: dataset).count
            state.navigation.search?.selected = min(max(0, search.selected + delta), max(0, count - 1))
        case .searchCancel:
            state.navigation.search = nil
        case .searchSubmit:
            guard let search = state.navigation.search else { return }
            let hits = SearchIndex.hits(for: search.query, in: dataset)
            guard !hits.isEmpty else {
                state.status.message = state.display.t(Labels.noMatch)
                return
            }
            state.navigation.search = nil
            let selected = min(search.selected, hits.count - 1)
            jump(&state, to: hits[selected], dataset)
            state.navigation.lastSearch = SearchState(query: search.query, selected: selected)
        case .searchStep(let delta):
            guard let last = state.navigation.lastSearch else {
                state.status.message = state.display.t(Labels.noSearchYet)
                return
            }
            let hits = SearchIndex.hits(for: last.query, in: dataset)
            guard !hits.isEmpty else {
                state.status.message = state.display.t(Labels.noMatch)
                return
            }
            // Round the ends, as vim's n does, and say where in the list the hit is.
            let index = ((last.selected + delta) % hits.count + hits.count) % hits.count
            jump(&state, to: hits[index], dataset)
            state.navigation.lastSearch?.selected = index
            state.status.message = "/\(last.query) \(index + 1)/\(hits.count)"
        default:
            break
        }
    }

    /// Opens the hit where it is shown: its screens, its panel focused, its row selected
    /// (a filter hiding that row is cleared), and a row read in full where the hit is one.
    private static func jump(_ state: inout DashboardState, to hit: SearchHit, _ dataset: Dataset) {
        App.setCity(&state, hit.cityID, dataset)
        state.navigation.stack = hit.place.stack
        App.arrive(&state)
        state.navigation.reader = nil
        state.navigation.focus = hit.place.panel
        if let row = hit.place.row { App.select(&state, row: row, dataset) }
        if let read = hit.place.reads { state.navigation.reader = Reader(read) }
    }
}
