import TerminalKit
import BuiltinData
import Foundation
@testable import IndustryApp
import IndustryModel
import IndustryTerminal
import IndustryViews
import Testing

/// `--watch`: new data under the user keeps their place where it still exists.
@Suite("Live reload")
struct ReloadTests {
    @Test("The selection follows its indicator when rows before it disappear")
    func selectionFollowsItsRow() throws {
        var session = Session()
        session.press(.character("t"), .down, .down, .down)
        let before = try #require(selectedIndicator(session))
        var data = session.dataset
        data.cities[0].indicators.removeAll { $0.id != before && $0.id == firstIndicatorID(session) }
        App.reload(&session.state, from: session.dataset, to: data)
        let after = Screens.rows(session.state.screen, panel: 0, filteredBy: session.state.navigation, session.state.display, data)
        #expect(after[session.state.navigation.selection(0)] == .indicator(city: "nantong", indicator: before))
        #expect(session.state.navigation.selection(0) == 2)
    }

    @Test("A screen whose cluster or city is gone is left for the nearest one that exists")
    func vanishedScreensAreLeft() {
        var session = Session()
        session.press(.enter, .enter)  // Nantong, its first cluster
        guard case .cluster(_, let cluster) = session.state.screen else { Issue.record("not on a cluster"); return }
        var data = session.dataset
        data.cities[0].clusters.removeAll { $0.id == cluster }
        App.reload(&session.state, from: session.dataset, to: data)
        #expect(session.state.navigation.stack == [.overview, .city("nantong")])

        data.cities.removeFirst()
        App.reload(&session.state, from: session.dataset, to: data)
        #expect(session.state.navigation.stack == [.overview])
        #expect(session.state.navigation.cityID == "suzhou")
    }

    @Test("A bad save keeps the last good data and names the problem until it is fixed")
    func badSaveKeepsGoodData() throws {
        let directory = try copyOfSampleData()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var program = DashboardProgram(state: DashboardState(cityID: "nantong", language: .en, asOf: Day(iso: "2026-11-25")!),
                                       context: AppContext(dataset: try DatasetLoader.load(directory: directory), themeNames: []),
                                       reloader: DataReloader(directory: directory))
        program.state.display.width = 120
        let good = program.context.dataset
        let file = directory + "/suzhou.json"
        let text = try String(contentsOfFile: file, encoding: .utf8)

        // Saved the way editors do: a new file renamed over the old one. The settled folder
        // asks for a reload; the loop's load fails, and the program keeps the good data.
        try save(text.replacingOccurrences(of: "\"order\": 2,", with: "\"order\": \"two\","), to: file)
        #expect(settle(&program) == [.reload(directory: directory)])
        reloadAsTheLoopDoes(&program, directory)
        #expect(program.context.dataset == good)
        let error = try #require(program.state.status.dataError)
        #expect(error.hasPrefix("data not reloaded: suzhou.json:"), "\(error)")
        #expect(error.contains("must be a whole number"), "\(error)")
        // The status bar (the row above the key hints) says so first, and only the file's own
        // problem: Suzhou's CSV rows do not each add that the city is missing.
        let statusRow = program.render().grid.lines[38]
        #expect(statusRow == #" Overview  data not reloaded: suzhou.json:4:11: field 'order' must be a whole number from 1 to 999, found "two"  32 ci… "#)

        try save(text.replacingOccurrences(of: "\"en\": \"Suzhou\"", with: "\"en\": \"Suzhou City\""), to: file)
        #expect(settle(&program) == [.reload(directory: directory)])
        reloadAsTheLoopDoes(&program, directory)
        #expect(program.state.status.dataError == nil)
        #expect(program.context.dataset.city("suzhou")?.name.en == "Suzhou City")
    }

    // MARK: - Helpers

    func selectedIndicator(_ session: Session) -> String? {
        let rows = Screens.rows(session.state.screen, panel: 0, filteredBy: session.state.navigation, session.state.display, session.dataset)
        if case .indicator(_, let id) = rows[session.state.navigation.selection(0)] { return id }
        return nil
    }

    func firstIndicatorID(_ session: Session) -> String? {
        let rows = Screens.rows(session.state.screen, panel: 0, filteredBy: session.state.navigation, session.state.display, session.dataset)
        if case .indicator(_, let id)? = rows.first { return id }
        return nil
    }

    func copyOfSampleData() throws -> String {
        let directory = NSTemporaryDirectory() + "idash-reload-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for file in BuiltinData.files {
            FileManager.default.createFile(atPath: directory + "/" + file.name, contents: Data(file.bytes))
        }
        return directory
    }

    func save(_ text: String, to path: String) throws {
        try text.write(toFile: path + ".tmp", atomically: false, encoding: .utf8)
        guard rename(path + ".tmp", path) == 0 else { throw CocoaError(.fileWriteUnknown) }
    }

    /// Waits (at most two seconds) for the watcher to see the change and the quiet spell to
    /// pass, handing each wake to the program as the run loop would; the effects it asked for.
    func settle(_ program: inout DashboardProgram) -> [Effect] {
        let start = monotonicMilliseconds()
        while monotonicMilliseconds() - start < 2000 {
            var wake = Wake.timeout
            if let reloader = program.reloader, let fd = reloader.watcher.fileDescriptor {
                var descriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                let now = Moment.now
                let timeout = reloader.deadline(now: now).map { now.milliseconds(until: $0) } ?? 2000
                if poll(&descriptor, 1, Int32(timeout)) > 0 { wake = .ready([ReadyDescriptor(fd: fd)]) }
            } else {
                usleep(1_000_000)
            }
            let effects = program.handle(.wake(wake), frame: nil, now: .now)
            if !effects.isEmpty { return effects }
        }
        return []
    }

    /// Performs the reload the program asked for, as the loop does, and hands it the result.
    func reloadAsTheLoopDoes(_ program: inout DashboardProgram, _ directory: String) {
        guard let loaded = LiveLoop.outcome(of: .reload(directory: directory), share: nil) else { return }
        #expect(program.handle(loaded, frame: nil, now: .now).isEmpty)
    }
}
