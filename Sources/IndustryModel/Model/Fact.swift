/// What a reported figure is about; the views group key facts by it.
public enum FactGroup: String, CaseIterable, Hashable, Sendable {
    case economy, clusters, projects, enterprises, smart, digital, green, innovation

    public var label: LocalizedText {
        switch self {
        case .economy: return LocalizedText(zh: "经济总量", en: "Economy")
        case .clusters: return LocalizedText(zh: "产业集群", en: "Clusters")
        case .projects: return LocalizedText(zh: "重大项目", en: "Major projects")
        case .enterprises: return LocalizedText(zh: "企业能级", en: "Enterprises")
        case .smart: return LocalizedText(zh: "智能制造", en: "Smart manufacturing")
        case .digital: return LocalizedText(zh: "数字化", en: "Digitalization")
        case .green: return LocalizedText(zh: "绿色制造", en: "Green manufacturing")
        case .innovation: return LocalizedText(zh: "创新", en: "Innovation")
        }
    }
}

/// The rungs of the enterprise ladder the documents count.
public enum EnterpriseTier: String, CaseIterable, Hashable, Sendable {
    /// 千亿级: revenue or output of 100 billion yuan or more.
    case hundredBillion = "hundred-billion"
    /// 百亿级: 10 billion yuan or more.
    case tenBillion = "ten-billion"
    /// 制造业单项冠军.
    case singleChampion = "single-champion"
    /// 国家专精特新"小巨人".
    case littleGiant = "little-giant"
    /// 省专精特新中小企业.
    case provincialSpecialized = "provincial-specialized"

    public var label: LocalizedText {
        switch self {
        case .hundredBillion: return LocalizedText(zh: "千亿级企业", en: "100-billion enterprises")
        case .tenBillion: return LocalizedText(zh: "百亿级企业", en: "10-billion enterprises")
        case .singleChampion: return LocalizedText(zh: "单项冠军", en: "single champions")
        case .littleGiant: return LocalizedText(zh: "专精特新“小巨人”", en: "'little giants'")
        case .provincialSpecialized: return LocalizedText(zh: "省专精特新", en: "provincial specialized SMEs")
        }
    }
}

/// A figure a document reports that is not tracked against a target: counts of
/// projects, enterprises, smart and green factories, growth rates.
public struct Fact: Hashable, Sendable, Identifiable {
    public var id: String
    public var group: FactGroup
    public var tier: EnterpriseTier?
    public var name: LocalizedText
    public var value: Double
    public var unit: Unit
    public var measure: LocalizedText?
    /// The day the figure is "as of".
    public var date: Day
    /// The day its source was published, as for an observation: set by the loader from the
    /// source; `date` when no source date is known.
    public var published: Day
    public var qualifiers: [Qualifier]
    public var wording: String?
    public var source: String
    public var cluster: String?
    /// What the reader should know: how a date was read, an ambiguous scope.
    public var note: LocalizedText?

    public init(id: String, group: FactGroup, tier: EnterpriseTier? = nil, name: LocalizedText, value: Double,
                unit: Unit, measure: LocalizedText? = nil, date: Day, qualifiers: [Qualifier] = [],
                wording: String? = nil, source: String, cluster: String? = nil, note: LocalizedText? = nil,
                published: Day? = nil) {
        self.id = id
        self.group = group
        self.tier = tier
        self.name = name
        self.value = value
        self.unit = unit
        self.measure = measure
        self.date = date
        self.qualifiers = qualifiers
        self.wording = wording
        self.source = source
        self.cluster = cluster
        self.note = note
        self.published = published ?? date
    }

    /// Whether the fact was known on `day`: it had happened and been published, the rule
    /// an observation follows (`Observation.isKnown`).
    public func isKnown(on day: Day) -> Bool { date <= day && published <= day }
}

/// A project, enterprise or institution (an innovation centre) a document names.
public struct NamedEntity: Hashable, Sendable, Identifiable {
    public enum Kind: String, CaseIterable, Hashable, Sendable { case project, enterprise, institution }

    public var id: String
    public var kind: Kind
    public var name: LocalizedText
    /// The cluster it belongs to, only where the name or the document makes it plain.
    public var cluster: String?
    public var note: LocalizedText?
    public var source: String

    public init(id: String, kind: Kind, name: LocalizedText, cluster: String? = nil,
                note: LocalizedText? = nil, source: String) {
        self.id = id
        self.kind = kind
        self.name = name
        self.cluster = cluster
        self.note = note
        self.source = source
    }
}
