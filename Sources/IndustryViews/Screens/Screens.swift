import TerminalKit
import IndustryModel

/// What a selectable row stands for, so Enter and `c` know where to go.
public enum RowTarget: Hashable, Sendable {
    case city(String)
    case cluster(city: String, cluster: String)
    case indicator(city: String, indicator: String)
    case comparison(indicator: String)
    /// Rows Enter reads in full over the screen: a key fact, a plan task (by its action's
    /// and its own number), a named project, enterprise or institution.
    case fact(city: String, fact: String)
    case task(city: String, action: Int, task: Int)
    case entity(city: String, entity: String)
    /// A department with the tasks it leads and shares: no screen lists departments, so
    /// only search opens it, to be read.
    case department(city: String, department: String)
    case item

    /// Whether Enter reads this row in full rather than opening a screen.
    public var isRead: Bool {
        switch self {
        case .fact, .task, .entity, .department: true
        default: false
        }
    }
}

/// One panel Tab can focus: the rows a selection moves over, in the order they are drawn.
public struct ScreenPanel: Hashable, Sendable {
    public var rows: [RowTarget]

    public init(_ rows: [RowTarget]) {
        self.rows = rows
    }
}

/// A screen's content, declared once: `update` moves the selection over `panels`, and the
/// screen draws the very lists the panels were made from, so what Enter opens is what the
/// highlighted row shows. A new screen is a new type here and one case in `Screens.content`.
/// A screen is made from the data, the display and its panels' filters (`f`, which narrow
/// its lists where they are made: `PanelList`); where the user is comes in as `Navigation`
/// only to say which row is selected.
protocol ScreenContent {
    var panelCount: Int { get }
    /// The rows of one panel (0..<panelCount), made only when asked: a key needs one.
    func rows(_ panel: Int) -> [RowTarget]
    /// Whether `f` filters this panel: a table's rows can be narrowed, a text cannot.
    func filterable(_ panel: Int) -> Bool
    /// The selected row of a panel. Stored per screen and panel, except where navigation
    /// already says it another way: one fact, one field.
    func selection(_ panel: Int, _ navigation: Navigation) -> Int
    /// The screen's step in the breadcrumb (总览 › 南通 › 船舶海工).
    func crumb(_ language: Language) -> String
    /// Draws the screen; returns the source line for the status bar.
    func render(_ ctx: inout RenderContext, in area: Rect) -> String
    /// Where ←/→ and 1…9 take this screen for city `id` (the kind of screen stays: a city
    /// stays a city, targets stay targets); nil where there is no city to switch.
    func stack(forCity id: String) -> [Screen]?
    /// The slide that shows this screen.
    func slide(_ display: Display, _ dataset: Dataset) -> SlideContent
    /// Whether Enter on this row opens another screen (the footer offers ↵ only then).
    func opens(_ row: RowTarget) -> Bool
    /// The panel that holds text rather than rows: ↑↓ scroll it when it has the focus.
    var textPanel: Int? { get }
    /// How far that text scrolls on this display (its rows beyond the pane's), so the
    /// scroll stops at the end.
    func textLines(_ navigation: Navigation, _ display: Display) -> Int
    /// What `y` copies here: the focused panel's selected row, unless a screen's text pane
    /// describes a row of another panel (a target's detail) or the screen's own subject.
    func copySubject(_ navigation: Navigation) -> RowTarget?
}

extension ScreenContent {
    var panels: [ScreenPanel] { (0..<panelCount).map { ScreenPanel(rows($0)) } }
    func selection(_ panel: Int, _ navigation: Navigation) -> Int { navigation.selection(panel) }
    func opens(_ row: RowTarget) -> Bool { row != .item }
    var textPanel: Int? { nil }
    func filterable(_ panel: Int) -> Bool { (0..<panelCount).contains(panel) && panel != textPanel }
    func textLines(_ navigation: Navigation, _ display: Display) -> Int { 0 }
    func copySubject(_ navigation: Navigation) -> RowTarget? { selectedRow(navigation) }

