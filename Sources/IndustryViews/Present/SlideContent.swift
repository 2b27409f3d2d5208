import TerminalKit
import IndustryModel

/// What a slide is about: the deck's title page, or one dashboard screen.
public enum SlideSubject: Hashable, Sendable {
    case title(LocalizedText)
    case screen(Screen)
}

/// A source and the city whose data cites it, so a handout can say whose figure it is.
public struct CitedSource: Hashable, Sendable {
    public var city: LocalizedText
    public var source: Source

    public init(city: LocalizedText, source: Source) {
        self.city = city
        self.source = source
    }
}

/// A headline figure: what it is, the number drawn big, and beside it in words the figure
/// with the document's own qualifiers (预计, 力争, 超), its date, status and target, which
/// the big digits leave out. Compact forms serve narrow columns, so a figure is shortened
/// rather than cut.
public struct SlideFigure: Hashable, Sendable {
    public var label: String
    /// The number (and a unit without spaces, 万亿元 or %) for `BigText`.
    public var big: String
    public var figure: String
    public var compactFigure: String
    /// The day the figure is as of; empty for a target or a count.
    public var date: String
    /// A mark and a word; empty for a figure without a target.
    public var status: String
    /// "目标 力争超1.3万亿元 (2025)"; empty when the figure is not judged against one.
    public var target: String
    public var compactTarget: String
    public var role: Role
    public var source: CitedSource?

    init(label: String, big: String, figure: String, compactFigure: String? = nil, date: String = "", status: String = "",
         target: String = "", compactTarget: String? = nil, role: Role = .accent, source: CitedSource? = nil) {
        self.label = label
        self.big = Self.digits(big)
        self.figure = figure
        self.compactFigure = compactFigure ?? figure
        self.date = date
        self.status = status
        self.target = target
        self.compactTarget = compactTarget ?? target
        self.role = role
        self.source = source
    }

    /// English units are words ("1.3 trillion yuan"), which big digits would space out
    /// across the screen: those keep only the number; the line under it has the unit.
    static func digits(_ value: String) -> String {
        guard value.contains(" ") else { return value }
        let number = String(value.prefix { $0.isASCII && ($0.isNumber || ".,%-+".contains($0)) })
        return number.isEmpty ? value : number
    }
}

/// One line of a slide's list: a target, a reported fact, a city. `cells` are the same
/// figures in the columns of `SlideContent.columns`, for handouts.
public struct SlideItem: Hashable, Sendable {
    public var label: String
    public var figure: String
    /// A mark and a word (`+ 进度正常`), never colour alone; empty for figures without a target.
    public var status: String
    public var role: Role
    /// Share of the target reached, for a bar; nil when there is no figure to measure.
    public var share: Double?
    public var cells: [String]
    public var source: CitedSource?
}

/// Everything one slide shows, worked out once from the data so the screen and the
/// handout show the same figures with the same sources. Nothing here is made up: each
/// figure is a dataset value formatted by the dashboard's own `Format` helpers.
public struct SlideContent: Hashable, Sendable {
    public var title: String
    public var subtitle: String
    public var figures: [SlideFigure]
    /// Column headings of `items` in a handout table.
    public var columns: [String]
    public var items: [SlideItem]
    /// Lists and caveats in words: chains, "the cities' target years differ".
    public var notes: [String]
    /// Every source the slide's figures come from, in the order first used.
    public var sources: [CitedSource]
    /// The title page is laid out centred.
    public var isTitlePage: Bool

    init(title: String, subtitle: String = "", figures: [SlideFigure] = [], columns: [String] = [],
         items: [SlideItem] = [], notes: [String] = [], extraSources: [CitedSource] = [], isTitlePage: Bool = false) {
        self.title = title
        self.subtitle = subtitle
        self.figures = figures
        self.columns = columns
        self.items = items
        self.notes = notes.filter { !$0.isEmpty }
        var seen: Set<CitedSource> = []
        sources = (figures.compactMap(\.source) + items.compactMap(\.source) + extraSources).filter { seen.insert($0).inserted }
        self.isTitlePage = isTitlePage
    }

    /// The content of a slide; `title` replaces the view's own title (a deck may name it).
    public static func make(_ subject: SlideSubject, title: LocalizedText?, state: ViewState, dataset: Dataset) -> SlideContent {
        var content: SlideContent
        switch subject {
        case .title(let deckTitle):
            content = titlePage(deckTitle, state, dataset)
        case .screen(let screen):
            content = self.screen(screen, state, dataset)
        }
        if let title { content.title = title.text(state.language) }
        return content
    }

