import TerminalKit
import IndustryModel
import IndustryTerminal
import IndustryViews
import Testing

@Test func theOverviewShowsEveryCityWithItsSystemAndHeadline() {
    let session = Session()
    session.expectRows([
        0: " IndustryDash 新型工业化看板  1 南通  2 苏州  3 南京                                                  判断日 2026-11-25 ",
        2: "│“616”现代化产业体系 · 6个集群 ·       ││“1030”产业体系 · 10个集群 · 30条产业链││“2+6+6”创新型产业集群                 │",
        3: "│  16条产业链                          ││规上工业总产值                        ││地区生产总值                          │",
        7: "│▀▀▀ ▀ ▀▀▀                             ││预计4.9万亿元 (2025-12-31)            ││预计超1.9万亿元 (2025-12-31)          │",
        19: "┌ 可对比指标 (12) ────────────────────────────────────────────────────────────────────────────────────────────── Tab ↵ ┐",
        38: " 总览                                                                                         32条来源,各数字均注明出处 ",
    ])
}

@Test func arrowsAndNumbersSwitchCitiesAndEnterOpensTheCity() {
    var session = Session()
    session.press(.right)
    #expect(session.state.navigation.cityID == "suzhou")
    session.press(.enter)
    #expect(session.path == "总览 › 苏州")
    session.expectRows([
        1: "┌ 文件点名的产业与集群 (7) ────────────────────────────────────────────────────────────────────────────────────── 1030 ┐",
        3: "│▶电子信息                                                                                            万亿级           │",
        7: "│ 纳米新材料                                                                                          国家级集群       │",
    ])
    session.press(.character("3"))
    #expect(session.path == "总览 › 南京")
    session.expectRows([
        3: "│▶电子                     支柱产业       ││▷两化融合发展水平指数                       无数据       80 2026   ? 无数据│",
    ])
    session.press(.left, .left)
    #expect(session.path == "总览 › 南通")
    session.press(.character("l"), .character("h"))
    #expect(session.path == "总览 › 南通")
}

@Test func drillingIntoAClusterShowsItsTasksAndSourcesAndEscGoesBack() {
    var session = Session()
    session.press(.enter, .enter)
    #expect(session.path == "总览 › 南通 › 船舶海工")
    session.expectRows([
        2: "│Shipbuilding and offshore engineering                                                                                 │",
        3: "│重点产业集群、国家级先进制造业集群                                                                                    │",
        11: "│来源: 南通市工业和信息化局《对顾留忠代表“关于进一步推动产业转型升级,打造具有辨识度产业链的建议”的答复》2024-09-01     │",
        12: "│来源: 南通市制造强市建设领导小组办公室《加快建设制造强市行动计划》2024-08-05                                          │",
        24: "│ 23 推进智能化改造                                           市工业和信息化局                                         │",
    ])
    session.press(.escape)
    #expect(session.path == "总览 › 南通")
    session.press(.backspace)
    #expect(session.path == "总览")
    session.press(.escape)
    #expect(session.path == "总览")
}

@Test func theSelectionMovesAndTabCyclesPanels() {
    var session = Session()
    session.press(.enter, .down, .down)
    #expect(session.state.navigation.selection(0) == 2)
    session.press(.enter)
    #expect(session.path == "总览 › 南通 › 高端纺织")
    session.press(.escape, .tab)
    #expect(session.state.navigation.focus == 1)
    session.press(.character("G"))
    session.press(.enter)
    #expect(session.path == "总览 › 南通 › 目标")
    session.expectRows([
        1: "┌ 南通 · 目标 (39 + 4 项无目标序列) ──────────────────────────────── s: 按类别 ┐┌ 六大产业集群产值占规上工业比重 ──────┐",
    ])
    // The targets screen has two panels: Shift-Tab from the table reaches the detail.
    session.press(.backTab)
    #expect(session.state.navigation.focus == 1)
}

