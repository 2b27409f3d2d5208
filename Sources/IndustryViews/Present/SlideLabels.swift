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
