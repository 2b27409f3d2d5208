/// A government department that leads or shares a plan task.
public struct Department: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: LocalizedText

    public init(id: String, name: LocalizedText) {
        self.id = id
        self.name = name
    }
}

/// A numbered task of a plan action, with its lead departments.
public struct PlanTask: Hashable, Sendable {
    public var number: Int
    public var name: LocalizedText
    /// Departments by id: 牵头部门.
    public var leads: [String]
    /// Departments by id: 责任部门.
    public var partners: [String]
    public var clusters: [String]
    /// Indicators whose targets this task sets.
    public var indicators: [String]
    public var note: LocalizedText?

    public init(number: Int, name: LocalizedText, leads: [String], partners: [String] = [],
                clusters: [String] = [], indicators: [String] = [], note: LocalizedText? = nil) {
        self.number = number
        self.name = name
        self.leads = leads
        self.partners = partners
        self.clusters = clusters
        self.indicators = indicators
        self.note = note
    }
}

/// A plan action (行动) and its tasks.
public struct PlanAction: Hashable, Sendable {
    public var number: Int
    public var name: LocalizedText
    public var tasks: [PlanTask]
    public var source: String

    public init(number: Int, name: LocalizedText, tasks: [PlanTask], source: String) {
        self.number = number
        self.name = name
        self.tasks = tasks
        self.source = source
    }
}

/// A goal in words, such as a 2035 vision or a named list, with its source.
public struct Goal: Hashable, Sendable {
    public var text: LocalizedText
    public var year: Int?
    public var source: String

    public init(text: LocalizedText, year: Int? = nil, source: String) {
        self.text = text
        self.year = year
        self.source = source
    }
}
