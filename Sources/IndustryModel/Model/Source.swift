/// A publication that figures are taken from.
public struct Source: Hashable, Sendable, Identifiable {
    public var id: String
    public var publisher: LocalizedText
    public var title: LocalizedText
    public var date: Day
    /// Where the text was read when the publisher's own page is not the copy used
    /// (a news portal that reprinted it).
    public var via: LocalizedText?

    public init(id: String, publisher: LocalizedText, title: LocalizedText, date: Day, via: LocalizedText? = nil) {
        self.id = id
        self.publisher = publisher
        self.title = title
        self.date = date
        self.via = via
    }
}

/// How a document qualifies a number. Shown beside the figure, because
/// "预计突破1.3万亿" (expected to pass) is not the same claim as "1.3万亿".
public enum Qualifier: String, CaseIterable, Hashable, Sendable {
    /// 预计: an expectation, not a result.
    case expected
    /// 力争: striving for.
    case striving
    /// 左右: about.
    case about
    /// 超, 突破: over, more than.
    case over
    /// 以上, 不少于: at least.
    case atLeast = "at-least"
    /// 累计: cumulative count.
    case cumulative
    /// 新增, 新培育: newly added within the plan period.
    case new

    public var label: LocalizedText {
        switch self {
        case .expected: return LocalizedText(zh: "预计", en: "expected")
        case .striving: return LocalizedText(zh: "力争", en: "striving for")
        case .about: return LocalizedText(zh: "左右", en: "about")
        case .over: return LocalizedText(zh: "超", en: "over")
        case .atLeast: return LocalizedText(zh: "以上", en: "at least")
        case .cumulative: return LocalizedText(zh: "累计", en: "cumulative")
        case .new: return LocalizedText(zh: "新增", en: "new")
        }
    }
}
