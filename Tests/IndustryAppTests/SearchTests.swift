import IndustryApp
import IndustryModel
import IndustryViews
import TerminalKit
import Testing

// Search (`/`): what it finds, as the hit list shows it, and where Enter opens each kind.

@Test func searchFindsAClusterAsYouTypeAndEnterJumps() {
    var session = Session()
    session.press(.character("/"))
    session.type("纺织")
    session.expectRows([
        3: "│  16条产业链            │/ 纺织▏                                                             │                        │",
        4: "│六大产业集群产值        │[集群 · 南通] 高端纺织                                              │                        │",
        5: "│▀█    ▀▀█               │[集群 · 苏州] 高端纺织                                              │                        │",
    ])
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
    session.expectRows([
        33: "│ 5G基站                            无数据         2.8万座 2025 ? 无数据       ││                                      │",
    ])
    session.press(.character("/"))
    session.type("zzz")
    session.expectRows([
        4: "│ 2. 制造业增加值占GDP比 │没有匹配项                                                          │rt manufacturing        │",
    ])
    session.press(.escape)
    #expect(session.state.navigation.search == nil)
    #expect(session.path == "总览 › 南通 › 目标")
}

@Test func backspaceOnAnEmptyQueryKeepsTheSearchOpen() {
    var session = Session()
    session.press(.character("/"), .character("纺"), .backspace, .backspace, .backspace)
    #expect(session.state.navigation.search == SearchState(query: "", selected: 0))
    session.press(.character("织"))
    #expect(session.state.navigation.search?.query == "织", "still typing into the box")
    session.press(.escape)
    #expect(session.state.navigation.search == nil, "Esc closes it")
}

@Test func searchFindsKeyFactsAndNamedProjectsAndOpensThemWhereTheyAreShown() {
    var session = Session(language: .en)
    session.press(.character("/"))
    session.type("Huafeng")
    session.expectRows([4: "│Output of the six key cl│[project · Nantong] Huafeng Ruixun                                  │                        │"])
    session.press(.enter)
    #expect(session.path == "Overview › Nantong › New materials")
    #expect(session.state.navigation.focus == Screens.clusterEntitiesPanel)
    let entity = Screens.rows(session.state.screen, panel: Screens.clusterEntitiesPanel, filteredBy: session.state.navigation, session.state.display, session.dataset)
    #expect(entity.indices.contains(session.state.navigation.selection(Screens.clusterEntitiesPanel)))
    session.press(.character("/"))
    session.type("provincial-or-higher industrial parks")
    session.expectRows([4: "│Chains: Downstream petro│[fact · Nantong] Provincial-or-higher industrial parks              │antong Development      │"])
    session.press(.enter)
    #expect(session.path == "Overview › Nantong")
    #expect(session.state.navigation.focus == Screens.cityFactsPanel)
    #expect(session.state.navigation.selection(Screens.cityFactsPanel) == 1, "the second key fact")
}

@Test func nAndShiftNStepThroughTheHitsOfTheLastSearch() {
    var session = Session()
    session.press(.character("n"))
    #expect(session.state.status.message == "还没有搜索:按 / 搜索")
    session.press(.character("/"))
    session.type("纺织")
    session.press(.enter)
    #expect(session.path == "总览 › 南通 › 高端纺织")
    session.press(.character("n"))
    #expect(session.path == "总览 › 苏州 › 高端纺织")
    let count = SearchIndex.hits(for: "纺织", in: session.dataset).count
    #expect(session.state.status.message == "/纺织 2/\(count)")
    session.press(.character("N"), .character("N"))
    #expect(session.state.status.message == "/纺织 \(count)/\(count)", "N from the first hit goes round to the last")
    session.press(.character("n"))
    #expect(session.path == "总览 › 南通 › 高端纺织")
}

@Test func searchFindsAPlanTaskAndReadsItOnTheClusterItConcerns() {
    var session = Session(width: 80, height: 24, language: .en)
    session.press(.character("/"))
    session.type("smart upgrading")
    session.expectRows([
        3: "│Targ│/ smart upgrading▏                                                  │    │",
        4: "│Targ│[task · Nantong] 23 Smart upgrading                                 │    │",
    ])
    session.press(.enter)
    #expect(session.path == "Overview › Nantong › Shipbuilding and offshore engineering")
    session.expectRows([
        1: "┌ Task 23 ──────────────────────────────────────────────────────────────── Esc ┐",
        2: "│Smart upgrading                                                               │",
        3: "│推进智能化改造                                                                │",
        4: "│Action 7 Digital and smart empowerment                                        │",
        5: "│Lead: Municipal Bureau of Industry and Information Technology                 │",
        23: "Esc close  ↑↓ scroll  ? help                                                    ",
    ])
    // Closed, the task is the selected row of the cluster's focused task list.
    session.press(.escape)
    #expect(session.state.navigation.focus == Screens.clusterTasksPanel)
    session.expectRows([
        15: "┌ Plan tasks (3) ──────────────────────────────────────────────────────────────┐",
        17: "│▶23 Smart upgrading                      Municipal Bureau of Industry and In…↓│",
    ])
}