    /// The selected row of the focused panel; nil when that panel has no rows.
    func selectedRow(_ navigation: Navigation) -> RowTarget? {
        let rows = (0..<panelCount).contains(navigation.focus) ? rows(navigation.focus) : []
        return rows.isEmpty ? nil : rows[min(selection(navigation.focus, navigation), rows.count - 1)]
    }
    /// Screens about one city show the next city's own page.
    func stack(forCity id: String) -> [Screen]? { [.overview, .city(id)] }
}

/// A screen whose city, cluster or comparison is gone (a reload removed it): nothing to
/// select or draw.
struct MissingScreen: ScreenContent {
    let panelCount: Int
    let id: String
    func rows(_ panel: Int) -> [RowTarget] { [] }
    func filterable(_ panel: Int) -> Bool { false }
    func crumb(_ language: Language) -> String { id }
    func render(_ ctx: inout RenderContext, in area: Rect) -> String { "" }
    func slide(_ display: Display, _ dataset: Dataset) -> SlideContent { SlideContent(title: id) }
}

/// The content of each kind of screen for a display.
public enum Screens {
    /// Panels search opens at: a city's key facts, a cluster's plan tasks, its projects and
    /// enterprises, its description (where its focus areas are).
    public static let cityFactsPanel = CityScreen.factsPanel
    public static let clusterTasksPanel = ClusterScreen.tasksPanel
    public static let clusterEntitiesPanel = ClusterScreen.entitiesPanel
    public static let clusterInfoPanel = ClusterScreen.infoPanel

    /// A screen's content with its panels' filters (none for a slide or a breadcrumb).
    static func content(of screen: Screen, _ display: Display, _ aggregates: DatasetDerived,
                        filters: [Int: String]) -> any ScreenContent {
        switch screen {
        case .overview:
            return OverviewScreen(cities: aggregates.cities, comparable: aggregates.comparableIDs, filters: filters,
                                  display, aggregates)
        case .city(let id):
            guard let city = aggregates.city(id) else { return MissingScreen(panelCount: CityScreen.panels, id: id) }
            return CityScreen(city: city, targets: targetOrder(city, display, aggregates), filters: filters, display)
        case .cluster(let cityID, let clusterID):
            guard let city = aggregates.city(cityID), let cluster = city.cluster(clusterID) else {
                return MissingScreen(panelCount: ClusterScreen.panels, id: clusterID)
            }
            return ClusterScreen(city: city, cluster: cluster, filters: filters, display)
        case .targets(let id):
            guard let city = aggregates.city(id) else { return MissingScreen(panelCount: 2, id: id) }
            return TargetsScreen(city: city, targets: targetOrder(city, display, aggregates), filters: filters, display)
        case .compare(let indicator):
            guard aggregates.comparableIDs.contains(indicator) else { return MissingScreen(panelCount: 2, id: indicator) }
            return CompareScreen(indicator: indicator, comparable: aggregates.comparableIDs,
                                 name: aggregates.name(of: indicator, display.language), filters: filters, display, aggregates)
        }
    }

    /// The current screen's content as the user sees it: with its kept filters.
    static func content(_ navigation: Navigation, _ display: Display, _ aggregates: DatasetDerived) -> any ScreenContent {
        content(of: navigation.screen, display, aggregates, filters: navigation.filters(on: navigation.screen))
    }

    /// A screen's content where filters cannot matter (whether it exists, its panel count,
    /// where ←/→ take it, its breadcrumb, its slide).
    static func unfiltered(_ screen: Screen, _ display: Display, _ aggregates: DatasetDerived) -> any ScreenContent {
        content(of: screen, display, aggregates, filters: [:])
    }

    private static func targetOrder(_ city: City, _ display: Display, _ aggregates: DatasetDerived) -> [Indicator] {
        let order = aggregates.targetOrder(city, by: display.sort, asOf: display.asOf, language: display.language)
        return display.sortReversed ? order.reversed() : order
    }

    /// The panels of the current screen and their rows, as the screen draws them (narrowed
    /// by their filters).
    public static func panels(_ navigation: Navigation, _ display: Display, _ dataset: Dataset) -> [ScreenPanel] {
        content(navigation, display, dataset.derived).panels
    }

