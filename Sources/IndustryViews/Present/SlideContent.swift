import TerminalKit
import IndustryModel

/// What a slide is about: the deck's title page, one dashboard screen, or the figures
/// published after a day (the last meeting).
public enum SlideSubject: Hashable, Sendable {
    case title(LocalizedText)
    case screen(Screen)
    /// One group of a city's targets (一级指标 such as 质量效益), with its published figures.
    case targetGroup(city: String, category: String)
    /// The closing slide: every document behind a figure published by the day.
    case sources
    case changes(since: Day)

    /// Whether the slide is about results, so that having none is said as its headline.
    var showsResults: Bool {
        switch self {
        case .title, .sources, .changes: return false
        case .screen, .targetGroup: return true
        }
    }
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

/// Where a big figure comes from, so a test can check it against the data it names.
public enum FigureOrigin: Hashable, Sendable {
    case indicator(city: String, id: String)
    case fact(city: String, id: String)
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
    /// The share of the target reached, and the share expected by now, for a bar under the
    /// figure; nil without a target.
    public var share: Double?
    public var expected: Double?
    /// The document's own words for the figure, for the speaker's notes.
    public var wording: String
    /// Why the status is what it is ("share of target reached 93%, expected by then 80%").
    public var reason: String
    public var source: CitedSource?
    public var origin: FigureOrigin?

    init(label: String, big: String, figure: String, compactFigure: String? = nil, date: String = "", status: String = "",
         target: String = "", compactTarget: String? = nil, role: Role = .accent, share: Double? = nil, expected: Double? = nil,
         wording: String = "", reason: String = "", source: CitedSource? = nil, origin: FigureOrigin? = nil) {
        self.label = label
        self.big = Self.digits(big)
        self.figure = figure
        self.compactFigure = compactFigure ?? figure
        self.date = date
        self.status = status
        self.target = target
        self.compactTarget = compactTarget ?? target
        self.role = role
        self.share = share
        self.expected = expected
        self.wording = wording
        self.reason = reason
        self.source = source
        self.origin = origin
    }

