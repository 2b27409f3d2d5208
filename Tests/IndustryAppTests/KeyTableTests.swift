import IndustryApp
import IndustryModel
import IndustryViews
import TerminalKit
import Testing

/// One table says what the keys do: dispatch, help and the footer cannot disagree.
@Suite("Key table") struct KeyTableTests {
    static let everyKey: [Key] = (32...126).map { .character(Character(UnicodeScalar($0)!)) }
        + [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .backspace, .tab, .backTab, .delete,
           .function(1), .function(5), .control("c"), .control("z"), .unknown, .hangup]

    @Test func everyKeyThatDoesSomethingIsInTheHelpOverlay() {
        let state = DashboardState(cityID: "nantong", language: .en, asOf: Day(iso: "2026-12-01")!)
        let listed = Set(KeyTable.browsing.flatMap(\.bindings).flatMap(\.keys))
        for key in Self.everyKey where KeyMap.action(for: key, in: state.navigation) != nil {
            #expect(listed.contains(key), "\(key) acts but help does not list it")
        }
        // And every row of help but the mouse has keys that act.
        for row in KeyTable.browsing where !row.bindings.isEmpty {
            #expect(row.bindings.allSatisfy { $0.keys.allSatisfy { KeyMap.action(for: $0, in: state.navigation) != nil } }, "\(row.label)")
        }
    }

    @Test func everyFooterHintNamesAKeyOfTheTableThatActsThere() {
        var state = DashboardState(cityID: "nantong", language: .en, asOf: Day(iso: "2026-12-01")!)
        for screen in [Screen.overview, .city("nantong"), .targets(city: "nantong"), .compare(indicator: "gdp")] {
            state.navigation.stack = [.overview, screen]
            let context = Screens.hintContext(state.navigation, state.display, RunLoopTests.dataset)
            let bindings = KeyTable.browsing.flatMap(\.bindings).filter { $0.hint?.when(context) == true }
            #expect(bindings.count == KeyTable.hints(for: context, language: state.display.language).count)
            for binding in bindings {
                #expect(binding.keys.contains { KeyMap.action(for: $0, in: state.navigation) == binding.action($0) })
            }
        }
    }
}
