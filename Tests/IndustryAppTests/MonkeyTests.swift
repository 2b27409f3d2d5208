import TerminalKit
import Foundation
import IndustryApp
import IndustryModel
import IndustryTerminal
import IndustryViews
import Testing
import TestSupport

/// Random keys, mouse events and resizes, rendered after each one, with fixed seeds so a
/// failure repeats. `swift test` sends 5,000 keys (a debug build renders about 250 frames a
/// second); the full 100,000 run is `IDASH_MONKEY_KEYS=100000 swift test -c release --filter
/// Monkey` (README, "Testing"), and `IDASH_MONKEY_SEED` picks another round.
@Suite("Monkey and resize storm")
struct MonkeyTests {
    static let keyCount = environmentNumber("IDASH_MONKEY_KEYS") ?? 5_000
    static let seed = UInt64(environmentNumber("IDASH_MONKEY_SEED") ?? 20_261_125)

    @Test("Random keys and clicks never crash, never spill, and Esc always leads home")
    func monkey() throws {
        var random = SplitMix64(seed: Self.seed)
        var session = Session(width: 120, height: 40)
        for step in 0..<Self.keyCount {
            let key = Self.randomKey(&random, width: session.state.display.width, height: session.state.display.height)
            session.press(key)
            session.quit = false  // the monkey presses q too; a real run would end here
            let grid = session.grid
            guard grid.width == max(session.state.display.width, 0), grid.height == max(session.state.display.height, 0) else {
                Issue.record("step \(step) after \(key): grid \(grid.width)x\(grid.height), state \(session.state.display.width)x\(session.state.display.height)")
                return
            }
            if let bad = Self.controlCharacter(in: grid) {
                Issue.record("step \(step) after \(key): control character U+\(String(bad.value, radix: 16)) on screen")
                return
            }
            guard Self.escapeLeadsHome(from: session) else {
                Issue.record("step \(step) after \(key): Esc does not lead back to the overview from \(session.state.navigation.stack)")
                return
            }
        }
    }

    @Test("A storm of 500 resizes from 1x1 to 400x120 ends on a screen of the final size")
    func resizeStorm() {
        var random = SplitMix64(seed: Self.seed ^ 0x5EED)
        var session = Session()
        session.press(.enter, .tab, .down, .enter)  // somewhere deep, with a selection
        for _ in 0..<500 {
            let width = 1 + random.below(400), height = 1 + random.below(120)
            session.press(.resize(width: width, height: height))
            let grid = session.grid
            #expect(grid.width == width && grid.height == height)
        }
        session.press(.resize(width: 80, height: 24))
        #expect(session.lines.count == 24)
        #expect(session.lines.allSatisfy { CellWidth.of($0) <= 80 })
        session.expectRows([
            0: " IndustryDash  1 南通  2 苏州  3 南京                         判断日 2026-11-25 ",
        ])
    }

    // MARK: - The monkey's keyboard

    /// Every key the map knows, some it does not, typed text (Chinese too), mouse events
    /// anywhere on screen and, rarely, a resize to any size from 1x1 to 400x120.
    static func randomKey(_ random: inout SplitMix64, width: Int, height: Int) -> Key {
        let named: [Key] = [.up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape,
                            .backspace, .tab, .backTab, .delete, .function(1), .function(5), .unknown,
                            .control("z"), .control("l")]
        let typed = Array("hjklgGoctvs/TL?1234567890 aé南通苏州\u{1b}\u{7}q")
        switch random.below(100) {
        case 0..<45: return named[random.below(named.count)]
        case 45..<80: return .character(typed[random.below(typed.count)])
        case 80..<97:
            let actions: [MouseEvent.Action] = [.click(button: 1), .click(button: 3), .doubleClick(button: 1), .wheelUp, .wheelDown]
            return .mouse(MouseEvent(actions[random.below(actions.count)],
                                     x: random.below(max(width, 1) + 2) - 1, y: random.below(max(height, 1) + 2) - 1))
        default:
            // Mostly usable sizes, sometimes tiny or huge ones.
            if random.below(4) == 0 { return .resize(width: 1 + random.below(400), height: 1 + random.below(120)) }
            return .resize(width: 60 + random.below(100), height: 18 + random.below(40))
        }
    }

    /// Esc (at most a few times) closes search and help and climbs back to the overview.
    static func escapeLeadsHome(from session: Session) -> Bool {
        var copy = session
        for _ in 0..<8 {
            if copy.state.navigation.stack == [.overview], copy.state.navigation.search == nil, !copy.state.navigation.showHelp { return true }
            copy.press(.escape)
        }
        return copy.state.navigation.stack == [.overview] && copy.state.navigation.search == nil && !copy.state.navigation.showHelp
    }

    /// The first C0, DEL, C1 or bidi control left in any cell: none may reach the terminal.
    static func controlCharacter(in grid: Grid) -> Unicode.Scalar? {
        for cell in grid.cells {
            for scalar in cell.text.unicodeScalars where isControl(scalar) { return scalar }
        }
        return nil
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F..<0xA0).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