@Test func targetsSortByStatusProgressAndName() {
    var session = Session()
    session.press(.character("t"))
    #expect(session.path == "总览 › 南通 › 目标")
    session.expectRows([
        1: "┌ 南通 · 目标 (39 + 4 项无目标序列) ──────────────────────────────── s: 按类别 ┐┌ 规上工业增加值增长率 ────────────────┐",
        3: "│▶1. 规上工业增加值增长率           预计7%             10% 2025 ✗ 预计滞后     ││Growth of above-scale industrial value│",
    ])
    for _ in 0..<10 { session.press(.down) }
    session.expectRows([
        1: "┌ 南通 · 目标 (39 + 4 项无目标序列) ──────────────────────────────── s: 按类别 ┐┌ 营业收入超百亿元工业企业数 ──────────┐",
    ])
    session.press(.character("s"))
    session.expectRows([
        1: "┌ 南通 · 目标 (39 + 4 项无目标序列) ──────────────────────────────── s: 按状态 ┐┌ 营业收入超百亿元工业企业数 ──────────┐",
    ])
    // The selection stays on the indicator it was on, wherever the sort puts it.
    session.expectRows([
        1: "┌ 南通 · 目标 (39 + 4 项无目标序列) ──────────────────────────────── s: 按状态 ┐┌ 营业收入超百亿元工业企业数 ──────────┐",
    ])
    // Behind (here a forecast that misses) comes before no data when sorted by status.
    let rows = session.lines.filter { $0.contains("预计滞后") || $0.contains("? 无数据") }
    #expect(rows.first == "│ 1. 规上工业增加值增长率           预计7%             10% 2025 ✗ 预计滞后     ││Industrial enterprises with revenue   │")
    session.press(.character("s"))
    session.expectRows([
        1: "┌ 南通 · 目标 (39 + 4 项无目标序列) ──────────────────────────────── s: 按进度 ┐┌ 营业收入超百亿元工业企业数 ──────────┐",
    ])
    session.press(.character("s"))
    session.expectRows([
        1: "┌ 南通 · 目标 (39 + 4 项无目标序列) ──────────────────────────────── s: 按名称 ┐┌ 营业收入超百亿元工业企业数 ──────────┐",
    ])
    session.press(.character("s"))
    session.expectRows([
        1: "┌ 南通 · 目标 (39 + 4 项无目标序列) ──────────────────────────────── s: 按类别 ┐┌ 营业收入超百亿元工业企业数 ──────────┐",
    ])
}

@Test func theTargetDetailShowsWordingSourceAndTasks() {
    var session = Session()
    session.press(.character("t"))
    for _ in 0..<10 { session.press(.down) }
    session.expectRows([
        1: "┌ 南通 · 目标 (39 + 4 项无目标序列) ──────────────────────────────── s: 按类别 ┐┌ 营业收入超百亿元工业企业数 ──────────┐",
        5: "│ 3. 战略性新兴产业产值占…          无数据             40% 2025 ? 无数据       ││企业能级 · 指标体系 #11               │",
        6: "│ 4. 高新技术产业产值占规…           49.6%             50% 2025 ? 无2025年数据 ││目标: 20家 (2025)                     │",
        7: "│ 5. 规上工业企业研发投入…           2.94%              3% 2025 ? 无2025年数据 ││  原文 「20」                         │",
        10: "│ 8. 数字经济核心产业增加…          无数据       13.5%左右 2025 ? 无数据       ││    「截至2024年底,全市百亿级企业累计 │",
        11: "│ 9. 单位地区生产总值能源…          无数据    低于全省平均 2025 ◊ 定性目标     ││    达15家」                          │",
        16: "│ 六大产业集群产值         预计超1.3万亿元 力争超1.3万亿元 2025 + 预计达成     ││无基期值:只知完成比例,无法判断进度。  │",
    ])
}

@Test func compareShowsBothCitiesAndTogglesToShareOfTarget() {
    var session = Session()
    session.press(.character("c"))
    #expect(session.path == "总览 › 对比: 规上工业增加值增长率")
    // Each latest figure names its year; a forecast says so.
    session.expectRows([
        1: "┌ 可对比指标 (12) ─────────────────────┐┌ 规上工业增加值增长率 ───────────────────────────────────────────── v: 绝对值 ┐",
        4: "│ 战略性新兴产业产值占规上工业比重     ││  目标 10% (2025) 「10」                                                      │",
        5: "│ 高新技术产业产值占规模以上工业产值比…││                                                                              │",
        7: "│ 重点企业关键工序数控化率             ││  ██████████████████████████████████████████████▊░░░░░ 预计9%左右 (2024-12-31)│",
    ])
    session.press(.character("v"))
    session.expectRows([
        1: "┌ 可对比指标 (12) ─────────────────────┐┌ 规上工业增加值增长率 ───────────────────────────────────────── v: 占各自目标 ┐",
        4: "│ 战略性新兴产业产值占规上工业比重     ││  目标 10% (2025) 「10」                                                      │",
    ])
    session.press(.down, .down, .down)
    #expect(session.path == "总览 › 对比: 两化融合发展水平指数")
    session.press(.character("v"))
    session.expectRows([
        5: "│ 高新技术产业产值占规模以上工业产值比…││  目标 72左右 (2025) 「72左右」                                               │",
        8: "│ 数字化研发设计工具普及率             ││  ░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░░┊ 无数据│",
        // The cities set their targets for different years, and the chart says so first.
        2: "│ 指标                                 ││注意:各市目标年份不同                                                         │",
    ])
}

