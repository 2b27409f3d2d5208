import TerminalKit
import IndustryModel

/// What a selectable row stands for, so Enter and `c` know where to go.
public enum RowTarget: Hashable, Sendable {
    case city(String)
    case cluster(city: String, cluster: String)
    case indicator(city: String, indicator: String)
    case comparison(indicator: String)
    case item
}

/// The selectable rows of each panel of each screen, which the app moves the selection
/// over. The views draw the same lists in the same order (the same sort functions);
/// the navigation tests check that Enter on row N opens what row N shows.
public enum ScreenRows {
    /// How many panels Tab cycles through on a screen.
    public static func panelCount(_ screen: Screen) -> Int {
        switch screen {
        case .overview: return 2
        case .city: return 3
        case .cluster: return 3
        case .targets: return 1
        case .compare: return 1
        }
    }

    public static func rows(_ screen: Screen, panel: Int, dataset: Dataset, state: ViewState) -> [RowTarget] {
        // Lists and orders come from the aggregates, computed once per data set, not per key.
        let aggregates = DatasetAggregates.of(dataset)
        func targets(_ city: City) -> [RowTarget] {
            aggregates.targetOrder(city, by: state.sort, asOf: state.asOf, language: state.language)
                .map { .indicator(city: city.id, indicator: $0.id) }
        }
        switch screen {
        case .overview:
            return panel == 0 ? dataset.cities.map { .city($0.id) } : aggregates.comparableIDs.map { .comparison(indicator: $0) }
        case .city(let id):
            guard let city = aggregates.city(id) else { return [] }
            switch panel {
            case 0: return city.clusters.map { .cluster(city: id, cluster: $0.id) }
            case 1: return targets(city)
            default: return city.facts.map { _ in .item }
            }
        case .cluster(let cityID, let clusterID):
            guard let city = aggregates.city(cityID) else { return [] }
            switch panel {
            case 0: return city.indicators.filter { $0.clusters.contains(clusterID) }.map { .indicator(city: cityID, indicator: $0.id) }
            case 1: return city.tasks(concerning: clusterID).map { _ in .item }
            default: return city.entities.filter { $0.cluster == clusterID }.map { _ in .item }
            }
        case .targets(let id):
            guard let city = aggregates.city(id) else { return [] }
            return targets(city)
        case .compare:
            return aggregates.comparableIDs.map { .comparison(indicator: $0) }
        }
    }
}

/// The orders the targets table can take.
public enum TargetOrder {
    public static func sorted(_ city: City, by sort: TargetSort, asOf: Day, language: Language = .zh) -> [Indicator] {
        sortedPositions(city, by: sort, asOf: asOf, language: language).map { city.indicators[$0] }
    }

    /// The order as positions in `city.indicators`, which the aggregates keep per city.
    static func sortedPositions(_ city: City, by sort: TargetSort, asOf: Day, language: Language) -> [Int] {
        let indicators = city.indicators
        let categoryOrder = Dictionary(city.categories.enumerated().map { ($1.id, $0) }) { first, _ in first }
        let category = indicators.map { categoryOrder[$0.category] ?? .max }
        // Ties keep the city's own order, which is also how ids that repeat stay apart.
        func original(_ a: Int, _ b: Int) -> Bool {
            category[a] != category[b] ? category[a] < category[b] : a < b
        }
        let positions = Array(indicators.indices)
        switch sort {
        case .category:
            return positions.sorted(by: original)
        case .name:
            let names = indicators.map { $0.name.text(language) }
            return positions.sorted { a, b in names[a] != names[b] ? names[a] < names[b] : original(a, b) }
        case .status:
            let rank = Dictionary(uniqueKeysWithValues: [ProgressStatus.behind, .atRisk, .paceUnknown, .onTrack, .expectedMet, .achieved, .noData, .qualitative, .noTarget]
                .enumerated().map { ($1, $0) })
            let status = indicators.map { rank[city.progress(of: $0, asOf: asOf).status]! }
            return positions.sorted { status[$0] != status[$1] ? status[$0] < status[$1] : original($0, $1) }
        case .progress:
            let share = indicators.map { city.progress(of: $0, asOf: asOf).share ?? -.infinity }
            return positions.sorted { share[$0] != share[$1] ? share[$0] > share[$1] : original($0, $1) }
        }
    }
}
