import TerminalKit
import IndustryModel

/// One thing search can find.
public struct SearchHit: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case city, cluster, indicator }

    public var kind: Kind
    public var cityID: String
    public var id: String
    public var title: LocalizedText
    public var cityName: LocalizedText
}

/// Search as you type over cities, clusters and indicators, in both languages and by id.
public enum SearchIndex {
    public static let limit = 50

    public static func hits(for query: String, in dataset: Dataset) -> [SearchHit] {
        let needle = query.lowercased()
        guard !needle.isEmpty else { return [] }
        func matches(_ text: LocalizedText, _ id: String) -> Bool {
            text.zh.lowercased().contains(needle) || text.en.lowercased().contains(needle) || id.contains(needle)
        }
        var hits: [SearchHit] = []
        for city in dataset.cities where matches(city.name, city.id) {
            hits.append(SearchHit(kind: .city, cityID: city.id, id: city.id, title: city.name, cityName: city.name))
        }
        for city in dataset.cities {
            for cluster in city.clusters where matches(cluster.name, cluster.id) {
                hits.append(SearchHit(kind: .cluster, cityID: city.id, id: cluster.id, title: cluster.name, cityName: city.name))
            }
        }
        for city in dataset.cities {
            for indicator in city.indicators where matches(indicator.name, indicator.id) {
                hits.append(SearchHit(kind: .indicator, cityID: city.id, id: indicator.id, title: indicator.name, cityName: city.name))
            }
        }
        return Array(hits.prefix(limit))
    }
}
