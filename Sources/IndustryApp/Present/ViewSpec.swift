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
    case compare(indicator: String)
    case changes(since: Day)

    /// The forms, for help texts and messages.
    public static let forms = "overview, city:ID, cluster:CITY/ID, targets:ID or compare:INDICATOR"

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
        case "changes" where allowsTitle:
            guard let day = Day(iso: argument) else {
                throw ViewSpecError("a changes view is written changes:YYYY-MM-DD (the last meeting's day), found '\(text)'")
            }
            return .changes(since: day)
        case "overview" where parts.count == 1:
            return .overview
        case "city":
            return .city(try city(argument).id)
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
            throw ViewSpecError("unknown view '\(text)': " + (allowsTitle ? "title, changes:DAY, " : "") + forms)
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
        case .compare(let indicator): return "compare:\(indicator)"
        case .changes(let since): return "changes:\(since)"
        }
    }

    /// The dashboard screen it shows; nil for the title and changes slides, which are not screens.
    public var screen: Screen? {
        switch self {
        case .title, .changes: return nil
        case .overview: return .overview
        case .city(let id): return .city(id)
        case .cluster(let city, let cluster): return .cluster(city: city, cluster: cluster)
        case .targets(let city): return .targets(city: city)
        case .compare(let indicator): return .compare(indicator: indicator)
        }
    }

    /// What a slide of this view shows; `deckTitle` is the title page's.
    public func subject(deckTitle: LocalizedText) -> SlideSubject {
        if case .changes(let since) = self { return .changes(since: since) }
        return screen.map(SlideSubject.screen) ?? .title(deckTitle)
    }

    /// Opens the view in a navigation with the stack the keys would have built (the
    /// overview first, so Esc walks back as usual), the city and the compare list's row
    /// following it. The title slide opens the overview.
    public func apply(to navigation: inout Navigation) {
        navigation.focus = 0
        switch self {
        case .title, .overview, .changes:
            navigation.stack = [.overview]
        case .city(let id):
            navigation.cityID = id
            navigation.stack = [.overview, .city(id)]
        case .targets(let id):
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
