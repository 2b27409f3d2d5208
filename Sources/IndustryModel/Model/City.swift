/// Everything the documents say about one city.
public struct City: Hashable, Sendable, Identifiable {
    public var id: String
    /// Position among the cities (the city keys 1, 2, 3 follow it).
    public var order: Int
    public var name: LocalizedText
    public var sources: [Source]
    public var system: IndustrySystem?
    public var goals: [Goal]
    public var departments: [Department]
    public var categories: [Category]
    public var clusters: [Cluster]
    public var indicators: [Indicator]
    public var facts: [Fact]
    public var entities: [NamedEntity]
    public var actions: [PlanAction]
    /// What the reader should know about the city's data as a whole.
    public var notes: [LocalizedText]

    public init(id: String, order: Int, name: LocalizedText, sources: [Source], system: IndustrySystem? = nil,
                goals: [Goal] = [], departments: [Department] = [], categories: [Category] = [],
                clusters: [Cluster] = [], indicators: [Indicator] = [], facts: [Fact] = [],
                entities: [NamedEntity] = [], actions: [PlanAction] = [], notes: [LocalizedText] = []) {
        self.id = id
        self.order = order
        self.name = name
        self.sources = sources
        self.system = system
        self.goals = goals
        self.departments = departments
        self.categories = categories
        self.clusters = clusters
        self.indicators = indicators
        self.facts = facts
        self.entities = entities
        self.actions = actions
        self.notes = notes
    }

    public func source(_ id: String) -> Source? { sources.first { $0.id == id } }
    public func cluster(_ id: String) -> Cluster? { clusters.first { $0.id == id } }
    public func indicator(_ id: String) -> Indicator? { indicators.first { $0.id == id } }
    public func department(_ id: String) -> Department? { departments.first { $0.id == id } }

    /// Whether the clusters listed are the members of the city's system (tagged key-cluster);
    /// otherwise they are industries the documents name beside it (Nanjing's four pillars are
    /// not its "2+6+6" clusters), and must not be called the system's clusters.
    public var listsSystemClusters: Bool { clusters.contains { $0.tags.contains(.keyCluster) } }

    /// The indicators the city's plan sets a target on (the rest are series kept for comparison).
    public var targeted: [Indicator] { indicators.filter { $0.target != nil } }

    /// Tasks that concern a cluster, with the action they belong to.
    public func tasks(concerning clusterID: String) -> [(action: PlanAction, task: PlanTask)] {
        actions.flatMap { action in
            action.tasks.filter { $0.clusters.contains(clusterID) }.map { (action, $0) }
        }
    }
}

/// All cities, in their order, with what is derived from them (`derived`: comparable ids,
/// status counts, orders), made anew whenever the cities change.
public struct Dataset: Hashable, Sendable {
    public var cities: [City] {
        didSet { derived = DatasetDerived(cities) }
    }
    public private(set) var derived: DatasetDerived

    public init(cities: [City]) {
        let sorted = cities.sorted { ($0.order, $0.id) < ($1.order, $1.id) }
        self.cities = sorted
        derived = DatasetDerived(sorted)
    }

    /// Data sets are equal when their cities are: what is derived follows from them.
    public static func == (lhs: Dataset, rhs: Dataset) -> Bool { lhs.cities == rhs.cities }
    public func hash(into hasher: inout Hasher) { hasher.combine(cities) }

    public func city(_ id: String) -> City? { cities.first { $0.id == id } }
}
