import IndustryApp
import IndustryModel
import IndustryViews
import TerminalKit
import Testing

/// Every text can be read in full: Enter reads a key fact or a plan task, the targets'
/// detail wraps and scrolls, `z` gives a panel the screen, a cut name is revealed.
@Suite("Text readable in full") struct ReadingTests {
    @Test func enterOnAKeyFactReadsItsValueDateWordingAndSource() {
        var session = Session(width: 80, height: 24, language: .en)
        session.press(.enter, .tab, .tab, .enter)
        #expect(session.state.navigation.reader != nil)
        session.expectRows([
            1: "┌ GDP growth ───────────────────────────────────────────────────────────── Esc ┐",
            2: "│GDP growth                                                                    │",
            4: "│Economy · Nantong                                                             │",
            5: "│Value: 6.2%                                                                   │",
            6: "│As of: 2024-12-31                                                             │",
            7: "│Wording: 「有力支撑地区生产总值增长6.2%、增速居全国万亿城市第二位」           │",
            23: "Esc close  ↑↓ scroll  y copy  ? help                                            ",
        ])
        // q closes the reader, as it closes help: the dashboard is still there.
        session.press(.character("q"))
        #expect(session.state.navigation.reader == nil)
        #expect(session.path == "Overview › Nantong")
    }

    @Test func enterOnAPlanTaskReadsItsTextDepartmentsTargetsAndSourceAndScrolls() {
        var session = Session(width: 60, height: 20, language: .en)
        session.press(.enter, .enter, .tab, .enter)
        session.expectRows([
            1: "┌ Task 1 ───────────────────────────────────────────── Esc ┐",
            2: "│Shipbuilding and offshore engineering                     │",
            4: "│Action 1 Cluster cultivation                              │",
            5: "│Lead: Municipal Development and Reform Commission,        │",
            8: "│Responsible: Municipal Bureau of Agriculture and Rural    │",
            17: "└──────────────────────────────────────────────────────────┘",
            19: "Esc close  ↑↓ scroll  ? help                                ",
        ])
        session.press(.character("G"))
        session.expectRows([
            16: "│  Manufacturing Power City\", 2024-08-05                   │",
            17: "└──────────────────────────────────────────────────────────┘",
        ])
        session.press(.escape)
        #expect(session.state.navigation.reader == nil)
        #expect(session.path == "Overview › Nantong › Shipbuilding and offshore engineering")
    }

    @Test func tabFocusesTheTargetDetailWhichWrapsAndScrolls() {
        var session = Session(width: 80, height: 24, language: .zh)
        session.press(.character("t"), .tab)
        #expect(session.state.navigation.focus == 1)
        session.expectRows([
            12: "┌ 规上工业增加值增长率 ────────────────────────────────────────────────────────┐",
            13: "│规上工业增加值增长率                                                          │",
            // The detail describes the selected target: `y` copies it from here too.
            23: "←→ 城市  ↑↓ 滚动  s 排序  c 对比  Tab 面板  Esc 返回  ? 帮助  q 退出  / 搜索    ",
        ])
        session.press(.down, .down, .down)
        #expect(session.state.navigation.detailScroll == 3)
        session.expectRows([
            13: "│目标: 10% (2025)                                                             ↑│",
            20: "│████████████████预计70%█████░░░░░░░░░░░░                                     ↓│",
        ])
        // The table's selection did not move; moving it puts the detail back at its top.
        #expect(session.state.navigation.selection(0) == 0)
        session.press(.backTab, .down)
        #expect(session.state.navigation.detailScroll == 0)
    }

    @Test func zGivesTheFocusedPanelTheWholeBodyAndEscGivesItBack() {
        var session = Session(width: 80, height: 24, language: .en)
        session.press(.enter, .tab, .character("z"))
        session.expectRows([
            1: "┌ Targets (43) ──────────────────────────────── ✓0 +1 !0 ✗1 %0 ?35 ◊2 (2 exp.) ┐",
            21: "└──────────────────────────────────────────────────────────────────────────────┘",
        ])
        session.press(.escape)
        #expect(!session.state.navigation.zoomed)
        #expect(session.path == "Overview › Nantong")
    }

    @Test func aCutNameIsRevealedUnderTheRows() {
        var session = Session(width: 80, height: 24, language: .en)
        session.press(.enter, .tab)
        session.expectRows([
            8: "│▶1. Growth of above-s…           exp. 7%              10% 2025 ✗ exp. behind  │",
            14: "│ 1. Growth of above-scale industrial value added                              │",
        ])
    }

    @Test func theClusterViewAt60x20GivesEveryListARowAndTheEmptyOneOnlyItsLine() {
        var session = Session(width: 60, height: 20, language: .en)
        session.press(.enter, .enter)
        session.expectRows([
            1: "┌ Shipbuilding and offshore engineering ────────── Nantong ┐",
            7: "┌ Related indicators (1) ──────────────────────────────────┐",
            8: "│ Indicator                           Target Status        │",
            9: "│▶Output of the six key cl… aim >1.3 tn yuan + expected met│",
            10: "└──────────────────────────────────────────────────────────┘",
            11: "┌ Plan tasks (3) ──────────────────────────────────────────┐",
            12: "│  # Plan tasks                 Lead                       │",
            13: "│▷ 1 Shipbuilding and offshore… Municipal Development and…↓│",
            14: "└──────────────────────────────────────────────────────────┘",
            15: "┌ Projects and enterprises (0) ────────────────────────────┐",
            16: "│none named in the documents                               │",
            17: "└──────────────────────────────────────────────────────────┘",
        ])
    }
}
