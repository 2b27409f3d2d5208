import IndustryModel

/// The compare view shows absolute values or each city's share of its own target.
public enum CompareMode: String, CaseIterable, Sendable {
    case absolute, share
}

/// How one screen shows the data: language, theme, the day progress is judged on, glyphs,
/// size, and the orders chosen. Each screen keeps its own (a presenter's and every
/// follower's), and slides need nothing else.
public struct Display: Hashable, Sendable {
    public var language: Language
    public var themeName: String
    /// The day progress is judged on.
    public var asOf: Day
    public var ascii: Bool
    /// False on a terminal that cannot show Chinese (not UTF-8): `L` then stays in English.
    public var canShowChinese = true
    /// The terminal size the views lay out for.
    public var width = 120
    public var height = 40
    public var sort: TargetSort = .category
    /// `S`: the sort's order turned round (the last category, the furthest behind, Z to A first).
    public var sortReversed = false
    public var compareMode: CompareMode = .absolute
    /// `--since`: figures published after this day (the last meeting) carry the new mark.
    public var since: Day?

    public init(language: Language, themeName: String = "dark", asOf: Day, ascii: Bool = false) {
        self.language = language
        self.themeName = themeName
        self.asOf = asOf
        self.ascii = ascii
    }

    /// Whether Chinese text beyond the labels (the other-language name, the documents'
    /// wording) may be shown: always in Chinese, in English unless the screen is ASCII-only.
    var showsChinese: Bool { language == .zh || (canShowChinese && !ascii) }

    /// Whether a figure published on `published` is new since `since`.
    public func isNew(_ published: Day) -> Bool { since.map { published > $0 } ?? false }

    /// A label in the current language.
    public func t(_ text: LocalizedText) -> String { text.text(language) }

    /// The theme after the current one in `names` (the first when the current is not
    /// there); false when there are none. `T` everywhere: dashboard, slides, followers.
    @discardableResult
    public mutating func nextTheme(in names: [String]) -> Bool {
        guard !names.isEmpty else { return false }
        let index = names.firstIndex(of: themeName) ?? -1
        themeName = names[(index + 1) % names.count]
        return true
    }
}
