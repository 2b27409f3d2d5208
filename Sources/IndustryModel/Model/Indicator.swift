/// One value a document reports, as of a day, with its source and wording.
public struct Observation: Hashable, Sendable {
    /// The day the value refers to (a year's end, or the end of the last month a partial year covers).
    public var date: Day
    /// The day its source was published: before it the figure was not known, whatever day it
    /// refers to. The loader sets it from the source; `date` when no source date is known.
    public var published: Day
    public var value: Double
    public var qualifiers: [Qualifier]
    /// The document's own words for the figure, e.g. "预计突破1.3万亿".
    public var wording: String?
    public var source: String

    public init(date: Day, value: Double, qualifiers: [Qualifier] = [], wording: String? = nil, source: String,
                published: Day? = nil) {
        self.date = date
        self.published = published ?? date
        self.value = value
        self.qualifiers = qualifiers
        self.wording = wording
        self.source = source
    }
}

extension Observation {
    public func isKnown(on day: Day) -> Bool { date <= day && published <= day }
    /// A figure for part of a year (1-9月): shown, never judged against a whole year's target.
    public var isPartial: Bool { qualifiers.contains(.partial) }
    public var isForecast: Bool { qualifiers.contains(.expected) }
}

/// What a plan aims for by the end of a year: a number, or words (低于全省平均).
public struct Target: Hashable, Sendable {
    public var value: Double?
    /// A qualitative target, when the document gives no number.
    public var text: LocalizedText?
    public var year: Int
    public var qualifiers: [Qualifier]
    public var wording: String?
    public var source: String

    public init(value: Double?, text: LocalizedText? = nil, year: Int, qualifiers: [Qualifier] = [],
                wording: String? = nil, source: String) {
        self.value = value
        self.text = text
        self.year = year
        self.qualifiers = qualifiers
        self.wording = wording
        self.source = source
    }

    public var isQualitative: Bool { value == nil }
    public var due: Day { Day.endOfYear(year) }
}

/// A measured quantity a city has set itself a target on.
public struct Indicator: Hashable, Sendable, Identifiable {
    /// Shared across cities where the documents measure the same thing, so they compare.
    public var id: String
    public var name: LocalizedText
    public var category: String
    public var unit: Unit
    /// What a count counts (家, 个, 座), for display; nil for other units.
    public var measure: LocalizedText?
    public var direction: Direction
    /// Number (序号) in the city's official indicator system, if it is one of them.
    public var number: Int?
    public var baseline: Observation?
    /// Dated values, oldest first.
    public var observations: [Observation]
    public var target: Target?
    public var clusters: [String]
    public var note: LocalizedText?

    public init(id: String, name: LocalizedText, category: String, unit: Unit, measure: LocalizedText? = nil,
                direction: Direction = .higher, number: Int? = nil, baseline: Observation? = nil,
                observations: [Observation] = [], target: Target? = nil, clusters: [String] = [],
                note: LocalizedText? = nil) {
        self.id = id
        self.name = name
        self.category = category
        self.unit = unit
        self.measure = measure
        self.direction = direction
        self.number = number
        self.baseline = baseline
        self.observations = observations
        self.target = target
        self.clusters = clusters
        self.note = note
    }

    /// The newest observation; nil before the first one (the baseline is not progress).
    public var latest: Observation? { observations.last }

    /// The newest observation known on a day: one that refers to that day or before and had
    /// been published by then (a bulletin of March 2026 does not exist in January 2026).
    public func latest(asOf day: Day) -> Observation? { observations.last { $0.isKnown(on: day) } }

    /// The newest whole-year (not partial) figure known on a day: the one a target is judged on.
    public func judged(asOf day: Day) -> Observation? {
        observations.last { $0.isKnown(on: day) && !$0.isPartial }
    }

    /// The observations known on a day, oldest first.
    public func known(asOf day: Day) -> [Observation] { observations.filter { $0.isKnown(on: day) } }
}

/// A group of indicators (一级指标 such as 质量效益), in the city's own order.
public struct Category: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: LocalizedText

    public init(id: String, name: LocalizedText) {
        self.id = id
        self.name = name
    }
}
