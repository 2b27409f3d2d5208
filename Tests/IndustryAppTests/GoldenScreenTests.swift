import TerminalKit
import BuiltinData
import Foundation
import IndustryApp
import IndustryModel
import IndustryShare
import IndustryTerminal
import IndustryViews
import Testing

/// Every screen, driven by the keys a user presses, compared row by row with the screen kept
/// in `Golden/` (120x40 and 80x24, Chinese and English). A misaligned column, a lost status
/// word or a moved panel fails here even where a substring test would still pass.
///
/// After an intended change: `IDASH_UPDATE_GOLDEN=1 swift test --filter GoldenScreens`, then
/// review every changed screen with `git diff Tests/IndustryAppTests/Golden`.
@Suite("Golden screens") struct GoldenScreens {
    static let dataset = try! BuiltinData.load()
    static let asOf = Day(iso: "2026-12-01")!
    static let folder = "\(#filePath)".replacingOccurrences(of: "/GoldenScreenTests.swift", with: "/Golden")
    static let sizes = [(120, 40), (80, 24)]

    /// Dashboard screens as key sequences from the start (the overview, Nantong selected).
    static let dashboard: [(name: String, keys: [Key])] = [
        ("overview", []),
        ("city-nantong", [.enter]),
        ("city-suzhou", [.character("2")]),
        ("city-nanjing", [.character("3")]),
        ("targets-nantong", [.character("t")]),
        ("targets-nantong-firms", [.character("t")] + Array(repeating: .down, count: 10)),
        ("targets-suzhou", [.character("2"), .character("t")]),
        ("cluster-shipbuilding", [.enter, .enter]),
        ("compare-first", [.character("c")]),
        ("compare-gdp-share", [.character("c")] + Array(repeating: .down, count: 8) + [.character("v")]),
        ("help", [.character("?")]),
        ("search", [.character("/")] + "集群".map { .character($0) }),
    ]

    /// Slides of the default deck by view: one of each kind, and Nanjing's targets, whose
    /// headline says in words that no result is published.
    static let slides: [(name: String, view: ViewSpec)] = [
        ("slide-title", .title), ("slide-overview", .overview), ("slide-city-nantong", .city("nantong")),
        ("slide-targets-nantong", .targets(city: "nantong")), ("slide-group-innovation", .targetGroup(city: "nantong", category: "innovation")),
        ("slide-targets-nanjing", .targets(city: "nanjing")), ("slide-compare-gdp", .compare(indicator: "gdp")), ("slide-sources", .sources),
    ]

    static let deck = Deck.default(dataset, asOf: asOf)
    /// The slide of what changed, appended to the default deck by `--since`: a day with
    /// figures after it, and one after which nothing was published (the slide says so).
    static let changeSlides: [(name: String, since: Day)] = [
        ("slide-changes", Day(iso: "2025-06-01")!), ("slide-changes-none", Day(iso: "2026-11-01")!),
    ]

    static func display(_ width: Int, _ height: Int, _ language: Language, theme: String = "dark") -> DashboardState {
        var state = DashboardState(cityID: dataset.cities[0].id, language: language, themeName: theme, asOf: asOf)
        (state.display.width, state.display.height) = (width, height)
        return state
    }

    static func dashboardScreen(_ keys: [Key], _ width: Int, _ height: Int, _ language: Language) -> [String] {
        let context = AppContext(dataset: dataset, themeNames: ThemeCatalog.builtIn().names)
        var state = display(width, height, language)
        for key in keys {
            if let action = KeyMap.action(for: key, in: state.navigation) { _ = App.update(&state, action, context) }
        }
        return state.render(dataset).grid.lines
    }

    static func presentation(at index: Int, _ width: Int, _ height: Int, _ language: Language, ascii: Bool = false) -> Presentation {
        var display = display(width, height, language, theme: "projector").display
        display.ascii = ascii
        var presentation = Presentation(deck: deck, display: display, now: .now)
        presentation.index = index
        return presentation
    }

    static func index(of view: ViewSpec) -> Int { deck.slides.firstIndex { $0.view == view }! }

    static func followerScreen(at index: Int?, notes: Bool, _ width: Int, _ height: Int, _ language: Language) -> [String] {
        var follower = Follower(display: display(width, height, language).display, notes: notes)
        if let index {
            follower.receive(.position(presentation(at: index, 120, 40, .zh).sharedPosition(dataset)))
        }
        return FollowScreen.render(follower, dataset, clock: "09:30").grid.lines
    }

