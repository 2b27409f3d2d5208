import TerminalKit
import FileFormats
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import IndustryApp
import IndustryModel
import IndustryViews

/// The day progress is judged on: fixed, so runs on different days time the same work.
let benchDay = Day(year: 2026, month: 11, day: 25)!

/// One measured step: a name for the table and its timing on each data set.
struct Step {
    var name: String
    var timings: [String: Timing] = [:]
}

/// The steps the issue names, on one data set: load and validation, progress, and every
/// view rendered into a grid at each size, plus a key press (update and render).
struct Scenarios {
    var runs: Int
    var steps: [Step] = []

    mutating func record(_ name: String, _ column: String, _ timing: Timing) {
        if let index = steps.firstIndex(where: { $0.name == name }) {
            steps[index].timings[column] = timing
        } else {
            steps.append(Step(name: name, timings: [column: timing]))
        }
    }

    /// Parsing alone (JSON and CSV syntax), then the whole load with validation.
    mutating func loading(_ column: String, files: [DataFile], loadRuns: Int, load: () throws -> Dataset) rethrows -> Dataset {
        record("parse: JSON and CSV syntax", column, Stopwatch.time(runs: loadRuns) {
            for file in files where file.name.hasSuffix(".json") && !file.name.hasSuffix("schema.json") {
                _ = try? JSONParser.parse(file.bytes)
            }
            for file in files where file.name.hasSuffix(".csv") { _ = try? CSVReader.parse(file.bytes) }
        })
        var dataset: Dataset?
        record("load and validate", column, try Stopwatch.time(runs: loadRuns) { dataset = try load() })
        return dataset!
    }

    mutating func progress(_ column: String, _ dataset: Dataset) {
        record("progress: every indicator of every city", column, Stopwatch.time(runs: runs) {
            var achieved = 0
            for city in dataset.cities {
                for indicator in city.indicators where city.progress(of: indicator, asOf: benchDay).status == .achieved {
                    achieved += 1
                }
            }
            blackHole(achieved)
        })
        let ids = dataset.comparableIndicatorIDs()
        record("progress: comparable ids and one comparison", column, Stopwatch.time(runs: runs) {
            blackHole(dataset.comparableIndicatorIDs().count)
            blackHole(ids.first.flatMap { dataset.comparison(of: $0, asOf: benchDay) }?.entries.count ?? 0)
        })
    }

    mutating func rendering(_ column: String, _ dataset: Dataset) {
        guard let city = dataset.cities.first else { return }
        let clusterID = city.clusters.first?.id ?? ""
        let indicatorID = dataset.comparableIndicatorIDs().first ?? ""
        let views: [(String, [Screen])] = [
            ("overview", [.overview]),
            ("city", [.overview, .city(city.id)]),
            ("cluster", [.overview, .city(city.id), .cluster(city: city.id, cluster: clusterID)]),
            ("targets", [.overview, .city(city.id), .targets(city: city.id)]),
            ("compare", [.overview, .compare(indicator: indicatorID)]),
        ]
        let context = AppContext(dataset: dataset, themeNames: ["dark"])
        for (width, height) in [(120, 40), (300, 80)] {
            for (name, stack) in views {
                var state = DashboardState(cityID: city.id, language: .zh, asOf: benchDay)
                (state.display.width, state.display.height, state.navigation.stack) = (width, height, stack)
                record("render \(name) \(width)x\(height)", column, Stopwatch.time(runs: runs) {
                    blackHole(state.render(dataset).grid.width)
                })
            }
            // A key as the live loop handles it: update the state, then render the frame.
            for (name, stack, action) in [("↓ on overview", [Screen.overview], Action.move(1)),
                                          ("↓ on targets", [.overview, .city(city.id), .targets(city: city.id)], .move(1)),
                                          ("→ on city", [.overview, .city(city.id)], .nextCity)] {
                var state = DashboardState(cityID: city.id, language: .zh, asOf: benchDay)
                (state.display.width, state.display.height, state.navigation.stack) = (width, height, stack)
                record("key \(name) \(width)x\(height)", column, Stopwatch.time(runs: runs) {
                    App.update(&state, action, context)
                    blackHole(state.render(dataset).grid.width)
                })
            }
        }
    }
}

extension Scenarios {
    /// A follower drawing each slide of the default deck at 80x24, as it does on every slide
    /// change of a talk (50 followers do this 50 times).
    mutating func slides(_ column: String, _ dataset: Dataset) {
        var display = Display(language: .zh, themeName: "dark", asOf: benchDay)
        (display.width, display.height) = (80, 24)
        var presentation = Presentation(deck: Deck.default(dataset, asOf: benchDay), display: display, now: .now)
        let titles = SlideTitles(presentation.deck, display: display, dataset: dataset)
        for index in presentation.deck.slides.indices {
            presentation.index = index
            var follower = Follower(display: display, notes: false)
            follower.receive(.position(presentation.sharedPosition(dataset, titles: titles)))
            record("follower slide \(index + 1) \(presentation.slide.view)", column, Stopwatch.time(runs: runs) {
                blackHole(FollowScreen.render(follower, dataset, clock: "09:30").grid.width)
            })
        }
    }
}

/// Keeps the optimiser from dropping work whose result is otherwise unused.
@inline(never) func blackHole<T>(_ value: T) { withExtendedLifetime(value) {} }

func readText(_ path: String) throws -> String {
    guard let data = FileManager.default.contents(atPath: path) else { throw BenchError("cannot read \(path)") }
    return String(decoding: data, as: UTF8.self)
}

/// Every data file of a directory, read into memory, for the parse-only step.
func readDataFiles(_ directory: String) throws -> [DataFile] {
    let names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    return try names.filter { $0.hasSuffix(".json") || $0.hasSuffix(".csv") }.map { name in
        let path = directory + "/" + name
        guard let data = FileManager.default.contents(atPath: path) else { throw BenchError("cannot read \(path)") }
        return DataFile(name: path, bytes: [UInt8](data))
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
