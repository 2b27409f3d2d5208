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
        switch screen {
        case .overview:
            return panel == 0 ? dataset.cities.map { .city($0.id) } : dataset.comparableIndicatorIDs().map { .comparison(indicator: $0) }
        case .city(let id):
            guard let city = dataset.city(id) else { return [] }
            switch panel {
            case 0: return city.clusters.map { .cluster(city: id, cluster: $0.id) }
            case 1: return TargetOrder.sorted(city, by: state.sort, asOf: state.asOf, language: state.language).map { .indicator(city: id, indicator: $0.id) }
            default: return city.facts.map { _ in .item }
            }
        case .cluster(let cityID, let clusterID):
            guard let city = dataset.city(cityID) else { return [] }
            switch panel {
            case 0: return city.indicators.filter { $0.clusters.contains(clusterID) }.map { .indicator(city: cityID, indicator: $0.id) }
            case 1: return city.tasks(concerning: clusterID).map { _ in .item }
            default: return city.entities.filter { $0.cluster == clusterID }.map { _ in .item }
            }
        case .targets(let id):
            guard let city = dataset.city(id) else { return [] }
            return TargetOrder.sorted(city, by: state.sort, asOf: state.asOf, language: state.language).map { .indicator(city: id, indicator: $0.id) }
        case .compare:
            return dataset.comparableIndicatorIDs().map { .comparison(indicator: $0) }
        }
    }
}

/// The orders the targets table can take.
public enum TargetOrder {
    public static func sorted(_ city: City, by sort: TargetSort, asOf: Day, language: Language = .zh) -> [Indicator] {
        let categoryOrder = Dictionary(uniqueKeysWithValues: city.categories.enumerated().map { ($1.id, $0) })
        let position = Dictionary(uniqueKeysWithValues: city.indicators.enumerated().map { ($1.id, $0) })
        func original(_ a: Indicator, _ b: Indicator) -> Bool {
            let ca = categoryOrder[a.category] ?? .max, cb = categoryOrder[b.category] ?? .max
            return ca != cb ? ca < cb : position[a.id]! < position[b.id]!
        }
        switch sort {
        case .category:
            return city.indicators.sorted(by: original)
        case .name:
            return city.indicators.sorted { a, b in
                let x = a.name.text(language), y = b.name.text(language)
                return x != y ? x < y : original(a, b)
            }
        case .status:
            let rank = Dictionary(uniqueKeysWithValues: [ProgressStatus.behind, .atRisk, .onTrack, .achieved, .noData, .qualitative]
                .enumerated().map { ($1, $0) })
            let status = Dictionary(uniqueKeysWithValues: city.indicators.map { ($0.id, rank[city.progress(of: $0, asOf: asOf).status]!) })
            return city.indicators.sorted { status[$0.id]! != status[$1.id]! ? status[$0.id]! < status[$1.id]! : original($0, $1) }
        case .progress:
            let share = Dictionary(uniqueKeysWithValues: city.indicators.map { ($0.id, city.progress(of: $0, asOf: asOf).share ?? -.infinity) })
            return city.indicators.sorted { share[$0.id]! != share[$1.id]! ? share[$0.id]! > share[$1.id]! : original($0, $1) }
        }
    }
}