    private static func screen(_ screen: Screen, _ state: ViewState, _ dataset: Dataset) -> SlideContent {
        switch screen {
        case .overview:
            return overview(state, dataset)
        case .city(let id):
            guard let city = dataset.city(id) else { return SlideContent(title: id) }
            return self.city(city, state)
        case .targets(let id):
            guard let city = dataset.city(id) else { return SlideContent(title: id) }
            return targets(city, state)
        case .cluster(let cityID, let clusterID):
            guard let city = dataset.city(cityID), let cluster = city.cluster(clusterID) else {
                return SlideContent(title: clusterID)
            }
            return self.cluster(cluster, of: city, state)
        case .compare(let indicator):
            guard let comparison = dataset.comparison(of: indicator, asOf: state.asOf) else { return SlideContent(title: indicator) }
            return compare(comparison, state, dataset)
        }
    }

    /// The deck's title, the cities and the day progress is judged on; each city's system
    /// code ("616", "1030", "2+6+6") big, as the documents name them.
    private static func titlePage(_ deckTitle: LocalizedText, _ state: ViewState, _ dataset: Dataset) -> SlideContent {
        let separator = state.t(Labels.listSeparator)
        let cities = dataset.cities.map { $0.name.text(state.language) }.joined(separator: separator)
        let figures = dataset.cities.compactMap { city -> SlideFigure? in
            guard let system = city.system else { return nil }
            return SlideFigure(label: city.name.text(state.language), big: system.code, figure: system.name.text(state.language),
                               target: systemCounts(system, state), source: cited(system.source, city))
        }
        return SlideContent(title: deckTitle.text(state.language),
                            subtitle: cities + "  " + state.t(Labels.asOf) + " " + state.asOf.description,
                            figures: figures, isTitlePage: true)
    }

    /// Each city's headline figure, then each city's targets counted by status.
    private static func overview(_ state: ViewState, _ dataset: Dataset) -> SlideContent {
        let figures = dataset.cities.compactMap { city in
            OverviewView.headline(city, asOf: state.asOf).flatMap { indicator in
                let label = city.name.text(state.language) + " · " + indicator.name.text(state.language)
                return indicatorFigure(indicator, of: city, state, label: label)
            }
        }
        let items = dataset.cities.map { city in
            let counts = city.statusCounts(asOf: state.asOf)
            let line = ProgressStatus.judged.compactMap { status in
                counts[status].map { Format.mark(status, ascii: state.ascii) + " " + state.t(status.label) + " \($0)" }
            }.joined(separator: "  ") + Format.forecasts(city.forecastCount(asOf: state.asOf), state)
            return SlideItem(label: city.name.text(state.language), figure: line, status: "", role: .text, share: nil,
                             cells: [city.name.text(state.language) + Format.forecasts(city.forecastCount(asOf: state.asOf), state)]
                                 + ProgressStatus.judged.map { "\(counts[$0] ?? 0)" },
                             source: nil)
        }
        return SlideContent(title: state.t(Labels.overview), subtitle: state.t(Labels.asOf) + " " + state.asOf.description,
                            figures: figures, columns: [state.t(Labels.city)] + ProgressStatus.judged.map { state.t($0.label) },
                            items: items)
    }

    /// The city's headline target and its first enterprise-tier facts big; its reported
    /// facts listed with their dates; its clusters named.
    private static func city(_ city: City, _ state: ViewState) -> SlideContent {
        let name = city.name.text(state.language)
        let headline = OverviewView.headline(city, asOf: state.asOf)
        var figures = headline.flatMap { indicatorFigure($0, of: city, state, label: $0.name.text(state.language)) }.map { [$0] } ?? []
        let leading = city.facts.filter { $0.tier != nil } + city.facts.filter { $0.tier == nil }
        figures += leading.prefix(2).map { factFigure($0, of: city, state) }
        let items = city.facts.map { fact in
            let source = cited(fact.source, city)
            return SlideItem(label: fact.name.text(state.language), figure: Format.fact(fact, state) + " (\(fact.date))", status: "",
                             role: .accent, share: nil,
                             cells: [fact.name.text(state.language), Format.fact(fact, state), fact.date.description],
                             source: source)
        }
        let separator = state.t(Labels.listSeparator)
        // Industries a document names beside the system are not called its clusters.
        let heading = city.listsSystemClusters ? Labels.clusters : Labels.namedIndustries
        let clusters = state.t(heading) + ": " + city.clusters.map { $0.name.text(state.language) }.joined(separator: separator)
        return SlideContent(title: name, subtitle: city.system.map { system in
                                [system.name.text(state.language), systemCounts(system, state)].filter { !$0.isEmpty }.joined(separator: " · ")
                            } ?? "",
                            figures: figures, columns: factColumns(state), items: items, notes: [clusters])
    }

    static func systemCounts(_ system: IndustrySystem, _ state: ViewState) -> String {
        var counts: [String] = []
        counts += Labels.systemCounts(system).map(state.t)
        return counts.joined(separator: " · ")
    }

    static func cited(_ sourceID: String?, _ city: City) -> CitedSource? {
        sourceID.flatMap(city.source).map { CitedSource(city: city.name, source: $0) }
    }

    static func factColumns(_ state: ViewState) -> [String] {
        [state.t(Labels.indicator), state.t(Labels.value), state.t(Labels.asOfColumn)]
    }
}
