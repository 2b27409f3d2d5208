/// How a city names its industrial system: Nantong's "616" is 6 clusters and 16 chains.
public struct IndustrySystem: Hashable, Sendable {
    public var code: String
    public var name: LocalizedText
    public var clusterCount: Int?
    public var chainCount: Int?
    /// What the documents do and do not list (e.g. "the 16 chains are not named").
    public var note: LocalizedText?
    public var source: String
    /// The system's chains by name where a later publication lists them (Nantong's 16, named
    /// in an industry-bureau reply that does not say which cluster each belongs to), and that
    /// publication: names kept at the system, never guessed onto clusters.
    public var chainNames: [LocalizedText]
    public var chainNamesSource: String?

    public init(code: String, name: LocalizedText, clusterCount: Int?, chainCount: Int?,
                note: LocalizedText? = nil, source: String, chainNames: [LocalizedText] = [],
                chainNamesSource: String? = nil) {
        self.chainNames = chainNames
        self.chainNamesSource = chainNamesSource
        self.code = code
        self.name = name
        self.clusterCount = clusterCount
        self.chainCount = chainCount
        self.note = note
        self.source = source
    }
}

/// A distinction the documents give a cluster or industry.
public enum ClusterTag: String, CaseIterable, Hashable, Sendable {
    /// One of the city's key clusters in its named system (Nantong's six).
    case keyCluster = "key-cluster"
    /// 国家级先进制造业集群.
    case nationalAdvanced = "national-advanced"
    /// 万亿级产业: output of a trillion yuan or more, now.
    case trillionLevel = "trillion-level"
    /// Targeted to reach a trillion yuan.
    case trillionTarget = "trillion-target"
    /// 支柱产业.
    case pillar

    public var label: LocalizedText {
        switch self {
        case .keyCluster: return LocalizedText(zh: "重点产业集群", en: "key cluster")
        case .nationalAdvanced: return LocalizedText(zh: "国家级先进制造业集群", en: "national advanced manufacturing cluster")
        case .trillionLevel: return LocalizedText(zh: "万亿级产业", en: "trillion-yuan industry")
        case .trillionTarget: return LocalizedText(zh: "万亿级目标", en: "targeted trillion-yuan industry")
        case .pillar: return LocalizedText(zh: "支柱产业", en: "pillar industry")
        }
    }
}

/// An industrial cluster (产业集群) or named industry, with the chains (产业链) and
/// focus areas the documents name for it.
public struct Cluster: Hashable, Sendable, Identifiable {
    public var id: String
    public var name: LocalizedText
    public var tags: [ClusterTag]
    /// Only what the documents call 产业链.
    public var chains: [LocalizedText]
    /// Fields and directions the plan names (领域, 方向), which are not chains.
    public var focus: [LocalizedText]
    public var note: LocalizedText?
    public var sources: [String]

    public init(id: String, name: LocalizedText, tags: [ClusterTag] = [], chains: [LocalizedText] = [],
                focus: [LocalizedText] = [], note: LocalizedText? = nil, sources: [String]) {
        self.id = id
        self.name = name
        self.tags = tags
        self.chains = chains
        self.focus = focus
        self.note = note
        self.sources = sources
    }
}
