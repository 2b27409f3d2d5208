import TerminalKit
import IndustryModel

/// A place in the dashboard. Screens stack: Enter pushes, Esc pops (k9s' breadcrumbs).
public enum Screen: Hashable, Sendable {
    case overview
    case city(String)
    case cluster(city: String, cluster: String)
    case targets(city: String)
    case compare(indicator: String)
}

/// The compare view shows absolute values or each city's share of its own target.
public enum CompareMode: String, CaseIterable, Sendable {
    case absolute, share
}

/// Search as you type over cities, clusters and indicators.
public struct SearchState: Hashable, Sendable {
    public var query: String
    public var selected: Int

    public init(query: String = "", selected: Int = 0) {
        self.query = query
        self.selected = selected
    }
}

/// Everything the views need to know about where the user is and how they see it.
/// It changes only through the app's `update`, so key sequences test without a terminal.
public struct ViewState: Hashable, Sendable {
    public var stack: [Screen]
    /// The city ←/→ and 1…9 move between.
    public var cityID: String
    /// The focused panel of the current screen (Tab cycles).
    public var focus: Int
    /// Selected row per screen and panel.
    public var selections: [SelectionKey: Int]
    public var sort: TargetSort
    public var compareMode: CompareMode
    public var language: Language
    public var themeName: String
    public var showHelp: Bool
    public var search: SearchState?
    /// The day progress is judged on.
    public var asOf: Day
    public var ascii: Bool
    /// A short message in the status bar (a search with no match, the new theme's name).
    public var message: String?
    /// Why the data on screen is not the data on disk (`--watch` found a file that fails
    /// validation). Unlike `message` it stays until a reload succeeds.
    public var dataError: String?
    /// False on a terminal that cannot show Chinese (not UTF-8): `L` then stays in English.
    public var canShowChinese: Bool = true
    /// The terminal size the views lay out for.
    public var width: Int
    public var height: Int

    public init(cityID: String, language: Language, themeName: String = "dark", asOf: Day, ascii: Bool = false) {
        stack = [.overview]
        self.cityID = cityID
        focus = 0
        selections = [:]
        sort = .category
        compareMode = .absolute
        self.language = language
        self.themeName = themeName
        showHelp = false
        search = nil
        self.asOf = asOf
        self.ascii = ascii
        message = nil
        width = 120
        height = 40
    }

    public var screen: Screen { stack.last ?? .overview }

    public func selection(_ panel: Int) -> Int { selections[SelectionKey(screen: screen, panel: panel)] ?? 0 }

    public mutating func setSelection(_ panel: Int, _ row: Int) {
        selections[SelectionKey(screen: screen, panel: panel)] = row
    }
}

/// Which table a selection belongs to.
public struct SelectionKey: Hashable, Sendable {
    public var screen: Screen
    public var panel: Int

    public init(screen: Screen, panel: Int) {
        self.screen = screen
        self.panel = panel
    }
}
