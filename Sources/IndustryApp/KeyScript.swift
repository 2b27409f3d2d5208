import TerminalKit
import IndustryTerminal

/// A rehearsed demo: key presses with the pauses between them, recorded with `--record FILE`
/// and replayed with `--play FILE`. One press a line, the pause before it in milliseconds,
/// then the key's name, so a presenter can also write or trim a script by hand:
///
///     # idash key script
///     1500 Right
///     800 Enter
///     2000 t
///
/// Names are those of the help screen: a character stands for itself, and Up, Down, Left,
/// Right, PgUp, PgDn, Home, End, Enter, Esc, Backspace, Tab, Shift-Tab, Delete, Space, F1…F12
/// and Ctrl-X name the rest. Mouse events and resizes are not recorded: a replay happens
/// on another terminal, at its own size.
public struct KeyScript: Equatable, Sendable {
    public struct Step: Equatable, Sendable {
        public var pauseMilliseconds: Int
        public var key: Key

        public init(pauseMilliseconds: Int, key: Key) {
            self.pauseMilliseconds = pauseMilliseconds
            self.key = key
        }
    }

    public var steps: [Step]

    public init(steps: [Step] = []) { self.steps = steps }

    /// Reads a script; every bad line is reported as `file:line: problem`.
    public static func parse(_ text: String, file: String) throws(KeyScriptError) -> KeyScript {
        var steps: [Step] = []
        var problems: [String] = []
        for (number, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.allSatisfy(\.isWhitespace) || line.hasPrefix("#") { continue }
            guard let space = line.firstIndex(of: " "), let pause = Int(line[..<space]), (0...3_600_000).contains(pause) else {
                problems.append("\(file):\(number + 1): expected a pause in milliseconds (0 to 3600000), a space and a key, found \"\(line)\"")
                continue
            }
            let name = String(line[line.index(after: space)...])
            guard let key = Self.key(named: name) else {
                problems.append("\(file):\(number + 1): unknown key \"\(name)\" (names: a character, Up, Down, Left, Right, PgUp, PgDn, Home, End, Enter, Esc, Backspace, Tab, Shift-Tab, Delete, Space, F1-F12, Ctrl-X)")
                continue
            }
            steps.append(Step(pauseMilliseconds: pause, key: key))
        }
        guard problems.isEmpty else { throw KeyScriptError(problems: problems) }
        return KeyScript(steps: steps)
    }

    /// The script as a file, with a header line saying what it is.
    public var text: String {
        "# idash key script: pause in milliseconds, then the key\n"
            + steps.map { "\($0.pauseMilliseconds) \(Self.name(of: $0.key))\n" }.joined()
    }

    /// Whether a key belongs in a recording (not mouse events, resizes, hang-ups or Ctrl-Z,
    /// which would suspend the replay).
    public static func isRecordable(_ key: Key) -> Bool {
        switch key {
        case .mouse, .resize, .unknown, .hangup, .control("z"): return false
        default: return true
        }
    }

    static let named: [String: Key] = [
        "Up": .up, "Down": .down, "Left": .left, "Right": .right, "PgUp": .pageUp, "PgDn": .pageDown,
        "Home": .home, "End": .end, "Enter": .enter, "Esc": .escape, "Backspace": .backspace, "Tab": .tab,
        "Shift-Tab": .backTab, "Delete": .delete, "Space": .character(" "),
    ]

    static func key(named name: String) -> Key? {
        if let key = named[name] { return key }
        if name.count == 1, let character = name.first, !character.isWhitespace,
           !character.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return .character(character)
        }
        if name.hasPrefix("F"), let number = Int(name.dropFirst()), (1...12).contains(number) { return .function(number) }
        if name.hasPrefix("Ctrl-"), name.count == 6, let letter = name.last, letter.isASCII {
            return .control(Character(letter.lowercased()))
        }
        return nil
    }

    static func name(of key: Key) -> String {
        // The help screen's names; the description of a character is the character itself.
        key.description
    }
}

/// A key script that cannot be read: every problem, one a line.
public struct KeyScriptError: Error, Equatable, Sendable, CustomStringConvertible {
    public var problems: [String]
    public var description: String { problems.joined(separator: "\n") }
}

/// Replays a script against a clock: the run loop asks when the next key is due and takes
/// it when that time comes. Keys typed meanwhile still work; a replay never blocks them.
public struct KeyPlayer: Sendable {
    private var steps: ArraySlice<KeyScript.Step>
    private var lastAt: Moment

    public init(_ script: KeyScript, startedAt now: Moment) {
        steps = script.steps[...]
        lastAt = now
    }

    public var isFinished: Bool { steps.isEmpty }

    /// When the next key is due, or nil at the end.
    public var nextDue: Moment? { steps.first.map { lastAt + .milliseconds($0.pauseMilliseconds) } }

    /// The next key if it is due at `now`.
    public mutating func take(now: Moment) -> Key? {
        guard let due = nextDue, now >= due, let step = steps.popFirst() else { return nil }
        lastAt = due
        return step.key
    }
}

/// Records key presses with the pauses between them.
public struct KeyRecorder: Sendable {
    public private(set) var script = KeyScript()
    private var lastAt: Moment

    public init(startedAt now: Moment) { lastAt = now }

    /// The recording as a demo to replay: without the key that ended the rehearsal, since
    /// a replay that quit by itself would leave the presenter at a shell prompt.
    public var demo: KeyScript {
        var demo = script
        if let last = demo.steps.last?.key, last == .character("q") || last == .control("c") { demo.steps.removeLast() }
        return demo
    }

    public mutating func record(_ key: Key, at now: Moment) {
        guard KeyScript.isRecordable(key) else { return }
        script.steps.append(KeyScript.Step(pauseMilliseconds: min(lastAt.milliseconds(until: now), 3_600_000), key: key))
        lastAt = now
    }
}
