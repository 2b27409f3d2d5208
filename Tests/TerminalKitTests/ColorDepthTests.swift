import Testing
@testable import TerminalKit

private let direct = 16_777_216  // what a direct-colour terminfo entry (xterm-direct) declares

@Test(arguments: [
    // (environment, terminfo colours, expected depth)
    ([:], 256, ColorDepth.indexed256),
    ([:], 88, .sixteen),  // rxvt-88color: between depths, round down
    ([:], 16, .sixteen),
    ([:], 8, .eight),  // TERM=xterm, the Linux console
    ([:], 2, .none),
    ([:], 0, .none),
    ([:], -1, .none),  // tigetnum's "no such capability" (TERM=dumb)
    (["COLORTERM": "truecolor"], direct, .trueColor),
    (["COLORTERM": "24bit"], direct, .trueColor),
    // ncurses can only send what terminfo describes: xterm-256color has no 24-bit sequence.
    (["COLORTERM": "truecolor"], 256, .indexed256),
    (["COLORTERM": "24bit"], 8, .eight),
    // SSH and sudo drop COLORTERM; a direct-colour entry still needs RGB values.
    ([:], direct, .trueColor),
    (["NO_COLOR": "1", "COLORTERM": "truecolor"], direct, .none),
    (["NO_COLOR": "0"], 256, .none),  // any non-empty value counts, even "0"
    (["NO_COLOR": ""], 256, .indexed256),  // set but empty: ignored, as no-color.org says
] as [([String: String], Int, ColorDepth)])
func theColourDepthFollowsTerminfoAndNoColor(environment: [String: String], colors: Int, expected: ColorDepth) {
    #expect(ColorDepth.detect(environment: environment, terminfoColors: colors) == expected)
}
