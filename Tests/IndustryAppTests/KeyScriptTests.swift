import TerminalKit
import IndustryApp
import IndustryTerminal
import Testing

/// `--record` and `--play`: a rehearsed demo replays its keys with their pauses.
@Suite("Key scripts")
struct KeyScriptTests {
    @Test("A recording writes each key with the pause before it, and reads back the same")
    func recordAndReadBack() throws {
        var recorder = KeyRecorder(startedAt: 1_000)
        recorder.record(.right, at: 2_500)
        recorder.record(.mouse(MouseEvent(.click(button: 1), x: 3, y: 4)), at: 2_600)  // not recorded
        recorder.record(.character("中"), at: 2_700)
        recorder.record(.character(" "), at: 2_700)
        recorder.record(.control("c"), at: 3_000)
        recorder.record(.function(5), at: 3_001)
        let text = recorder.script.text
        #expect(text.hasSuffix("1500 Right\n200 中\n0 Space\n300 Ctrl-C\n1 F5\n"))
        #expect(try KeyScript.parse(text, file: "demo.keys") == recorder.script)
    }

    @Test("A demo leaves out the q that ended the rehearsal, and Ctrl-Z")
    func demoDropsTheQuit() {
        var recorder = KeyRecorder(startedAt: 0)
        recorder.record(.right, at: 100)
        recorder.record(.control("z"), at: 150)
        recorder.record(.character("q"), at: 200)
        #expect(recorder.demo.steps == [KeyScript.Step(pauseMilliseconds: 100, key: .right)])
    }

    @Test("Every bad line is named with its file and line")
    func badLines() {
        let text = "# demo\n100 Right\nRight\n-5 Left\n100 Hyper-X\n\n200 Enter\n"
        #expect(throws: KeyScriptError.self) { try KeyScript.parse(text, file: "demo.keys") }
        do {
            _ = try KeyScript.parse(text, file: "demo.keys")
        } catch {
            #expect(error.problems.count == 3)
            #expect(error.problems[0].hasPrefix("demo.keys:3: expected a pause in milliseconds"))
            #expect(error.problems[1].hasPrefix("demo.keys:4: expected a pause"))
            #expect(error.problems[2].hasPrefix("demo.keys:5: unknown key \"Hyper-X\""))
        }
    }

    @Test("A player hands out each key when its pause has passed, counted from the one before")
    func playerKeepsThePauses() throws {
        let script = try KeyScript.parse("1000 Right\n0 Right\n500 q\n", file: "s")
        var player = KeyPlayer(script, startedAt: 10_000)
        #expect(player.nextDue == 11_000)
        #expect(player.take(now: 10_999) == nil)
        #expect(player.take(now: 11_200) == .right)
        #expect(player.take(now: 11_200) == .right)   // no pause: at once
        #expect(player.nextDue == 11_500)             // from when the last one was due, not taken
        #expect(player.take(now: 11_499) == nil)
        #expect(player.take(now: 11_500) == .character("q"))
        #expect(player.isFinished && player.nextDue == nil)
    }
}
