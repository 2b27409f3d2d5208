import IndustryModel

/// One thing search can find, and where it is shown.
public struct SearchHit: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case city, cluster, indicator, fact, task, focusArea, department, project, enterprise, institution

        /// The word the hit list puts before the city: "[task · Nantong]".
        public var label: LocalizedText {
            switch self {
            case .city: Labels.kindCity
            case .cluster: Labels.kindCluster
            case .indicator: Labels.kindIndicator
            case .fact: Labels.kindFact
            case .task: Labels.kindTask
            case .focusArea: Labels.kindFocusArea
            case .department: Labels.kindDepartment
            case .project: Labels.kindProject
            case .enterprise: Labels.kindEnterprise
            case .institution: Labels.kindInstitution
            }
        }
    }

    public var kind: Kind
    public var cityID: String
    public var title: LocalizedText
    public var cityName: LocalizedText
    public var place: SearchPlace

    public init(kind: Kind, cityID: String, title: LocalizedText, cityName: LocalizedText, place: SearchPlace) {
        self.kind = kind
        self.cityID = cityID
        self.title = title
        self.cityName = cityName
        self.place = place
    }
}

/// Where a hit opens: the screens to stack, the panel to focus on the top one and the row
/// to select in it (by what the row is, not its number, so a sort or a filter cannot send
/// the selection elsewhere), and a row to read in full over the screen. The index says
/// this once per kind of hit, so jumping to a hit is the same few steps for every kind.
public struct SearchPlace: Hashable, Sendable {
    public var stack: [Screen]
    public var panel: Int
    public var row: RowTarget?
    public var reads: RowTarget?

    public init(stack: [Screen], panel: Int = 0, row: RowTarget? = nil, reads: RowTarget? = nil) {
        self.stack = stack
        self.panel = panel
        self.row = row
        self.reads = reads
    }

    /// A city's own page.
    static func city(_ id: String, reads: RowTarget? = nil) -> SearchPlace {
        SearchPlace(stack: [.overview, .city(id)], reads: reads)
    }

    /// A cluster's screen, over its city's page, so Esc goes back to the city.
    static func cluster(_ city: String, _ cluster: String, panel: Int = 0, row: RowTarget? = nil, reads: RowTarget? = nil) -> SearchPlace {
        SearchPlace(stack: [.overview, .city(city), .cluster(city: city, cluster: cluster)], panel: panel, row: row, reads: reads)
    }
}