@Test func languageAndThemeSwitchKeepThePlace() {
    var session = Session()
    session.press(.enter, .down)
    session.press(.character("L"))
    #expect(session.path == "Overview › Nantong")
    session.expectRows([
        1: "┌ Clusters (6) ────────────────────── 616 ┐┌ Targets (43) ───────────────────────────── ✓0 +1 !0 ✗1 %0 ?35 ◊2 (2 exp.) ┐",
        4: "│▶Electronic informat…                    ││ 2. Manufacturing…            no data              40% 2025 ? no data      │",
    ])
    #expect(session.state.navigation.selection(0) == 1)
    session.press(.character("T"))
    #expect(session.state.display.themeName == "light")
    #expect(session.path == "Overview › Nantong")
    session.press(.character("L"))
    #expect(session.path == "总览 › 南通")
}

@Test func resizingRelaysOutAndKeepsTheSelection() {
    var session = Session()
    session.press(.enter, .down, .down)
    session.press(.resize(width: 80, height: 24))
    #expect(session.lines.count == 24)
    #expect(session.lines.allSatisfy { CellWidth.of($0) == 80 })
    #expect(session.state.navigation.selection(0) == 2)
    session.press(.resize(width: 20, height: 6))
    session.expectRows([
        1: "     终端太小:      ",
    ])
    session.press(.resize(width: 120, height: 40))
    #expect(session.path == "总览 › 南通")
}

@Test func helpListsEveryKeyAndEscClosesIt() {
    var session = Session(language: .en)
    session.press(.character("?"))
    session.expectRows([
        9: "│  (2025-12-31)         │z                 zoom the focused panel / restore                    │                       │",
        10: "│Target striving for ove│o / t / c         overview / city targets / compare                   │                       │",
        20: "│ Indicator             │g G               first / last                                        │                       │",
        25: "│ CNC rate of key proces│f                 filter the focused table's rows (Chinese or English)│                       │",
        26: "│ Penetration of digital│s / S             cycle the sort / reverse it                         │d about 9% (2024-12-31)│",
        27: "│ Penetration of digital│T                 next theme                                          │                       │",
        28: "│ Star-rated cloud enter│mouse             click selects, double click opens, wheel scrolls    │                       │",
    ])
    session.press(.escape)
    session.expectScreen(lacks: "previous / next city")
}

@Test func qAndCtrlCQuit() {
    var session = Session()
    session.press(.character("q"))
    #expect(session.quit)
    var other = Session()
    other.press(.control("c"))
    #expect(other.quit)
}

@Test func clicksSelectCityTabsAndRowsAndADoubleClickOpens() {
    var session = Session()
    let tabRow = session.lines[0]
    let suzhouColumn = CellWidth.of(String(tabRow[..<tabRow.firstRange(of: "2 苏州")!.lowerBound]))
    session.press(.mouse(MouseEvent(.click(button: 1), x: suzhouColumn, y: 0)))
    #expect(session.state.navigation.cityID == "suzhou")
    #expect(session.path == "总览 › 苏州", "a tab clicked on the overview opens its city")
    session.press(.mouse(MouseEvent(.doubleClick(button: 1), x: 3, y: 4)))
    #expect(session.path == "总览 › 苏州 › 高端装备")
}


@Test func theOverviewCardFollowsTheCityChosenElsewhere() {
    var session = Session()
    session.press(.enter, .character("l"), .escape)
    #expect(session.state.navigation.cityID == "suzhou")
    session.press(.enter)
    #expect(session.path == "总览 › 苏州")
}