    /// Every screen with its file name, at every size and in both languages.
    static func screens() -> [(file: String, lines: [String])] {
        var screens: [(String, [String])] = []
        for (width, height) in sizes {
            for language in Language.allCases {
                let suffix = "-\(width)x\(height)-\(language.rawValue)"
                for (name, keys) in dashboard {
                    screens.append((name + suffix, dashboardScreen(keys, width, height, language)))
                }
                for (name, view) in slides {
                    let lines = PresentScreen.render(presentation(at: index(of: view), width, height, language), dataset, clock: "14:05")
                    screens.append((name + suffix, lines.grid.lines))
                }
                if language == .en {
                    // LANG=C: English in ASCII, seven-segment digits.
                    for (name, view) in slides {
                        let talk = presentation(at: index(of: view), width, height, .en, ascii: true)
                        screens.append((name + "-\(width)x\(height)-ascii", PresentScreen.render(talk, dataset, clock: "14:05").grid.lines))
                    }
                }
                for (name, since) in changeSlides {
                    var talk = presentation(at: 0, width, height, language)
                    talk.deck = talk.deck.addingChanges(since: since)
                    talk.display.since = since
                    talk.index = talk.deck.slides.count - 1
                    screens.append((name + suffix, PresentScreen.render(talk, dataset, clock: "14:05").grid.lines))
                }
                screens.append(("follower-waiting" + suffix, followerScreen(at: nil, notes: false, width, height, language)))
                screens.append(("follower-slide-4" + suffix, followerScreen(at: 3, notes: false, width, height, language)))
                screens.append(("follower-notes-4" + suffix, followerScreen(at: 3, notes: true, width, height, language)))
            }
        }
        return screens
    }

    @Test func everyScreenMatchesItsGoldenRows() throws {
        var names: Set<String> = []
        for (file, lines) in Self.screens() {
            names.insert(file + ".txt")
            try Self.compare(lines, with: Self.folder + "/" + file + ".txt")
        }
        // A golden file no screen produces any more is a screen that was dropped unnoticed.
        let onDisk = Set((try? FileManager.default.contentsOfDirectory(atPath: Self.folder)) ?? []).filter { $0.hasSuffix(".txt") }
        #expect(onDisk.subtracting(names).isEmpty, "golden files without a screen: \(onDisk.subtracting(names).sorted())")
        #expect(names.count == 116)
    }

    /// The sample deck's handout in every format and language, line by line: a handout is
    /// read away from the screen, so every word of it is checked, not only a few.
    @Test(arguments: HandoutFormat.allCases)
    func everyHandoutMatchesItsGoldenLines(format: HandoutFormat) throws {
        let deck = try Deck.parse(BuiltinData.deck, file: "deck.json5", dataset: Self.dataset)
        for language in Language.allCases {
            let display = Display(language: language, asOf: Self.asOf)
            let text = Handout.render(deck, Self.dataset, display: display, format: format)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            try Self.compare(lines, with: Self.folder + "/handouts/sample-\(language.rawValue).\(format.rawValue)")
        }
    }

    /// Compares lines with a golden file, or writes it when `IDASH_UPDATE_GOLDEN=1`.
    static func compare(_ lines: [String], with path: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let name = String(path.dropFirst(folder.count + 1))
        let actual = lines.joined(separator: "\n") + "\n"
        if ProcessInfo.processInfo.environment["IDASH_UPDATE_GOLDEN"] == "1" {
            let directory = String(path[..<path.lastIndex(of: "/")!])
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try actual.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOfFile: path, encoding: .utf8) else {
            Issue.record("no golden file \(name): run IDASH_UPDATE_GOLDEN=1 swift test --filter GoldenScreens",
                         sourceLocation: sourceLocation)
            return
        }
        let rows = expected.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(rows.count == lines.count, "\(name): \(lines.count) lines, golden has \(rows.count)", sourceLocation: sourceLocation)
        let differing = zip(rows, lines).enumerated().filter { $0.element.0 != $0.element.1 }
        for (row, pair) in differing.prefix(3) {
            Issue.record("\(name) line \(row):\n  golden |\(pair.0)|\n  now    |\(pair.1)|", sourceLocation: sourceLocation)
        }
    }

    /// The goldens are not blank or all alike: each shows what its name says.
    @Test func theGoldenScreensShowWhatTheyAreNamedFor() {
        let screens = Dictionary(uniqueKeysWithValues: Self.screens().map { ($0.file, $0.lines.joined(separator: "\n")) })
        #expect(screens["city-suzhou-120x40-zh"]?.contains("总览 › 苏州") == true)
        #expect(screens["city-nanjing-120x40-en"]?.contains("Overview › Nanjing") == true)
        #expect(screens["cluster-shipbuilding-120x40-zh"]?.contains("总览 › 南通 › 船舶海工") == true)
        #expect(screens["compare-gdp-share-120x40-en"]?.contains("Compare: GDP") == true)
        #expect(screens["compare-gdp-share-120x40-en"]?.contains("v: share of own target") == true)
        #expect(screens["slide-compare-gdp-120x40-en"]?.contains("16/20") == true)
        #expect(screens["slide-targets-nanjing-80x24-zh"]?.contains("尚未公布结果") == true)
        #expect(screens["slide-overview-80x24-ascii"]?.contains("|_|") == true)
        #expect(screens["follower-notes-4-80x24-en"]?.contains("Nantong · Targets") == true)
        #expect(screens["slide-changes-120x40-en"]?.contains("New since 2025-06-01") == true)
        #expect(screens["slide-changes-120x40-en"]?.contains("21/21") == true)
        #expect(screens["slide-changes-none-80x24-zh"]?.contains("2026-11-01之后至2026-12-01没有发布新的数字。") == true)
        #expect(Set(screens.values).count == screens.count, "two screens are identical")
    }
}
