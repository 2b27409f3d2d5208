import TerminalKit
import IndustryModel
import IndustryViews

/// Search as you type: `/` opens it, Enter jumps to the selected hit, Esc cancels.
enum Search {
    static func update(_ state: inout ViewState, _ action: Action, _ dataset: Dataset) {
        switch action {
        case .startSearch:
            state.search = SearchState()
            state.showHelp = false
        case .searchType(let character):
            state.search?.query.append(character)
            state.search?.selected = 0
        case .searchErase:
            if state.search?.query.isEmpty == true { state.search = nil } else { state.search?.query.removeLast() }
        case .searchMove(let delta):
            guard let search = state.search else { return }
            let count = SearchIndex.hits(for: search.query, in: dataset).count
            state.search?.selected = min(max(0, search.selected + delta), max(0, count - 1))
        case .searchCancel:
            state.search = nil
        case .searchSubmit:
            guard let search = state.search else { return }
            let hits = SearchIndex.hits(for: search.query, in: dataset)
            guard !hits.isEmpty else {
                state.message = state.t(Labels.noMatch)
                return
            }
            state.search = nil
            jump(&state, to: hits[min(search.selected, hits.count - 1)], dataset)
        default:
            break
        }
    }

    private static func jump(_ state: inout ViewState, to hit: SearchHit, _ dataset: Dataset) {
        App.setCity(&state, hit.cityID, dataset)
        state.focus = 0
        switch hit.kind {
        case .city:
            state.stack = [.overview, .city(hit.cityID)]
        case .cluster:
            state.stack = [.overview, .city(hit.cityID), .cluster(city: hit.cityID, cluster: hit.id)]
        case .indicator:
            state.stack = [.overview, .city(hit.cityID), .targets(city: hit.cityID)]
            App.select(&state, indicator: hit.id, dataset)
        }
    }
}