@Test func helpTakesTheKeysUntilItCloses() {
    var session = Session()
    session.press(.character("?"), .down, .enter, .character("t"))
    #expect(session.path == "总览")
    #expect(session.state.navigation.showHelp)
    session.press(.character("?"))
    #expect(!session.state.navigation.showHelp)
    // q in help closes help; it does not quit the dashboard. Ctrl-C still quits.
    session.press(.character("?"), .character("q"))
    #expect(!session.state.navigation.showHelp)
    #expect(!session.quit)
    session.press(.character("?"), .control("c"))
    #expect(session.quit)
}

@Test func tablesScrollAPageAtATimeAndTheCursorMovesWithinIt() {
    var session = Session(width: 80, height: 24)
    session.press(.character("t"), .character("G"))
    let before = session.screen
    session.press(.up)
    #expect(session.screen != before)
    // Moving up inside the last page keeps the same first row on screen.
    let firstRow = { (s: Session) in s.lines.first { $0.contains("│") && $0.contains("家") } }
    let afterOne = firstRow(session)
    session.press(.up)
    #expect(firstRow(session) == afterOne)
}

@Test func compareOffersNoCityKeys() {
    var session = Session()
    session.press(.character("c"))
    #expect(!session.lines.last!.contains("←→"))
    session.press(.right)
    #expect(session.state.navigation.cityID == "nantong")
}

@Test func theTargetsTableKeepsStrivingForAndSaysAForecastIsOne() {
    var session = Session()
    session.press(.character("2"), .character("t"))
    #expect(session.path == "总览 › 苏州 › 目标")
    // The document strives for 5 trillion (力争); the 2025 figure is the work report's 预计数.
    let row = session.lines.first { $0.contains("规上工业总产值") } ?? ""
    #expect(row == "│ 规上工业总产值    ▁▂▅█  预计4.9万亿元 力争5万亿元 2026 预计82% + 预计进度正常││trillion yuan                         │")
}

@Test func aNumberOnTheOverviewOpensThatCityAsItsTabSays() {
    var session = Session()
    session.press(.character("2"))
    #expect(session.path == "总览 › 苏州", "the tab reads \"2 苏州\"")
    session.press(.escape)
    #expect(session.path == "总览")
    #expect(session.state.navigation.cityID == "suzhou", "back on the overview, Suzhou's card is the one selected")
    // Elsewhere a number switches the city and keeps the kind of screen.
    session.press(.character("t"), .character("3"))
    #expect(session.path == "总览 › 南京 › 目标")
    // A click on a tab from the overview opens the city too.
    session.press(.character("o"), .mouse(MouseEvent(.click(button: 1), x: 38, y: 0)))
    #expect(session.path == "总览 › 苏州")
}

@Test func escGoesBackExactlyOneLevelFromAnIndicatorOpenedOnACluster() {
    var session = Session()
    session.press(.enter, .enter)  // Nantong, its first cluster
    #expect(session.path == "总览 › 南通 › 船舶海工")
    let related = Screens.rows(session.state.screen, panel: 0, filteredBy: session.state.navigation, session.state.display, session.dataset).first
    session.press(.enter)  // its first related indicator
    #expect(session.path == "总览 › 南通 › 船舶海工 › 目标")
    let targets = Screens.rows(session.state.screen, panel: 0, filteredBy: session.state.navigation, session.state.display, session.dataset)
    #expect(related != nil && targets[session.state.navigation.selection(0)] == related, "the indicator picked is selected")
    session.press(.escape)
    #expect(session.path == "总览 › 南通 › 船舶海工", "back to the cluster it was opened from")
    session.press(.escape)
    #expect(session.path == "总览 › 南通")
}

@Test func theFooterOffersOnlyKeysThatDoSomethingThere() {
    var session = Session(width: 80, height: 24, language: .en)
    session.press(.enter)
    // On the city's clusters, Enter opens one.
    session.expectRows([23: "←→ city  ↑↓ move  ↵ open  Tab panel  Esc back  ? help  q quit  t targets        "])
    // Key facts open nothing (Enter reads them), and each is a figure `y` copies.
    session.press(.tab, .tab)
    session.expectRows([23: "←→ city  ↑↓ move  ↵ read  Tab panel  Esc back  ? help  q quit  t targets        "])
    // Inside the targets view, `t` would open what is open: not offered, so `y` fits at 80 columns.
    session.press(.character("t"))
    session.expectRows([23: "←→ city  ↑↓ move  s sort  c compare  Tab panel  Esc back  ? help  q quit        "])
}

