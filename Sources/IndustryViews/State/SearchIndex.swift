import TerminalKit
import IndustryModel

/// One thing search can find.
public struct SearchHit: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case city, cluster, indicator, fact, project, enterprise, institution }

    public var kind: Kind
    public var cityID: String
    public var id: String
    public var title: LocalizedText
    public var cityName: LocalizedText
    /// Where the hit is shown: the panel and row on its screen (a fact on its city's page,
    /// a project among its cluster's), nil for a screen of its own.
    public var cluster: String? = nil
    public var row: Int? = nil
}

/// Search as you type over cities, clusters, indicators, key facts and the projects,
/// enterprises and institutions the documents name, in both languages and by id.
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
        for city in dataset.cities {
            for (row, fact) in city.facts.enumerated() where matches(fact.name, fact.id) {
                hits.append(SearchHit(kind: .fact, cityID: city.id, id: fact.id, title: fact.name, cityName: city.name, row: row))
            }
        }
        for city in dataset.cities {
            for entity in city.entities where matches(entity.name, entity.id) {
                let kind: SearchHit.Kind = switch entity.kind {
                case .project: .project
                case .enterprise: .enterprise
                case .institution: .institution
                }
                // Shown among its cluster's projects and enterprises; one without a cluster is
                // found, and opens its city.
                let row = entity.cluster.flatMap { cluster in city.entities.filter { $0.cluster == cluster }.firstIndex(of: entity) }
                hits.append(SearchHit(kind: kind, cityID: city.id, id: entity.id, title: entity.name, cityName: city.name,
                                      cluster: entity.cluster, row: row))
            }
        }
        return Array(hits.prefix(limit))
    }
}
