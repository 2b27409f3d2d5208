import TerminalKit
import IndustryModel
import IndustryViews

/// A view named in text: `overview`, `city:ID`, `cluster:CITY/ID`, `targets:ID`,
/// `compare:INDICATOR`, and for decks only `title` (the title slide) and `changes:DAY` (the
/// figures published after a day). `idash snapshot --view` and deck
/// files name views the same way, so one parser checks both against the data and both
/// open the same screens.
public enum ViewSpec: Hashable, Sendable, CustomStringConvertible {
    case title
    case overview
    case city(String)
    case cluster(city: String, cluster: String)
    case targets(city: String)
    /// One group of a city's targets (a category id such as `quality-efficiency`).
    case targetGroup(city: String, category: String)
    case compare(indicator: String)
    /// A deck's closing slide: the documents behind the published figures.
    case sources
    case changes(since: Day)

    /// The forms, for help texts and messages.
    public static let forms = "overview, city:ID, cluster:CITY/ID, targets:ID, targets:CITY/GROUP or compare:INDICATOR"

    /// Parses a view and checks that the city, cluster or indicator exists. Messages list the
    /// valid ids, so a typo in a deck or on the command line is fixed without opening the data.
    /// `allowsTitle`: decks have a title slide and a changes slide; a snapshot shows screens only.
    public static func parse(_ text: String, in dataset: Dataset, allowsTitle: Bool = false) throws(ViewSpecError) -> ViewSpec {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let argument = parts.count > 1 ? parts[1] : ""
        func city(_ id: String) throws(ViewSpecError) -> City {
            guard let city = dataset.city(id) else {
                throw ViewSpecError("unknown city '\(id)' (cities: \(dataset.cities.map(\.id).joined(separator: ", ")))")
            }
            return city
        }
        switch parts[0] {
        case "title" where allowsTitle && parts.count == 1:
            return .title
        case "sources" where allowsTitle && parts.count == 1:
            return .sources
        case "changes" where allowsTitle:
            guard let day = Day(iso: argument) else {
                throw ViewSpecError("a changes view is written changes:YYYY-MM-DD (the last meeting's day), found '\(text)'")
            }
            return .changes(since: day)
        case "overview" where parts.count == 1:
            return .overview
        case "city":
            return .city(try city(argument).id)
        case "targets" where argument.contains("/") && !allowsTitle:
            throw ViewSpecError("targets:CITY/GROUP is a slide of a deck; the dashboard shows the city's targets: targets:CITY")
        case "targets" where argument.contains("/"):
            let ids = argument.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let found = try city(ids[0])
            guard found.categories.contains(where: { $0.id == ids[1] }), found.targeted.contains(where: { $0.category == ids[1] }) else {
                let groups = found.categories.filter { group in found.targeted.contains { $0.category == group.id } }.map(\.id)
                throw ViewSpecError("no target group '\(ids[1])' in \(ids[0]) (groups: \(groups.joined(separator: ", ")))")
            }
            return .targetGroup(city: ids[0], category: ids[1])
        case "targets":
            return .targets(city: try city(argument).id)
        case "cluster":
            let ids = argument.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard ids.count == 2 else {
                throw ViewSpecError("a cluster view is written cluster:CITY/ID, e.g. cluster:nantong/shipbuilding-offshore")
            }
            let found = try city(ids[0])
            guard found.cluster(ids[1]) != nil else {
                throw ViewSpecError("unknown cluster '\(ids[1])' in \(ids[0]) (clusters: \(found.clusters.map(\.id).joined(separator: ", ")))")
            }
            return .cluster(city: ids[0], cluster: ids[1])
        case "compare":
            let comparable = dataset.comparableIndicatorIDs()
            guard comparable.contains(argument) else {
                throw ViewSpecError("'\(argument)' is not measured by two cities (comparable: \(comparable.joined(separator: ", ")))")
            }
            return .compare(indicator: argument)
        default:
            throw ViewSpecError("unknown view '\(text)': " + (allowsTitle ? "title, sources, changes:DAY, " : "") + forms)
        }
    }

    /// The text form, which `parse` reads back.
    public var description: String {
        switch self {
        case .title: return "title"
        case .overview: return "overview"
        case .city(let id): return "city:\(id)"
        case .cluster(let city, let cluster): return "cluster:\(city)/\(cluster)"
        case .targets(let city): return "targets:\(city)"
        case .targetGroup(let city, let category): return "targets:\(city)/\(category)"
        case .compare(let indicator): return "compare:\(indicator)"
        case .sources: return "sources"
        case .changes(let since): return "changes:\(since)"
        }
    }

    /// The dashboard screen it shows (a target group's is its city's targets); nil for the
    /// title, sources and changes slides, which are not screens.
    public var screen: Screen? {
        switch self {
        case .title, .sources, .changes: return nil
        case .targetGroup(let city, _): return .targets(city: city)
        case .overview: return .overview
        case .city(let id): return .city(id)
        case .cluster(let city, let cluster): return .cluster(city: city, cluster: cluster)
        case .targets(let city): return .targets(city: city)
        case .compare(let indicator): return .compare(indicator: indicator)
        }
    }

    /// What a slide of this view shows; `deckTitle` is the title page's.
    public func subject(deckTitle: LocalizedText) -> SlideSubject {
        switch self {
        case .title: return .title(deckTitle)
        case .targetGroup(let city, let category): return .targetGroup(city: city, category: category)
        case .sources: return .sources
        case .changes(let since): return .changes(since: since)
        default: return screen.map(SlideSubject.screen) ?? .title(deckTitle)
        }
    }

    /// Opens the view in a navigation with the stack the keys would have built (the
    /// overview first, so Esc walks back as usual), the city and the compare list's row
    /// following it. The title slide opens the overview.
    public func apply(to navigation: inout Navigation) {
        navigation.focus = 0
        switch self {
        case .title, .overview, .sources, .changes:
            navigation.stack = [.overview]
        case .city(let id):
            navigation.cityID = id
            navigation.stack = [.overview, .city(id)]
        case .targets(let id), .targetGroup(let id, _):
            navigation.cityID = id
            navigation.stack = [.overview, .city(id), .targets(city: id)]
        case .cluster(let city, let cluster):
            navigation.cityID = city
            navigation.stack = [.overview, .city(city), .cluster(city: city, cluster: cluster)]
        case .compare(let indicator):
            navigation.stack = [.overview, .compare(indicator: indicator)]
        }
    }
}

/// A view that does not parse or names something the data lacks; the message says what is valid.
public struct ViewSpecError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
