import BuiltinData
import Foundation
import IndustryShare
@testable import IndustryApp
import IndustryModel
import IndustryViews
import TerminalKit
import Testing

/// The run loops driven through the in-memory backend: what they draw, when, and what
/// they wait for, without a terminal.
@Suite("Run loops") struct RunLoopTests {
    static let dataset = try! BuiltinData.load()
    static let themes = ThemeCatalog.builtIn()

    static func session(_ backend: TestBackend) -> TerminalSession {
        TerminalSession(backend: backend, themes: themes, environment: ["TERM": "xterm-256color"], themeChosen: false,
                        play: nil, record: false)
    }

    static func state() -> DashboardState {
        DashboardState(cityID: "nantong", language: .en, asOf: Day(iso: "2026-12-01")!)
    }

    @Test func theDashboardRedrawsOnlyWhenTheStateChanged() {
        // ↓ changes the selection; an unknown key and a key on the last row change nothing.
        let backend = TestBackend(script: [.key(.down), .key(.unknown), .key(.down), .key(.down), .key(.down), .key(.character("q"))])
        RunLoop.dashboard(Self.session(backend), state: Self.state(), context: AppContext(dataset: Self.dataset, themeNames: Self.themes.names),
                          watch: nil)
        // The first frame, then one a selection change: Nantong → Suzhou → Nanjing, and the
        // third ↓ on the last card changes nothing; unknown keys never draw.
        #expect(backend.drawn.count == 3)
        #expect(backend.script.isEmpty, "q ended the loop after the last key")
        #expect(backend.drawn.last?.lines.first == " IndustryDash  1 Nantong  2 Suzhou  3 Nanjing                                                          as of 2026-12-01 ")
        // It idles with no timeout: nothing to wake for but keys.
        #expect(backend.waits.allSatisfy { $0.timeout == nil && $0.descriptors.isEmpty })
    }

    @Test func theDashboardFitsTheTerminalAndAnswersAResize() {
        let backend = TestBackend(width: 80, height: 24, script: [.key(.resize(width: 100, height: 30))])
        RunLoop.dashboard(Self.session(backend), state: Self.state(), context: AppContext(dataset: Self.dataset, themeNames: Self.themes.names),
                          watch: nil)
        #expect(backend.drawn.map { [$0.width, $0.height] } == [[80, 24], [100, 30]])
    }

    @Test func ctrlZSuspendsAndRedrawsOnResume() {
        let backend = TestBackend(script: [.key(.control("z")), .key(.character("q"))])
        RunLoop.dashboard(Self.session(backend), state: Self.state(), context: AppContext(dataset: Self.dataset, themeNames: Self.themes.names),
                          watch: nil)
        #expect(backend.suspensions == 1)
        // The shell used the screen meanwhile: the same state is drawn again.
        #expect(backend.drawn.count == 2)
        #expect(backend.drawn[0] == backend.drawn[1])
    }

    @Test func aHangUpEndsTheDashboard() {
        let backend = TestBackend(script: [])
        RunLoop.dashboard(Self.session(backend), state: Self.state(), context: AppContext(dataset: Self.dataset, themeNames: Self.themes.names),
                          watch: nil)
        #expect(backend.drawn.count == 1)
    }

    @Test func ctrlZSuspendsThePresenterAndTheFollowerToo() throws {
        let presenterBackend = TestBackend(script: [.key(.control("z")), .key(.character("q"))])
        var presentation = Presentation(deck: Deck.default(Self.dataset), display: Self.state().display, now: .now)
        _ = PresentLoop.present(Self.session(presenterBackend), &presentation, Self.dataset, nil, clock: { "09:30" })
        #expect(presenterBackend.suspensions == 1)
        #expect(presenterBackend.drawn.count == 2, "the slide drawn again after fg")

        let path = NSTemporaryDirectory() + "idash-suspend-\(getpid()).sock"
        let server = try ShareServer(path: path)
        defer { server.close() }
        let followerBackend = TestBackend(script: [.key(.control("z")), .key(.character("q"))])
        var follower = FollowerProgram(follower: Follower(display: Self.state().display, notes: false),
                                       client: try ShareClient(path: path), context: AppContext(dataset: Self.dataset, themeNames: []))
        LiveLoop.run(&follower, on: Self.session(followerBackend))
        #expect(followerBackend.suspensions == 1)
        #expect(followerBackend.drawn.count == 2)
        follower.client.close()
    }

