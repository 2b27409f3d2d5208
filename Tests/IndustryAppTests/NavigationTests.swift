import TerminalKit
import IndustryModel
import IndustryTerminal
import IndustryViews
import Testing

@Test func theOverviewShowsEveryCityWithItsSystemAndHeadline() {
    let session = Session()
    session.expectScreen(contains: "1 南通", "2 苏州", "3 南京", "“616”现代化产业体系", "六大产业集群产值", "预计超1.3万亿元 (2025-12-31)",
                         "可对比指标", "总览")
}

@Test func arrowsAndNumbersSwitchCitiesAndEnterOpensTheCity() {
    var session = Session()
    session.press(.right)
    #expect(session.state.navigation.cityID == "suzhou")
    session.press(.enter)
    #expect(session.path == "总览 › 苏州")
    session.expectScreen(contains: "文件点名的产业与集群", "万亿级", "纳米新材料")
    session.press(.character("3"))
    #expect(session.path == "总览 › 南京")
    session.expectScreen(contains: "电子", "支柱产业")
    session.press(.left, .left)
    #expect(session.path == "总览 › 南通")
    session.press(.character("l"), .character("h"))
    #expect(session.path == "总览 › 南通")
}

@Test func drillingIntoAClusterShowsItsTasksAndSourcesAndEscGoesBack() {
    var session = Session()
    session.press(.enter, .enter)
    #expect(session.path == "总览 › 南通 › 船舶海工")
    session.expectScreen(contains: "Shipbuilding and offshore engineering", "国家级先进制造业集群", "推进智能化改造",
                         "市工业和信息化局", "加快建设制造强市行动计划")
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
    session.expectScreen(contains: "六大产业集群产值占规上工业比重")
    session.press(.backTab)
    #expect(session.state.navigation.focus == 0)
}

@Test func targetsSortByStatusProgressAndName() {
    var session = Session()
    session.press(.character("t"))
    #expect(session.path == "总览 › 南通 › 目标")
    session.expectScreen(contains: "按类别", "1. 规上工业")
    for _ in 0..<10 { session.press(.down) }
    session.expectScreen(contains: "营业收入超百亿元工业企业数 ──")
    session.press(.character("s"))
    session.expectScreen(contains: "按状态")
    // The selection stays on the indicator it was on, wherever the sort puts it.
    session.expectScreen(contains: "营业收入超百亿元工业企业数 ──")
    // Behind (here a forecast that misses) comes before no data when sorted by status.
    let rows = session.lines.filter { $0.contains("预计滞后") || $0.contains("? 无数据") }
    #expect(rows.first?.contains("✗ 预计滞后") == true)
    session.press(.character("s"))
    session.expectScreen(contains: "按进度")
    session.press(.character("s"))
    session.expectScreen(contains: "按名称")
    session.press(.character("s"))
    session.expectScreen(contains: "按类别")
}

@Test func theTargetDetailShowsWordingSourceAndTasks() {
    var session = Session()
    session.press(.character("t"))
    for _ in 0..<10 { session.press(.down) }
    session.expectScreen(contains: "营业收入超百亿元工业企业数", "15家", "原文 「20」", "2024-12-31", "无2025年数据",
                         "目标年份的结果尚未公布。", "无基期值:只知完成比例,无法判断进度。", "任务11 培育行业龙头")
}

@Test func compareShowsBothCitiesAndTogglesToShareOfTarget() {
    var session = Session()
    session.press(.character("c"))
    #expect(session.path == "总览 › 对比: 规上工业增加值增长率")
    // Each latest figure names its year; a forecast says so.
    session.expectScreen(contains: "预计7% (2025)", "10% (2025)", "预计9%左右 (2024)", "v: 绝对值")
    session.press(.character("v"))
    session.expectScreen(contains: "v: 占各自目标", "预计70%")
    session.press(.down, .down, .down)
    #expect(session.path == "总览 › 对比: 两化融合发展水平指数")
    session.press(.character("v"))
    session.expectScreen(contains: "72左右 (2025)", "80 (2026)", "注意:各市目标年份不同")
}

@Test func searchFindsAClusterAsYouTypeAndEnterJumps() {
    var session = Session()
    session.press(.character("/"))
    session.type("纺织")
    session.expectScreen(contains: "/ 纺织", "[集群] 高端纺织 · 南通", "[集群] 高端纺织 · 苏州")
    session.press(.down, .enter)
    #expect(session.path == "总览 › 苏州 › 高端纺织")
    #expect(session.state.navigation.search == nil)
}

@Test func searchJumpsToAnIndicatorAndEscCancels() {
    var session = Session()
    session.press(.character("/"))
    session.type("5g")
    session.press(.enter)
    #expect(session.path == "总览 › 南通 › 目标")
    session.expectScreen(contains: "5G基站", "2.8万座")
    session.press(.character("/"))
    session.type("zzz")
    session.expectScreen(contains: "没有匹配项")
    session.press(.escape)
    #expect(session.state.navigation.search == nil)
    #expect(session.path == "总览 › 南通 › 目标")
}

@Test func languageAndThemeSwitchKeepThePlace() {
    var session = Session()
    session.press(.enter, .down)
    session.press(.character("L"))
    #expect(session.path == "Overview › Nantong")
    session.expectScreen(contains: "Electronic in", "Targets (39 + 4 series without a target)")
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
    session.expectScreen(contains: "终端太小")
    session.press(.resize(width: 120, height: 40))
    #expect(session.path == "总览 › 南通")
}

@Test func helpListsEveryKeyAndEscClosesIt() {
    var session = Session(language: .en)
    session.press(.character("?"))
    session.expectScreen(contains: "Help", "previous / next city", "search cities, clusters, indicators", "quit")
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
    session.press(.enter)
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
    #expect(row.contains("预计4.9万亿元") && row.contains("力争5万亿元") && row.contains("预计82%") && row.contains("+ 预计进度正常"),
            "\(row)")
}
