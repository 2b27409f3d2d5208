import TerminalKit
import IndustryModel

/// Search as you type over cities, clusters, indicators, key facts, plan tasks, clusters'
/// focus areas, departments and the projects, enterprises and institutions the documents
/// name, in both languages and by id; each hit says where it opens (`SearchPlace`).
public enum SearchIndex {
    public static let limit = 50

    public static func hits(for query: String, in dataset: Dataset) -> [SearchHit] {
        let needle = query.lowercased()
        guard !needle.isEmpty else { return [] }
        func matches(_ text: LocalizedText, _ id: String = "") -> Bool {
            text.zh.lowercased().contains(needle) || text.en.lowercased().contains(needle) || (!id.isEmpty && id.contains(needle))
        }
        var hits: [SearchHit] = []
        // Kind by kind, each over every city: the screens first, then figures, the plan, names.
        for city in dataset.cities where matches(city.name, city.id) {
            hits.append(SearchHit(kind: .city, cityID: city.id, title: city.name, cityName: city.name, place: .city(city.id)))
        }
        for city in dataset.cities {
            for cluster in city.clusters where matches(cluster.name, cluster.id) {
                hits.append(SearchHit(kind: .cluster, cityID: city.id, title: cluster.name, cityName: city.name,
                                      place: .cluster(city.id, cluster.id)))
            }
        }
        for city in dataset.cities {
            for indicator in city.indicators where matches(indicator.name, indicator.id) {
                hits.append(SearchHit(kind: .indicator, cityID: city.id, title: indicator.name, cityName: city.name,
                                      place: SearchPlace(stack: [.overview, .city(city.id), .targets(city: city.id)],
                                                         row: .indicator(city: city.id, indicator: indicator.id))))
            }
        }
        for city in dataset.cities {
            for fact in city.facts where matches(fact.name, fact.id) {
                hits.append(SearchHit(kind: .fact, cityID: city.id, title: fact.name, cityName: city.name,
                                      place: SearchPlace(stack: [.overview, .city(city.id)], panel: CityScreen.factsPanel,
                                                         row: .fact(city: city.id, fact: fact.id))))
            }
        }
        for city in dataset.cities { hits += taskHits(city, matches, needle) }
        for city in dataset.cities { hits += focusAreaHits(city, matches) }
        for city in dataset.cities {
            for department in city.departments where matches(department.name, department.id) {
                hits.append(SearchHit(kind: .department, cityID: city.id, title: department.name, cityName: city.name,
                                      place: .city(city.id, reads: .department(city: city.id, department: department.id))))
            }
        }
        for city in dataset.cities { hits += entityHits(city, matches) }
        return Array(hits.prefix(limit))
    }

    /// Plan tasks by name, or by number typed whole ("23" finds task 23, not 2, 3 or 12:
    /// a digit inside a number would find most of the plan). A task opens on the screen
    /// of the first cluster it concerns, selected among that cluster's tasks and read in
    /// full; a task that concerns no cluster is read over its city's page.
    private static func taskHits(_ city: City, _ matches: (LocalizedText, String) -> Bool, _ needle: String) -> [SearchHit] {
        var hits: [SearchHit] = []
        for action in city.actions {
            for task in action.tasks where matches(task.name, "") || needle == "\(task.number)" {
                let row = RowTarget.task(city: city.id, action: action.number, task: task.number)
                let title = LocalizedText(zh: "\(task.number) " + task.name.zh, en: "\(task.number) " + task.name.en)
                let place: SearchPlace = task.clusters.first.flatMap(city.cluster).map {
                    .cluster(city.id, $0.id, panel: ClusterScreen.tasksPanel, row: row, reads: row)
                } ?? .city(city.id, reads: row)
                hits.append(SearchHit(kind: .task, cityID: city.id, title: title, cityName: city.name, place: place))
            }
        }
        return hits
    }

    /// A cluster's focus areas, each named with its cluster ("Robots (High-end equipment)"),
    /// opening the cluster's screen with its description focused, where they are listed.
    private static func focusAreaHits(_ city: City, _ matches: (LocalizedText, String) -> Bool) -> [SearchHit] {
        city.clusters.flatMap { cluster in
            cluster.focus.filter { matches($0, "") }.map { focus in
                let title = LocalizedText(zh: focus.zh + " (" + cluster.name.zh + ")", en: focus.en + " (" + cluster.name.en + ")")
                return SearchHit(kind: .focusArea, cityID: city.id, title: title, cityName: city.name,
                                 place: .cluster(city.id, cluster.id, panel: ClusterScreen.infoPanel))
            }
        }
    }

    /// Projects, enterprises and institutions, shown among their cluster's; one without a
    /// cluster is found, and opens its city.
    private static func entityHits(_ city: City, _ matches: (LocalizedText, String) -> Bool) -> [SearchHit] {
        city.entities.filter { matches($0.name, $0.id) }.map { entity in
            let kind: SearchHit.Kind = switch entity.kind {
            case .project: .project
            case .enterprise: .enterprise
            case .institution: .institution
            }
            let place: SearchPlace = entity.cluster.map {
                .cluster(city.id, $0, panel: ClusterScreen.entitiesPanel, row: .entity(city: city.id, entity: entity.id))
            } ?? .city(city.id)
            return SearchHit(kind: kind, cityID: city.id, title: entity.name, cityName: city.name, place: place)
        }
    }
}