    @Test func thePresenterWaitsForTheClockAndLeavesToTheDashboardOnEsc() {
        let backend = TestBackend(script: [.key(.right), .timeout, .key(.escape)])
        let session = Self.session(backend)
        var presentation = Presentation(deck: Deck.default(Self.dataset), display: Self.state().display, now: .now)
        let left = PresentLoop.present(session, &presentation, Self.dataset, nil, clock: { "09:30" })
        #expect(presentation.index == 1)
        // Title, slide 2; the timeout (the clock's minute, which here stands still) draws nothing.
        #expect(backend.drawn.count == 2)
        #expect(backend.drawn.last?.lines.last == " 2/20  Source 2025-12-10 (+2): Xinhua Daily Jiaohuidian (reporting the Nantong Bureau of Industry and IT's 14th…  09:30 ")
        // Each wait has a deadline: the next minute for the clock (no auto-advance here).
        #expect(backend.waits.allSatisfy { ($0.timeout ?? .max) <= 60_000 })
        #expect(left?.navigation.stack == [.overview], "Esc on the overview slide leaves to the overview")
    }
}

/// A follower and a presenter over a real socket, the follower's loop on the in-memory backend.
@Suite("Run loops with a share") struct SharedLoopTests {
    @Test func theFollowerDrawsEachPositionThePresenterPublishes() throws {
        let dataset = RunLoopTests.dataset
        let path = "/tmp/idash-loop-test-\(getpid()).sock"
        let server = try ShareServer(path: path)
        defer { server.close() }
        // A follower already waiting when the talk starts receives every slide shown, in order.
        let early = try ShareClient(path: path)
        defer { early.close() }
        var presentation = Presentation(deck: Deck.default(dataset), display: RunLoopTests.state().display, now: .now)
        // The presenter publishes each slide it shows: two → and a q.
        let presenter = TestBackend(script: [.key(.right), .key(.right), .key(.character("q"))])
        _ = PresentLoop.present(RunLoopTests.session(presenter), &presentation, dataset, server)
        #expect(presentation.index == 2)
        #expect(Self.slideIndices(received: early) == [0, 1, 2])
        // A follower joining now gets the latest position at once.
        let client = try ShareClient(path: path)
        defer { client.close() }
        for _ in 0..<50 where client.fileDescriptor != nil { server.service(); usleep(2_000) }
        var follower = Follower(display: RunLoopTests.state().display, notes: false)
        follower.receive(client.readAvailable())
        #expect(follower.position?.slideIndex == 2)
    }

    /// The slide of each line waiting on the client's socket, read raw so that none is
    /// folded into the newest as `readAvailable` does.
    static func slideIndices(received client: ShareClient) -> [Int] {
        guard let fd = client.fileDescriptor else { return [] }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
            guard count > 0 else { break }
            bytes += buffer[..<count]
        }
        return bytes.split(separator: UInt8(ascii: "\n")).compactMap { try? SharePosition.decode(line: Array($0)).slideIndex }
    }
}

/// The loop's other wakes: a watched folder's change, a follower finding a restarted talk.
@Suite("Run loops waking for descriptors") struct DescriptorLoopTests {
    @Test func aSavedChangeInTheWatchedFolderReloadsAndRedraws() throws {
        let directory = NSTemporaryDirectory() + "idash-loop-watch-\(getpid())"
        try? FileManager.default.removeItem(atPath: directory)
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        for file in BuiltinData.files { FileManager.default.createFile(atPath: directory + "/" + file.name, contents: Data(file.bytes)) }
        let dataset = try DatasetLoader.load(directory: directory)
        // The loop waits on the folder: the change, then the quiet spell, then q.
        let backend = TestBackend(steps: Array(repeating: .waitForDescriptors(maxMilliseconds: 1000), count: 6) + [
                                          .wake(.key(.character("q")))])
        let csv = directory + "/observations.csv"
        let text = try String(contentsOfFile: csv, encoding: .utf8)
            .replacingOccurrences(of: "nanjing,software-revenue,2025-12-31,10200", with: "nanjing,software-revenue,2025-12-31,10300")
        // Saved while the loop waits, as an editor would.
        Thread.detachNewThread {
            usleep(300_000)
            try? text.write(toFile: csv, atomically: true, encoding: .utf8)
        }
        var program = DashboardProgram(state: RunLoopTests.state(),
                                       context: AppContext(dataset: dataset, themeNames: RunLoopTests.themes.names),
                                       reloader: DataReloader(directory: directory))
        LiveLoop.run(&program, on: RunLoopTests.session(backend))
        // The saved figure is the one on screen now, and nothing is reported wrong.
        let saved = program.context.dataset.city("nanjing")?.indicator("software-revenue")?.observations.last?.value
        #expect(saved == 10300)
        #expect(program.state.status.dataError == nil)
        // Drawn at the start and again after the reload, with nothing pressed in between.
        #expect(backend.drawn.count == 2, "\(backend.waits.map(\.timeout))")
        #expect(backend.waits.first?.descriptors.isEmpty == false, "the loop watches the folder")
    }
}