@Test func aTaskIsFoundByItsChineseNameOrItsWholeNumberAndOneWithoutAClusterIsReadOverItsCity() {
    var session = Session(width: 80, height: 24)
    session.press(.character("/"))
    session.type("13")
    // 13 is one task's number: not task 1 or 3, nor a fact dated 2013.
    session.expectRows([
        4: "│目标│[任务 · 南通] 13 推动列规增收                                       │    │",
        5: "└────│                                                                    │────┘",
    ])
    session.press(.backspace, .backspace)
    session.type("列规增收")
    session.expectRows([4: "│目标│[任务 · 南通] 13 推动列规增收                                       │    │"])
    session.press(.enter)
    #expect(session.path == "总览 › 南通")
    session.expectRows([
        1: "┌ 任务13 ───────────────────────────────────────────────────────────────── Esc ┐",
        2: "│推动列规增收                                                                  │",
        4: "│行动3 企业培强行动                                                            │",
        5: "│牵头:市工业和信息化局                                                         │",
    ])
}

@Test func aFocusAreaOpensItsClusterWithTheDescriptionThatNamesItFocused() {
    var session = Session(width: 80, height: 24, language: .en)
    session.press(.character("/"))
    session.type("robot")
    session.expectRows([4: "│Targ│[focus area · Nantong] Robots (High-end equipment)                  │    │"])
    session.press(.enter)
    #expect(session.path == "Overview › Nantong › High-end equipment")
    #expect(session.state.navigation.focus == Screens.clusterInfoPanel)
    session.expectRows([
        5: "│Focus areas: Machine tools, Complete sets of equipment, Aerospace, Rail       │",
        6: "│  transit, Robots                                                             │",
    ])
    var chinese = Session(width: 80, height: 24)
    chinese.press(.character("/"))
    chinese.type("机器人")
    chinese.expectRows([4: "│目标│[重点方向 · 南通] 机器人 (高端装备)                                 │    │"])
}

@Test func aDepartmentIsReadWithTheTasksItLeadsAndThoseItIsResponsibleFor() {
    var session = Session(width: 80, height: 24)
    session.press(.character("/"))
    session.type("工业和信息化")
    session.expectRows([4: "│目标│[部门 · 南通] 市工业和信息化局                                      │    │"])
    session.press(.enter)
    #expect(session.path == "总览 › 南通")
    session.expectRows([
        1: "┌ 市工业和信息化局 ─────────────────────────────────────────────────────── Esc ┐",
        2: "│市工业和信息化局                                                              │",
        3: "│Municipal Bureau of Industry and Information Technology                       │",
        4: "│部门 · 南通                                                                   │",
        5: "│牵头的任务 (19)                                                               │",
        6: "│   1 船舶海工产业                                                             │",
        14: "│  11 培育行业龙头                                                             │",
    ])
    session.press(.character("G"))
    session.expectRows([
        11: "│作为责任部门的任务 (8)                                                        │",
        12: "│   9 强化重大项目推进                                                         │",
        19: "│  27 强化安全发展                                                             │",
        20: "│来源:南通市制造强市建设领导小组办公室《加快建设制造强市行动计划》2024-08-05   │",
    ])
    var english = Session(width: 80, height: 24, language: .en)
    english.press(.character("/"))
    english.type("trade union")
    english.expectRows([4: "│Targ│[department · Nantong] Municipal Federation of Trade Unions         │    │"])
    english.press(.enter)
    english.expectRows([
        1: "┌ Municipal Federation of Trade Unions ─────────────────────────────────── Esc ┐",
        4: "│department · Nantong                                                          │",
        5: "│Tasks it leads: none named in the documents                                   │",
        6: "│Tasks it is responsible for (1)                                               │",
        7: "│  19 Gather industrial talent                                                 │",
    ])
    english.press(.escape)
    #expect(english.state.navigation.reader == nil)
    #expect(english.path == "Overview › Nantong")
}

@Test func nStepsFromOneTaskReadInFullToTheNext() {
    var session = Session(width: 80, height: 24)
    session.press(.character("/"))
    session.type("推进")
    session.expectRows([
        4: "│目标│[任务 · 南通] 9 强化重大项目推进                                    │    │",
        5: "└────│[任务 · 南通] 17 推进产业协同创新                                   │────┘",
        6: "┌ 2  │[任务 · 南通] 23 推进智能化改造                                     │030 ┐",
    ])
    session.press(.enter)
    session.expectRows([1: "┌ 任务9 ────────────────────────────────────────────────────────────────── Esc ┐"])
    // The reader is open, and n still goes on: the next task is read in its place.
    session.press(.character("n"))
    session.expectRows([1: "┌ 任务17 ───────────────────────────────────────────────────────────────── Esc ┐"])
    #expect(session.state.status.message == "/推进 2/3")
    session.press(.character("n"))
    #expect(session.path == "总览 › 南通 › 船舶海工")
    session.expectRows([1: "┌ 任务23 ───────────────────────────────────────────────────────────────── Esc ┐"])
    session.press(.character("N"), .character("N"))
    #expect(session.path == "总览 › 南通")
    session.expectRows([1: "┌ 任务9 ────────────────────────────────────────────────────────────────── Esc ┐"])
}
