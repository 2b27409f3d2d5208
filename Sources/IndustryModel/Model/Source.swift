/// A publication that figures are taken from.
public struct Source: Hashable, Sendable, Identifiable {
    public var id: String
    public var publisher: LocalizedText
    public var title: LocalizedText
    public var date: Day
    /// The publication's own address (the publisher's page), where it is known.
    public var url: String?
    /// Where the text was read when the publisher's own page is not the copy used
    /// (a news portal or mirror that reprinted it). Never the publisher.
    public var via: Reprint?
    /// What a reader should know about the publication: how its date was read when the page
    /// prints none, a title given in words because the page has none.
    public var note: LocalizedText?

    public init(id: String, publisher: LocalizedText, title: LocalizedText, date: Day, url: String? = nil,
                via: Reprint? = nil, note: LocalizedText? = nil) {
        self.note = note
        self.id = id
        self.publisher = publisher
        self.title = title
        self.date = date
        self.url = url
        self.via = via
    }

    /// An address a reader can follow to check the figure: the publisher's, else the copy read.
    public var link: String? { url ?? via?.url }

    /// "publisher《title》date", as every screen, slide and handout cites a source; without
    /// the date where the line gives it first.
    /// The document itself, whichever copy of it was read: two records with the same
    /// publisher, title and date are one document, cited once.
    public var documentKey: String { [publisher.zh, publisher.en, title.zh, title.en, date.description].joined(separator: "\u{1F}") }

    public func citation(_ language: Language, dated: Bool = true) -> String {
        let title = title.text(language), publisher = publisher.text(language)
        let cited = language == .zh ? "\(publisher)《\(title)》" : "\(publisher), \"\(title)\""
        return dated ? cited + (language == .zh ? "\(date)" : ", \(date)") : cited
    }

    /// Where to read it: the publisher's address, or the copy's with the site that carried it.
    public func whereToRead(_ language: Language) -> String? {
        if let url { return url }
        guard let via, let copy = via.url else { return nil }
        return copy + (language == .zh ? "(转载:\(via.name.zh))" : " (copy: \(via.name.en))")
    }
}

/// The copy of a publication that was read: a reprint's site name and address.
public struct Reprint: Hashable, Sendable {
    public var name: LocalizedText
    public var url: String?

    public init(name: LocalizedText, url: String? = nil) {
        self.name = name
        self.url = url
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
    /// 1-9月, 上半年: a figure for part of a year, dated the end of the last month it covers.
    /// It is shown in the series but never judged against a target for a whole year.
    case partial

    public var label: LocalizedText {
        switch self {
        case .expected: return LocalizedText(zh: "预计", en: "expected")
        case .striving: return LocalizedText(zh: "力争", en: "striving for")
        case .about: return LocalizedText(zh: "左右", en: "about")
        case .over: return LocalizedText(zh: "超", en: "over")
        case .atLeast: return LocalizedText(zh: "以上", en: "at least")
        case .cumulative: return LocalizedText(zh: "累计", en: "cumulative")
        case .new: return LocalizedText(zh: "新增", en: "new")
        case .partial: return LocalizedText(zh: "年内累计", en: "year to date")
        }
    }
}