    /// The rows of one panel of a screen, narrowed by the filter `navigation` keeps for it;
    /// none for a panel the screen does not have. There is no unfiltered form: a row number
    /// means a row of what the panel shows.
    public static func rows(_ screen: Screen, panel: Int, filteredBy navigation: Navigation, _ display: Display,
                            _ dataset: Dataset) -> [RowTarget] {
        let content = content(of: screen, display, dataset.derived, filters: navigation.filters(on: screen))
        return (0..<content.panelCount).contains(panel) ? content.rows(panel) : []
    }

    /// The rows of the current screen's focused panel.
    public static func focusedRows(_ navigation: Navigation, _ display: Display, _ dataset: Dataset) -> [RowTarget] {
        rows(navigation.screen, panel: navigation.focus, filteredBy: navigation, display, dataset)
    }

    /// The selected row of a panel of the current screen, as update moves it and the screen draws it.
    public static func selection(_ navigation: Navigation, panel: Int, _ display: Display, _ dataset: Dataset) -> Int {
        content(navigation, display, dataset.derived).selection(panel, navigation)
    }

    /// Whether `f` filters the current screen's focused panel (a table, not a text).
    public static func focusIsFilterable(_ navigation: Navigation, _ display: Display, _ dataset: Dataset) -> Bool {
        unfiltered(navigation.screen, display, dataset.derived).filterable(navigation.focus)
    }

    /// The focused panel's text, when it is a text pane: how far it can scroll (rows beyond
    /// one screenful); nil when the focused panel holds rows.
    public static func textScrollLimit(_ navigation: Navigation, _ display: Display, _ dataset: Dataset) -> Int? {
        let content = content(navigation, display, dataset.derived)
        guard let panel = content.textPanel, panel == navigation.focus else { return nil }
        return content.textLines(navigation, display)
    }

    /// Whether the data still has what the screen shows (a reload leaves screens that lost it).
    public static func exists(_ screen: Screen, _ display: Display, _ dataset: Dataset) -> Bool {
        !(unfiltered(screen, display, dataset.derived) is MissingScreen)
    }

    /// What the footer's hints depend on: whether Enter opens the selected row of the
    /// focused panel, how many panels Tab moves between, whether `f` filters it.
    public static func hintContext(_ navigation: Navigation, _ display: Display, _ dataset: Dataset) -> HintContext {
        hintContext(content(navigation, display, dataset.derived), navigation)
    }

    /// The same for a screen's content already made (a frame makes it once).
    static func hintContext(_ content: any ScreenContent, _ navigation: Navigation) -> HintContext {
        let selected = content.selectedRow(navigation)
        return HintContext(navigation: navigation, enterOpens: selected.map(content.opens) ?? false,
                           enterReads: selected?.isRead ?? false, panels: content.panelCount,
                           textFocused: content.textPanel == navigation.focus,
                           tableFocused: content.filterable(navigation.focus),
                           filtered: navigation.filter(navigation.focus) != nil,
                           figureSelected: copySubject(content, navigation).map(CopyText.isFigure) ?? false)
    }

    /// What `y` copies: the row read in full when one is open, else the screen's answer.
    public static func copySubject(_ navigation: Navigation, _ display: Display, _ dataset: Dataset) -> RowTarget? {
        copySubject(content(navigation, display, dataset.derived), navigation)
    }

    static func copySubject(_ content: any ScreenContent, _ navigation: Navigation) -> RowTarget? {
        navigation.reader?.subject ?? content.copySubject(navigation)
    }

    /// Where ←/→ and 1…9 take a screen for city `id`; nil where there is no city to switch.
    public static func stack(_ screen: Screen, forCity id: String, _ display: Display, _ dataset: Dataset) -> [Screen]? {
        unfiltered(screen, display, dataset.derived).stack(forCity: id)
    }

    public static func panelCount(_ screen: Screen, _ display: Display, _ dataset: Dataset) -> Int {
        unfiltered(screen, display, dataset.derived).panelCount
    }
}
