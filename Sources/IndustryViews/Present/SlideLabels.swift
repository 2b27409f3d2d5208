import TerminalKit
import IndustryModel

/// The slide screens' own words, kept with them rather than in the dashboard's list.
extension Labels {
    static let city = LocalizedText(zh: "城市", en: "City")
    static let autoAdvance = LocalizedText(zh: "自动", en: "auto")

    /// The line that stands for the items a slide has no room for.
    static func more(_ count: Int, _ language: Language) -> String {
        Labels.moreInHandout(count).text(language)
    }
}

extension Labels {
    /// The headline of a slide about results that has none: words, never a big number.
    static let noResultYet = LocalizedText(zh: "尚未公布结果", en: "No result published yet")
    static func figureYearsDiffer(_ years: [Int]) -> LocalizedText {
        let names = years.map(String.init)
        return LocalizedText(zh: "注意:各市数字的年份不同(\(names.joined(separator: "、")))",
                             en: "Note: the cities' figures are of different years (\(names.joined(separator: ", ")))")
    }
    static let sourcesTitle = LocalizedText(zh: "数据来源", en: "Sources")
    static let document = LocalizedText(zh: "文件", en: "Document")
    static let publishedOn = LocalizedText(zh: "发布日期", en: "Published")
    static let industrialSystem = LocalizedText(zh: "产业体系", en: "Industrial system")
    static let systemSize = LocalizedText(zh: "规模", en: "Size")
}