    /// English units are words ("1.3 trillion yuan"), which big digits would space out
    /// across the screen: those keep only the number; the line under it has the unit.
    public static func digits(_ value: String) -> String {
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
    /// A source a cell cites apart from the row's (the earlier figure of a change), by column;
    /// empty when only the row cites one.
    public var cellSources: [Int: CitedSource] = [:]
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
    /// Said in words where the figures would be, when a slide about results has none:
    /// "尚未公布结果". Empty otherwise.
    public var headline: String = ""

    init(title: String, subtitle: String = "", figures: [SlideFigure] = [], columns: [String] = [],
         items: [SlideItem] = [], notes: [String] = [], extraSources: [CitedSource] = [], isTitlePage: Bool = false) {
        self.title = title
        self.subtitle = subtitle
        self.figures = figures
        self.columns = columns
        self.items = items
        self.notes = notes.filter { !$0.isEmpty }
        var seen: Set<String> = []  // a document read in two copies counts once
        let cellSources = items.flatMap { $0.cellSources.sorted { $0.key < $1.key }.map(\.value) }
        sources = (figures.compactMap(\.source) + items.compactMap(\.source) + cellSources + extraSources)
            .filter { seen.insert($0.source.documentKey).inserted }
        self.isTitlePage = isTitlePage
    }

    /// The content of a slide; `title` replaces the view's own title (a deck may name it).
    public static func make(_ subject: SlideSubject, title: LocalizedText?, display: Display, dataset: Dataset) -> SlideContent {
        var content: SlideContent
        switch subject {
        case .title(let deckTitle):
            content = titlePage(deckTitle, display, dataset)
        case .screen(let screen):
            content = self.screen(screen, display, dataset)
        case .targetGroup(let cityID, let category):
            content = dataset.city(cityID).map { targetGroup(category, of: $0, display) } ?? SlideContent(title: cityID)
        case .sources:
            content = sourcesPage(display, dataset)
        case .changes(let since):
            content = changes(since: since, display, dataset)
        }
        if let title { content.title = title.text(display.language) }
        // Big digits are only ever a published figure: a slide without one says so.
        if content.figures.isEmpty && subject.showsResults { content.headline = display.t(Labels.noResultYet) }
        return content
    }

    /// Each screen says what its slide shows.
    private static func screen(_ screen: Screen, _ display: Display, _ dataset: Dataset) -> SlideContent {
        Screens.unfiltered(screen, display, dataset.derived).slide(display, dataset)
    }

    /// The deck's title, the cities and the day progress is judged on, and each city's
    /// system in words ("the \"616\" modern industrial system · 6 clusters · 16 chains"): a
    /// code in big digits would read as a result.
    private static func titlePage(_ deckTitle: LocalizedText, _ display: Display, _ dataset: Dataset) -> SlideContent {
        let separator = display.t(Labels.listSeparator)
        let cities = dataset.cities.map { $0.name.text(display.language) }.joined(separator: separator)
        let items = dataset.cities.compactMap { city -> SlideItem? in
            guard let system = city.system else { return nil }
            let words = [system.name.text(display.language), systemCounts(system, display)].filter { !$0.isEmpty }
            return SlideItem(label: city.name.text(display.language), figure: words.joined(separator: " · "), status: "",
                             role: .text, share: nil,
                             cells: [city.name.text(display.language), system.name.text(display.language), systemCounts(system, display)],
                             source: cited(system.source, city))
        }
        return SlideContent(title: deckTitle.text(display.language),
                            subtitle: cities + "  " + display.t(Labels.asOf) + " " + display.asOf.description,
                            columns: [display.t(Labels.city), display.t(Labels.industrialSystem), display.t(Labels.systemSize)],
                            items: items, isTitlePage: true)
    }

    /// Each city's headline figure, then each city's targets counted by status.
    static func overview(_ display: Display, _ dataset: Dataset) -> SlideContent {
        let figures = dataset.cities.compactMap { city in
            OverviewView.headline(city, asOf: display.asOf).flatMap { indicator in
                let label = city.name.text(display.language) + " · " + indicator.name.text(display.language)
                return indicatorFigure(indicator, of: city, display, label: label)
            }
        }
        let items = dataset.cities.map { city in
            let counts = city.statusCounts(asOf: display.asOf)
            let line = ProgressStatus.judged.compactMap { status in
                counts[status].map { Format.mark(status, ascii: display.ascii) + " " + display.t(status.label) + " \($0)" }
            }.joined(separator: "  ") + Format.forecasts(city.forecastCount(asOf: display.asOf), display)
            return SlideItem(label: city.name.text(display.language), figure: line, status: "", role: .text, share: nil,
                             cells: [city.name.text(display.language) + Format.forecasts(city.forecastCount(asOf: display.asOf), display)]
                                 + ProgressStatus.judged.map { "\(counts[$0] ?? 0)" },
                             source: nil)
        }
        return SlideContent(title: display.t(Labels.overview), subtitle: display.t(Labels.asOf) + " " + display.asOf.description,
                            figures: figures, columns: [display.t(Labels.city)] + ProgressStatus.judged.map { display.t($0.label) },
                            items: items)
    }

    /// The city's published figures: the latest of up to three series big (its headline
    /// first), each series on a line with its years, then its reported facts with their
    /// dates; its clusters named.
    static func city(_ city: City, _ display: Display) -> SlideContent {
        let name = city.name.text(display.language)
        let published = city.indicators.filter { $0.judged(asOf: display.asOf) != nil }
        let headline = OverviewView.headline(city, asOf: display.asOf).flatMap { published.contains($0) ? $0 : nil }
        let leading = (headline.map { [$0] } ?? []) + published.filter { $0.id != headline?.id }
        let figures = leading.prefix(3).compactMap { indicatorFigure($0, of: city, display, label: $0.name.text(display.language)) }
        // A lone figure drawn big is not listed again; a series is, with its years.
        let big = Set(leading.prefix(3).map(\.id))
        let series = published.filter { !big.contains($0.id) || $0.observations.filter { $0.isKnown(on: display.asOf) && !$0.isPartial }.count > 1 }
            .compactMap { seriesItem($0, of: city, display) }
        let facts = city.facts.filter { $0.isKnown(on: display.asOf) }.map { fact in
            SlideItem(label: fact.name.text(display.language), figure: Format.fact(fact, display) + " (\(fact.date))", status: "",
                      role: .accent, share: nil,
                      cells: [fact.name.text(display.language), Format.fact(fact, display), fact.date.description],
                      source: cited(fact.source, city))
        }
        let separator = display.t(Labels.listSeparator)
        // Industries a document names beside the system are not called its clusters.
        let heading = city.listsSystemClusters ? Labels.clusters : Labels.namedIndustries
        let clusters = display.t(heading) + ": " + city.clusters.map { $0.name.text(display.language) }.joined(separator: separator)
        return SlideContent(title: name, subtitle: city.system.map { system in
                                [system.name.text(display.language), systemCounts(system, display)].filter { !$0.isEmpty }.joined(separator: " · ")
                            } ?? "",
                            figures: figures, columns: factColumns(display), items: series + facts, notes: [clusters])
    }

    static func systemCounts(_ system: IndustrySystem, _ display: Display) -> String {
        var counts: [String] = []
        counts += Labels.systemCounts(system).map(display.t)
        return counts.joined(separator: " · ")
    }

    static func cited(_ sourceID: String?, _ city: City) -> CitedSource? {
        sourceID.flatMap(city.source).map { CitedSource(city: city.name, source: $0) }
    }

    static func factColumns(_ display: Display) -> [String] {
        [display.t(Labels.indicator), display.t(Labels.value), display.t(Labels.asOfColumn)]
    }
}
