import IndustryModel

/// A place in the dashboard. Screens stack: Enter pushes, Esc pops (k9s' breadcrumbs).
public enum Screen: Hashable, Sendable {
    case overview
    case city(String)
    case cluster(city: String, cluster: String)
    case targets(city: String)
    case compare(indicator: String)
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

/// A row read in full: what it is, and how far it is scrolled.
public struct Reader: Hashable, Sendable {
    public var subject: RowTarget
    public var scroll: Int

    public init(_ subject: RowTarget, scroll: Int = 0) {
        self.subject = subject
        self.scroll = scroll
    }
}

/// Which table a selection (or a filter) belongs to.
public struct SelectionKey: Hashable, Sendable {
    public var screen: Screen
    public var panel: Int

    public init(screen: Screen, panel: Int) {
        self.screen = screen
        self.panel = panel
    }
}

/// Where the user is: the screens opened, the current city, the focused panel, each
/// table's selected row, and what covers the screen (search, help). The views read it to
/// highlight; only the app's `update` changes it.
public struct Navigation: Hashable, Sendable {
    public var stack: [Screen] = [.overview]
    /// The city ←/→ and 1…9 move between, which is also the overview's selected card.
    public var cityID: String
    /// The focused panel of the current screen (Tab cycles).
    public var focus = 0
    /// Selected row per screen and panel: an index into the rows the panel shows, which
    /// its filter narrows.
    public var selections: [SelectionKey: Int] = [:]
    /// Kept filters per screen and panel (`f`): text a row must contain to be shown.
    public var filters: [SelectionKey: String] = [:]
    /// The panel whose filter is being typed (the one-line box is open); nil while browsing.
    public var filtering: SelectionKey?
    public var search: SearchState?
    /// The last search that jumped, and the hit it is on: `n` and `N` step through its hits.
    public var lastSearch: SearchState?
    public var showHelp = false
    /// A row read in full over the screen (Enter on a key fact, a plan task, a project).
    public var reader: Reader?
    /// How far the focused text pane (a target's detail) is scrolled, in rows; back to the
    /// top when the row it describes changes.
    public var detailScroll = 0
    /// The focused panel has the whole body (`z`, lazygit's `+`, k9s' full screen).
    public var zoomed = false
    /// How far the help overlay is scrolled, in rows (clamped where it is drawn).
    public var helpScroll = 0

    public init(cityID: String) {
        self.cityID = cityID
    }

    public var screen: Screen { stack.last ?? .overview }

    public func selection(_ panel: Int) -> Int { selections[SelectionKey(screen: screen, panel: panel)] ?? 0 }

    public mutating func setSelection(_ panel: Int, _ row: Int) {
        selections[SelectionKey(screen: screen, panel: panel)] = row
    }

    /// Where a panel's filter is kept. The compare screen is one list whichever indicator
    /// it compares, and moving on that list changes the screen, so one filter serves them all.
    public static func filterKey(_ screen: Screen, _ panel: Int) -> SelectionKey {
        if case .compare = screen { return SelectionKey(screen: .compare(indicator: ""), panel: panel) }
        return SelectionKey(screen: screen, panel: panel)
    }

    /// The filter of a panel of the current screen, nil where none is kept.
    public func filter(_ panel: Int) -> String? { filters[Self.filterKey(screen, panel)] }

    /// The filters kept on one screen, by panel: what its content is made with.
    public func filters(on screen: Screen) -> [Int: String] {
        let kept = Self.filterKey(screen, 0).screen
        var byPanel: [Int: String] = [:]
        for (key, query) in filters where key.screen == kept { byPanel[key.panel] = query }
        return byPanel
    }
}
