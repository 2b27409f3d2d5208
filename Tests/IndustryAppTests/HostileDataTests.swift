import TerminalKit
import Foundation
import IndustryModel
import IndustryTerminal
import IndustryViews
import Testing

/// Names that carry terminal escapes (title change, OSC 52 clipboard write, screen clear,
/// reset, bell, C1 CSI, bidi override) show as visible placeholders on every screen.
@Suite("Hostile data")
struct HostileDataTests {
    static let dataset: Dataset = {
        let fixture = "\(#filePath)".replacingOccurrences(of: "/IndustryAppTests/HostileDataTests.swift",
                                                          with: "/Fixtures/hostile-data")
        return try! DatasetLoader.load(directory: fixture)
    }()

    @Test("Every screen shows escapes as placeholders and sends none", arguments: [Language.zh, .en], [false, true])
    func everyScreen(language: Language, ascii: Bool) {
        var session = Session(language: language, ascii: ascii, dataset: Self.dataset)
        var screens: [String] = []
        func look(_ keys: Key...) {
            session.press(keys)
            #expect(MonkeyTests.controlCharacter(in: session.grid) == nil, "control character after \(keys)")
            screens.append(session.screen)
        }
        look()                                  // overview
        look(.enter)                            // the city
        look(.tab, .enter)                      // its cluster
        look(.escape, .character("t"))          // targets and the indicator's detail
        look(.enter)
        look(.character("/"), .character("\u{1b}"), .character("I"))  // a search typing ESC
        look(.escape, .character("?"))          // help
        let all = screens.joined(separator: "\n")
        #expect(all.contains(ascii ? "Evil?]0;PWNED-TITLE?City" : "Evil␛]0;PWNED-TITLE␇City") || language == .zh)
        #expect(!all.contains("\u{1b}"))
    }
}
