import IndustryApp
import IndustryModel
import IndustryViews
import TerminalKit
import Testing

/// `f` filters the focused table: keys in, the narrowed table's rows out, whole.
@Suite("Filtering a table") struct FilterTests {
    @Test func onNantongsTargetsFNarrowsTheTableAsOneTypesAndTheTitleSaysSo() {
        var session = Session(width: 80, height: 24)
        session.press(.character("t"), .character("f"))
        session.type("5G")
        session.expectRows([
            1: "┌ 南通 · 目标 (2/43) · 筛选:5G ───────────────────────────────────── s: 按类别 ┐",
            2: "│ 指标 ↓                                   走势   最新     目标 年份 % 状态    │",
            3: "│▶省级智能制造示范工厂(5G工厂、工业互联网…      无数据 力争80个 2025   ? 无数据│",
            4: "│ 5G基站                                        无数据  2.8万座 2025   ? 无数据│",
            5: "│                                                                              │",
            // The one-line box, over the status line; the footer offers its keys.
            22: " 筛选:5G▏                                                                       ",
            23: "↵ 保留筛选  ↑↓ 选择  Esc 取消                                                   ",
        ])
        // Enter keeps it and goes back to browsing the rows it left.
        session.press(.enter)
        #expect(session.state.navigation.filtering == nil)
        session.expectRows([
            1: "┌ 南通 · 目标 (2/43) · 筛选:5G ───────────────────────────────────── s: 按类别 ┐",
            22: " 总览 › 南通 › 目标           来源 2024-08-05: 南通市制造强市建设领导小组办公室 ",
            23: "←→ 城市  ↑↓ 选择  s 排序  c 对比  Tab 面板  Esc 清除筛选  ? 帮助  q 退出  / 搜索",
        ])
        session.press(.down)
        session.expectRows([
            3: "│ 省级智能制造示范工厂(5G工厂、工业互联网…      无数据 力争80个 2025   ? 无数据│",
            4: "│▶5G基站                                        无数据  2.8万座 2025   ? 无数据│",
            12: "┌ 5G基站 ──────────────────────────────────────────────────────────────────────┐",
        ])
        // Esc while browsing clears the filter first; the selection stays on its row.
        session.press(.escape)
        #expect(session.path == "总览 › 南通 › 目标")
        session.expectRows([
            1: "┌ 南通 · 目标 (39 + 4 项无目标序列) ──────────────────────────────── s: 按类别 ┐",
            9: "│▶5G基站                            无数据         2.8万座 2025 ? 无数据       │",
        ])
        session.press(.escape)
        #expect(session.path == "总览 › 南通", "then Esc goes back")
    }

    @Test func enterOnAFilteredRowOpensThatRow() {
        // On the city's targets, Enter opens the targets screen at the indicator highlighted.
        var session = Session(width: 80, height: 24)
        session.press(.enter, .tab, .character("f"))
        session.type("5G")
        session.press(.enter, .down, .enter)
        #expect(session.path == "总览 › 南通 › 目标")
        session.expectRows([
            9: "│▶5G基站                            无数据         2.8万座 2025 ? 无数据       │",
            12: "┌ 5G基站 ──────────────────────────────────────────────────────────────────────┐",
        ])
        // On the targets screen, Enter compares the row highlighted.
        var english = Session(width: 80, height: 24, language: .en)
        english.press(.character("t"), .character("f"))
        english.type("digital")
        english.press(.enter)
        english.expectRows([
            1: "┌ Nantong · Targets (5 of 43) · filter: digital ─────────────── s: by category ┐",
            3: "│▶8. Core digital economy val…       no data        ~13.5% 2025   ? no data    │",
            4: "│ Digital diagnosis of existi…       no data full coverage 2025   ◊ qualitative│",
            5: "│ Digitalization rate of prod…       no data          ~62% 2025   ? no data    │",
            6: "│ Penetration of digital R&D…        no data          ~93% 2025   ? no data    │",
            7: "│ Penetration of digitalized…        no data          ~86% 2025   ? no data    │",
            8: "│                                                                              │",
            23: "←→ city  ↑↓ move  s sort  c compare  Tab panel  Esc clear filter  ? help  q quit",
        ])
        english.press(.down, .down, .down, .enter)
        #expect(english.path == "Overview › Nantong › Targets › Compare: Penetration of digital R&D and design tools")
    }