@Test func shiftSReversesTheSortAndTheSortedColumnShowsTheDirection() {
    var session = Session(language: .en)
    session.press(.character("t"), .character("s"))  // by status
    session.expectRows([2: "│ Indicator                        Latest           Target Year Status ↓       ││Growth of above-scale industrial value│"])
    let first = Screens.rows(session.state.screen, panel: 0, filteredBy: session.state.navigation, session.state.display, session.dataset)
    session.press(.down)
    let selected = first[session.state.navigation.selection(0)]
    session.press(.character("S"))
    session.expectRows([2: "│ Indicator                        Latest           Target Year Status ↑       ││Output of the six key clusters        │"])
    let reversed = Screens.rows(session.state.screen, panel: 0, filteredBy: session.state.navigation, session.state.display, session.dataset)
    #expect(reversed == Array(first.reversed()))
    #expect(reversed[session.state.navigation.selection(0)] == selected, "the selection stays on its indicator")
}

@Test func theWheelScrollsThePanelUnderThePointerNotTheFocusedOne() {
    var session = Session(language: .en)
    session.press(.enter)  // Nantong; the clusters panel has the focus
    // A cell on the first row of the targets table, right of the clusters panel.
    let row = session.lines.firstIndex { $0.contains("││▷1. ") } ?? 0
    let line = session.lines[row]
    let x = CellWidth.of(String(line[..<line.firstRange(of: "││▷1. ")!.upperBound]))
    session.press(.mouse(MouseEvent(.wheelDown, x: x, y: row)))
    #expect(session.state.navigation.focus == 0, "the focus stays on the clusters")
    #expect(session.state.navigation.selection(0) == 0, "the clusters did not move")
    #expect(session.state.navigation.selection(1) == 3, "the targets under the pointer scrolled")
    // Over no panel's rows the wheel moves the focused panel, as before.
    session.press(.mouse(MouseEvent(.wheelDown, x: 0, y: 0)))
    #expect(session.state.navigation.selection(0) == 3)
}

@Test func helpScrollsWhereItDoesNotFitAndItsLegendIsNeverCut() {
    var session = Session(width: 60, height: 20, language: .en)
    session.press(.character("?"))
    session.expectRows([1: "┌ Help · keys ───────────────────────────── ↓ 1-15/36  Esc ┐", 2: "│Keys on this screen                                       │"])
    session.press(.character("G"))
    session.expectRows([1: "┌ Help · keys ──────────────────────────── ↑ 22-36/36  Esc ┐",
                        15: "│┊ target on a bar  … cut (Enter reads it in full)         │",
                        16: "│✦ published after --since                                 │", 17: "└──────────────────────────────────────────────────────────┘"])
    session.press(.character("g"))
    session.expectRows([2: "│Keys on this screen                                       │", 3: "│← → / h l         previous / next city                    │"])
    #expect(!session.quit)
}

@Test func helpListsTheKeysOfTheCurrentScreenFirst() {
    // On the targets screen, sort and compare are this screen's keys; on the overview they are not.
    var session = Session(width: 80, height: 30, language: .en)
    session.press(.character("t"), .character("?"))
    session.expectRows([
        3: "│▶1.│← → / h l         previous / next city                                │d  │", 4: "│ 2.│Tab / Shift-Tab   next / previous panel                               │   │", 5: "│ 3.│↑ ↓ / k j         move the selection (scroll a text panel)            │   │", 6: "│ 4.│y                 copy the figure, its date and source (--clipboard)  │ta │", 7: "│ 5.│z                 zoom the focused panel / restore                    │ta │", 8: "│ 6.│Esc / Backspace   back one level (a filter is cleared first)          │   │", 9: "│ 7.│o / t / c         overview / city targets / compare                   │   │", 10: "│ 8.│/                 search cities, clusters, indicators, key facts, plan│   │",
        11: "│ 9.│                  tasks, focus areas, departments, projects and       │e  │", 12: "│ 10│                  enterprises                                         │   │", 13: "│ 11│f                 filter the focused table's rows (Chinese or English)│ta↓│", 14: "│ 1.│s / S             cycle the sort / reverse it                         │   │", 15: "└───│L                 switch language                                     │───┘", 16: "┌ Gr│?                 help                                                │───┐", 17: "│Gro│q Ctrl-C / Ctrl-Z quit / suspend (fg returns)                         │   │",
    ])
}

