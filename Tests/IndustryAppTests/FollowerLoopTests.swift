import BuiltinData
import Foundation
@testable import IndustryApp
import IndustryModel
import IndustryShare
import TerminalKit
import Testing

/// A follower whose presenter ended finds the talk restarted on the same socket by itself.
@Test func aFollowerReconnectsWhenThePresenterStartsAgain() throws {
    let dataset = RunLoopTests.dataset
    let path = NSTemporaryDirectory() + "idash-reconnect-\(getpid()).sock"
    var presentation = Presentation(deck: Deck.default(dataset), display: RunLoopTests.state().display, now: .now)
    presentation.index = 3
    let first = try ShareServer(path: path)
    let client = try ShareClient(path: path)
    for _ in 0..<20 { first.service(); usleep(1_000) }
    first.publish(presentation.sharedPosition(dataset))
    for _ in 0..<20 { first.service(); usleep(1_000) }
    first.close()  // the talk ends
    let second = try ShareServer(path: path)  // and starts again on the same socket
    defer { second.close() }
    presentation.index = 5
    // The follower reads the end, waits for its retry deadline, connects to the new talk.
    let backend = TestBackend(steps: [.waitForDescriptors(maxMilliseconds: 500), .wake(.timeout),
                                      .wake(.key(.character("q")))])
    var program = FollowerProgram(follower: Follower(display: RunLoopTests.state().display, notes: false), client: client,
                                  context: AppContext(dataset: dataset, themeNames: ["dark"]))
    for _ in 0..<50 where !program.follower.presenterGone {
        program.follower.receive(client.readAvailable())
        usleep(2_000)
    }
    #expect(program.follower.position?.slideIndex == 3)
    #expect(program.follower.presenterGone, "the follower read that the talk ended")
    LiveLoop.run(&program, on: RunLoopTests.session(backend))
    #expect(!program.follower.presenterGone, "connected to the restarted talk")
    #expect(program.client !== client)
    // While gone, it waited for its retry (2 s), not for the clock's minute, which can be
    // under 2 s away only near a minute's end and never a whole 2 s minus a moment.
    let retry = Int(FollowLoop.retry.milliseconds)
    #expect(backend.waits.first?.timeout.map { $0 > retry - 100 && $0 <= retry } == true, "\(backend.waits.map(\.timeout))")
    // The new presenter's first position reaches the follower once published.
    for _ in 0..<20 { second.service(); usleep(1_000) }
    second.publish(presentation.sharedPosition(dataset))
    for _ in 0..<50 { second.service(); usleep(2_000); program.follower.receive(program.client.readAvailable()) }
    #expect(program.follower.position?.slideIndex == 5)
    program.client.close()
}