    @Test func escInTheBoxCancelsAndFThenEscClearsAKeptFilter() {
        var session = Session(width: 80, height: 24, language: .en)
        session.press(.character("t"), .character("f"))
        session.type("xyz")
        session.expectRows([
            1: "┌ Nantong · Targets (0 of 43) · filter: xyz ─────────────────── s: by category ┐",
            3: "│no match                                                                      │",
            22: " filter: xyz▏                                                                   ",
        ])
        session.press(.escape)
        #expect(session.state.navigation.filtering == nil)
        session.expectRows([
            1: "┌ Nantong · Targets (39 + 4 series without a target) ────────── s: by category ┐",
            3: "│▶1. Growth of above-s…           exp. 7%              10% 2025 ✗ exp. behind  │",
        ])
        #expect(session.path == "Overview › Nantong › Targets", "Esc in the box only cancels the filter")
        // A kept filter comes back into the box to be edited; Esc there drops it.
        session.press(.character("f"))
        session.type("5G")
        session.press(.enter, .character("f"))
        session.expectRows([22: " filter: 5G▏                                                                    "])
        session.press(.backspace, .backspace)
        session.expectRows([1: "┌ Nantong · Targets (39 + 4 series without a target) ────────── s: by category ┐"])
        session.type("5G")
        session.press(.escape)
        session.expectRows([1: "┌ Nantong · Targets (39 + 4 series without a target) ────────── s: by category ┐"])
        #expect(session.state.navigation.filters.isEmpty)
    }

    @Test func aRowIsFoundByItsNameInTheOtherLanguageToo() {
        var chinese = Session(width: 80, height: 24)
        chinese.press(.character("t"), .character("f"))
        chinese.type("base station")
        chinese.expectRows([
            1: "┌ 南通 · 目标 (1/43) · 筛选:base station ─────────────────────────── s: 按类别 ┐",
            3: "│▶5G基站                                         无数据 2.8万座 2025   ? 无数据│",
            4: "│                                                                              │",
        ])
        var english = Session(width: 80, height: 24, language: .en)
        english.press(.character("t"), .character("f"))
        english.type("基站")
        english.expectRows([
            1: "┌ Nantong · Targets (1 of 43) · filter: 基站 ────────────────── s: by category ┐",
            3: "│▶5G base stations                              no data 28,000 2025   ? no data│",
        ])
    }

    @Test func aTextPanelIsNotFilteredAndTheFooterOffersFOnlyOnATable() {
        var session = Session()
        session.press(.character("t"))
        session.expectRows([
            39: "←→ 城市  ↑↓ 选择  s 排序  c 对比  Tab 面板  Esc 返回  ? 帮助  q 退出  / 搜索  L 中/EN  z 放大  f 筛选  y 复制           ",
        ])
        session.press(.tab, .character("f"))
        #expect(session.state.navigation.filtering == nil)
        session.expectRows([
            38: " 总览 › 南通 › 目标                            此面板是文字,没有可筛选的表格  来源 2026-01-21: 中央广播电视总台国际在线 ",
            39: "←→ 城市  ↑↓ 滚动  s 排序  c 对比  Tab 面板  Esc 返回  ? 帮助  q 退出  / 搜索  L 中/EN  z 放大  y 复制                   ",
        ])
    }

    @Test func aFilterBelongsToItsScreenAndPanel() {
        var session = Session(width: 80, height: 24, language: .en)
        session.press(.enter, .tab, .tab, .character("f"))
        session.type("smart")
        session.press(.enter)
        session.expectRows([16: "┌ Key facts (5 of 22) · filter: smart ─────────────────────────────────────────┐"])
        // Another city's page has its own key facts, unfiltered; back here, the filter is kept.
        session.press(.right)
        #expect(session.path == "Overview › Suzhou")
        #expect(Screens.focusIsFilterable(session.state.navigation, session.state.display, session.dataset))
        #expect(session.state.navigation.filter(Screens.cityFactsPanel) == nil)
        session.press(.left)
        session.expectRows([16: "┌ Key facts (5 of 22) · filter: smart ─────────────────────────────────────────┐"])
    }

    @Test func theCompareListKeepsItsFilterWhileTheSelectionChangesTheIndicatorCompared() {
        var session = Session(width: 80, height: 24)
        session.press(.character("c"), .character("f"))
        session.type("数字")
        // The compared indicator was filtered out: the first row left is compared instead.
        #expect(session.path == "总览 › 对比: 数字化研发设计工具普及率")
        session.press(.enter, .down)
        #expect(session.path == "总览 › 对比: 经营管理数字化普及率")
        session.expectRows([
            1: "┌ 可对比指标 (2/12) · 筛选:数字 ───────────────────────────────────────────────┐",
            3: "│ 数字化研发设计工具普及率                                                     │",
            4: "│▶经营管理数字化普及率                                                         │",
            8: "┌ 经营管理数字化普及率 ───────────────────────────────────────────── v: 绝对值 ┐",
            23: "↑↓ 选择  v 绝对值/占目标  Tab 面板  Esc 清除筛选  ? 帮助  q 退出  t 目标  / 搜索",
        ])
    }

    @Test func searchOpensItsHitEvenWhereAFilterWouldHideIt() {
        var session = Session(width: 80, height: 24)
        session.press(.character("t"), .character("f"))
        session.type("5G")
        session.press(.enter, .character("/"))
        session.type("10G-PON")
        session.press(.enter)
        #expect(session.path == "总览 › 南通 › 目标")
        #expect(session.state.navigation.filters.isEmpty, "the filter hiding the hit is cleared")
        session.expectRows([10: "│▶10G-PON端口                       无数据          15万个 2025 ? 无数据      ↓│"])
    }
}
