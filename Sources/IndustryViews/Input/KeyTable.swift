import TerminalKit
import IndustryModel

/// What a footer hint's condition sees: where the user is, and what the keys would do on
/// the focused panel, so the footer never offers a key that does nothing there.
public struct HintContext: Sendable {
    public var navigation: Navigation
    /// Enter on the selected row opens something (a city, a cluster, targets, a comparison).
    public var enterOpens: Bool
    /// Enter reads the selected row in full (a key fact, a plan task, a project).
    public var enterReads: Bool
    /// How many panels Tab moves between.
    public var panels: Int
    /// The focused panel is text: ↑↓ scroll it.
    public var textFocused: Bool
    /// The focused panel is a table: `f` filters it.
    public var tableFocused: Bool
    /// The focused table has a filter kept: Esc clears it before going back.
    public var filtered: Bool
    /// `y` would copy a figure (a target's, a key fact's, a comparison's).
    public var figureSelected: Bool

    public init(navigation: Navigation, enterOpens: Bool, enterReads: Bool = false, panels: Int, textFocused: Bool = false,
                tableFocused: Bool = false, filtered: Bool = false, figureSelected: Bool = false) {
        self.navigation = navigation
        self.enterOpens = enterOpens
        self.enterReads = enterReads
        self.panels = panels
        self.textFocused = textFocused
        self.tableFocused = tableFocused
        self.filtered = filtered
        self.figureSelected = figureSelected
    }

    var screen: Screen { navigation.screen }
}

/// What a key does, written once: dispatch, the help overlay and the footer hints all read
/// this table, so they cannot disagree.
public struct KeyBinding: Sendable {
    /// A short form for the footer, shown when `when` holds; `rank` orders the footer (help
    /// and quit early, so a narrow terminal drops the least needed hints last in the line).
    public struct Hint: Sendable {
        public var keys: String
        public var text: LocalizedText
        public var rank: Int
        public var when: @Sendable (HintContext) -> Bool

        public init(_ keys: String, _ text: LocalizedText, rank: Int, when: @escaping @Sendable (HintContext) -> Bool = { _ in true }) {
            self.keys = keys
            self.text = text
            self.rank = rank
            self.when = when
        }
    }

    public var keys: [Key]
    public var action: @Sendable (Key) -> Action?
    public var hint: Hint?

    public init(_ keys: [Key], hint: Hint? = nil, _ action: @escaping @Sendable (Key) -> Action?) {
        self.keys = keys
        self.action = action
        self.hint = hint
    }

    public init(_ keys: [Key], _ action: Action, hint: Hint? = nil) {
        self.init(keys, hint: hint) { _ in action }
    }
}

/// A row of the help overlay: how the keys are written, what they do, and the bindings.
public struct KeyHelpRow: Sendable {
    public var label: String
    public var text: LocalizedText
    public var bindings: [KeyBinding]

    public init(_ label: String, _ text: LocalizedText, _ bindings: [KeyBinding]) {
        self.label = label
        self.text = text
        self.bindings = bindings
    }
}

/// The dashboard's keys: the browsing table, and the smaller ones help, the reader, search
/// and the filter box use while they are open.
public enum KeyTable {
    private static func t(_ zh: String, _ en: String) -> LocalizedText { LocalizedText(zh: zh, en: en) }
    private static let notOnCompare: @Sendable (HintContext) -> Bool = { if case .compare = $0.screen { false } else { true } }
    private static let onCompare: @Sendable (HintContext) -> Bool = { if case .compare = $0.screen { true } else { false } }
    private static let onTargets: @Sendable (HintContext) -> Bool = { if case .targets = $0.screen { true } else { false } }
    private static let notOnTargets: @Sendable (HintContext) -> Bool = { !onTargets($0) }
    private static let digits: [Key] = (1...9).map { .character(Character(String($0))) }
    static let quitKeys: [Key] = [.character("q"), .control("c"), .hangup]
    /// Ctrl-Z suspends the dashboard, the slides and a follower alike, whatever is open.
    public static let suspendKey: Key = .control("z")

    /// Browsing, in the order the help overlay lists it.
    public static let browsing: [KeyHelpRow] = [
        KeyHelpRow("← → / h l", t("上一个 / 下一个城市", "previous / next city"), [
            KeyBinding([.left, .character("h")], .previousCity, hint: .init("←→", t("城市", "city"), rank: 0, when: notOnCompare)),
            KeyBinding([.right, .character("l")], .nextCity),
        ]),
        KeyHelpRow("1 … 9", t("按编号打开城市", "open city by number"), [
            KeyBinding(digits) { key in
                guard case .character(let c) = key, let number = Int(String(c)) else { return nil }
                return .selectCity(number: number)
            },
        ]),
        KeyHelpRow("Tab / Shift-Tab", t("下一个 / 上一个面板", "next / previous panel"), [
            KeyBinding([.tab], .nextPanel, hint: .init("Tab", t("面板", "panel"), rank: 5, when: { $0.panels > 1 })),
            KeyBinding([.backTab], .previousPanel),
        ]),
        KeyHelpRow("↑ ↓ / k j", t("移动选择(文字面板中滚动)", "move the selection (scroll a text panel)"), [
            KeyBinding([.up, .character("k")], .move(-1), hint: .init("↑↓", t("选择", "move"), rank: 1, when: { !$0.textFocused })),
            KeyBinding([.up, .character("k")], .move(-1), hint: .init("↑↓", t("滚动", "scroll"), rank: 1, when: { $0.textFocused })),
            KeyBinding([.down, .character("j")], .move(1)),
        ]),
        KeyHelpRow("PgUp PgDn", t("翻页", "page up / down"), [
            KeyBinding([.pageUp], .page(-1)), KeyBinding([.pageDown], .page(1)),
        ]),
        KeyHelpRow("g G", t("第一项 / 最后一项", "first / last"), [
            KeyBinding([.home, .character("g")], .first), KeyBinding([.end, .character("G")], .last),
        ]),
        KeyHelpRow("Enter", t("进入所选项 / 阅读全文", "open the selection / read it in full"), [
            KeyBinding([.enter], .drillDown, hint: .init("↵", t("进入", "open"), rank: 4, when: { $0.enterOpens && !$0.enterReads })),
            KeyBinding([.enter], .drillDown, hint: .init("↵", t("阅读", "read"), rank: 4, when: { $0.enterReads })),
        ]),
        KeyHelpRow("y", t("复制所选数字及日期、来源 (--clipboard)", "copy the figure, its date and source (--clipboard)"), [
            KeyBinding([.character("y")], .copy, hint: .init("y", t("复制", "copy"), rank: 13, when: { $0.figureSelected })),
        ]),
        KeyHelpRow("z", t("放大当前面板 / 还原", "zoom the focused panel / restore"), [
            KeyBinding([.character("z")], .toggleZoom, hint: .init("z", t("放大", "zoom"), rank: 12, when: { $0.panels > 1 })),
        ]),
        KeyHelpRow("Esc / Backspace", t("返回上一级(先清除筛选)", "back one level (a filter is cleared first)"), [
            KeyBinding([.escape, .backspace], .back, hint: .init("Esc", t("返回", "back"), rank: 6, when: {
                $0.navigation.stack.count > 1 && !$0.filtered
            })),
            KeyBinding([.escape, .backspace], .back, hint: .init("Esc", t("清除筛选", "clear filter"), rank: 6, when: { $0.filtered })),
        ]),
        KeyHelpRow("o / t / c", t("总览 / 本市目标 / 对比所选指标", "overview / city targets / compare"), [
            KeyBinding([.character("o")], .showOverview),
            KeyBinding([.character("t")], .showTargets, hint: .init("t", t("目标", "targets"), rank: 9, when: notOnTargets)),
            KeyBinding([.character("c")], .showCompare, hint: .init("c", t("对比", "compare"), rank: 3, when: onTargets)),
        ]),
        KeyHelpRow("v", t("对比:绝对值 / 占目标", "compare: values / share of target"), [
            KeyBinding([.character("v")], .toggleCompareMode, hint: .init("v", t("绝对值/占目标", "values/share"), rank: 2, when: onCompare)),
        ]),
        KeyHelpRow("/", t("搜索城市、集群、指标、关键数据、行动任务、重点方向、部门、项目与企业",
                          "search cities, clusters, indicators, key facts, plan tasks, focus areas, departments, projects and enterprises"), [
            KeyBinding([.character("/")], .startSearch, hint: .init("/", t("搜索", "search"), rank: 10)),
        ]),
        KeyHelpRow("n / N", t("上次搜索的下一个 / 上一个结果", "next / previous hit of the last search"), [
            KeyBinding([.character("n")], .searchStep(1)), KeyBinding([.character("N")], .searchStep(-1)),
        ]),
        KeyHelpRow("f", t("筛选当前表格的行(中英文皆可)", "filter the focused table's rows (Chinese or English)"), [
            KeyBinding([.character("f")], .startFilter, hint: .init("f", t("筛选", "filter"), rank: 12, when: { $0.tableFocused })),
        ]),
        KeyHelpRow("s / S", t("切换排序 / 反向", "cycle the sort / reverse it"), [
            KeyBinding([.character("s")], .cycleSort, hint: .init("s", t("排序", "sort"), rank: 2, when: onTargets)),
            KeyBinding([.character("S")], .reverseSort),
        ]),
        KeyHelpRow("T", t("下一个主题", "next theme"), [KeyBinding([.character("T")], .nextTheme)]),
        KeyHelpRow("L", t("切换语言 中文/English", "switch language"), [
            KeyBinding([.character("L")], .toggleLanguage, hint: .init("L", t("中/EN", "zh/en"), rank: 11)),
        ]),
        KeyHelpRow("?", t("帮助", "help"), [
            KeyBinding([.character("?"), .function(1)], .toggleHelp, hint: .init("?", t("帮助", "help"), rank: 7)),
        ]),
        KeyHelpRow("q Ctrl-C / Ctrl-Z", t("退出 / 挂起 (fg 返回)", "quit / suspend (fg returns)"), [
            KeyBinding(quitKeys, .quit, hint: .init("q", t("退出", "quit"), rank: 8)),
            KeyBinding([suspendKey], .suspend),
        ]),
        // Not a key, but the overlay lists it with them (the run loop maps mouse events).
        KeyHelpRow("mouse", t("单击选择,双击进入,滚轮滚动", "click selects, double click opens, wheel scrolls"), []),
    ]

    /// While help is open only closing it and quitting get through. `q` closes help, as in
    /// less and lazygit's menus: a user reading help who presses q means "done reading".
    public static let help: [KeyHelpRow] = [
        KeyHelpRow("Esc / q", t("关闭帮助", "close help"), [
            KeyBinding([.escape, .backspace, .character("?"), .character("q"), .function(1)], .toggleHelp),
        ]),
        KeyHelpRow("↑ ↓ PgUp PgDn g G", t("滚动帮助", "scroll help"), [
            KeyBinding([.up, .character("k")], .scrollHelp(-1)), KeyBinding([.down, .character("j")], .scrollHelp(1)),
            KeyBinding([.pageUp], .scrollHelp(-10)), KeyBinding([.pageDown], .scrollHelp(10)),
            KeyBinding([.home, .character("g")], .scrollHelp(-1000)), KeyBinding([.end, .character("G")], .scrollHelp(1000)),
        ]),
        KeyHelpRow("Ctrl-C", t("退出", "quit"), [
            KeyBinding([.control("c"), .hangup], .quit), KeyBinding([suspendKey], .suspend),
        ]),
    ]

    /// While a row is read in full: scroll it, close it (q too, as in help), or quit.
    public static let reader: [KeyHelpRow] = [
        KeyHelpRow("Esc / q / Enter", t("关闭", "close"), [
            KeyBinding([.escape, .backspace, .character("q"), .enter], .back, hint: .init("Esc", t("关闭", "close"), rank: 0)),
        ]),
        KeyHelpRow("↑ ↓ PgUp PgDn g G", t("滚动", "scroll"), [
            KeyBinding([.up, .character("k")], .scrollReader(-1), hint: .init("↑↓", t("滚动", "scroll"), rank: 1)),
            KeyBinding([.down, .character("j")], .scrollReader(1)),
            KeyBinding([.pageUp], .scrollReader(-10)), KeyBinding([.pageDown, .character(" ")], .scrollReader(10)),
            KeyBinding([.home, .character("g")], .scrollReader(-100_000)), KeyBinding([.end, .character("G")], .scrollReader(100_000)),
        ]),
        KeyHelpRow("y", t("复制", "copy"), [
            KeyBinding([.character("y")], .copy, hint: .init("y", t("复制", "copy"), rank: 2, when: { $0.figureSelected })),
        ]),
        KeyHelpRow("?", t("帮助", "help"), [
            KeyBinding([.character("?"), .function(1)], .toggleHelp, hint: .init("?", t("帮助", "help"), rank: 3)),
        ]),
        // A hit read in full (a plan task, a department): the next one is a key away.
        KeyHelpRow("n / N", t("上次搜索的下一个 / 上一个结果", "next / previous hit of the last search"), [
            KeyBinding([.character("n")], .searchStep(1)), KeyBinding([.character("N")], .searchStep(-1)),
        ]),
        KeyHelpRow("Ctrl-C", t("退出", "quit"), [
            KeyBinding([.control("c"), .hangup], .quit), KeyBinding([suspendKey], .suspend),
        ]),
    ]

    /// While searching, printable keys type into the query.
    public static let search: [KeyHelpRow] = [
        KeyHelpRow("Esc", t("取消", "cancel"), [
            KeyBinding([.escape, .control("c")], .searchCancel, hint: .init("Esc", t("取消", "cancel"), rank: 2)),
        ]),
        KeyHelpRow("Enter", t("跳转", "jump"), [
            KeyBinding([.enter], .searchSubmit, hint: .init("↵", t("跳转", "jump"), rank: 0)),
        ]),
        KeyHelpRow("Backspace", t("删除", "erase"), [KeyBinding([.backspace, .delete], .searchErase)]),
        KeyHelpRow("↑ ↓", t("选择", "select"), [
            KeyBinding([.up], .searchMove(-1), hint: .init("↑↓", t("选择", "select"), rank: 1)),
            KeyBinding([.down, .tab], .searchMove(1)),
        ]),
        KeyHelpRow("", t("其他键输入查询", "other keys type the query"), [
            KeyBinding([.hangup], .quit), KeyBinding([suspendKey], .suspend),
        ]),
    ]

    /// While a table's filter is typed, printable keys type into it; ↑↓ move over the rows
    /// it leaves.
    public static let filter: [KeyHelpRow] = [
        KeyHelpRow("Enter", t("保留筛选", "keep the filter"), [
            KeyBinding([.enter], .filterKeep, hint: .init("↵", t("保留筛选", "keep filter"), rank: 0)),
        ]),
        KeyHelpRow("Esc", t("取消筛选", "drop the filter"), [
            KeyBinding([.escape, .control("c")], .filterCancel, hint: .init("Esc", t("取消", "cancel"), rank: 2)),
        ]),
        KeyHelpRow("Backspace", t("删除", "erase"), [KeyBinding([.backspace, .delete], .filterErase)]),
        KeyHelpRow("↑ ↓", t("选择", "select"), [
            KeyBinding([.up], .move(-1), hint: .init("↑↓", t("选择", "select"), rank: 1)),
            KeyBinding([.down], .move(1)),
        ]),
        KeyHelpRow("", t("其他键输入筛选", "other keys type the filter"), [
            KeyBinding([.hangup], .quit), KeyBinding([suspendKey], .suspend),
        ]),
    ]

    /// The table in force for a state.
    public static func table(for navigation: Navigation) -> [KeyHelpRow] {
        navigation.search != nil ? search : navigation.filtering != nil ? filter : navigation.showHelp ? help
            : navigation.reader != nil ? reader : browsing
    }

    /// The action a key stands for in this state, from the table; nil for a key it lacks.
    public static func action(for key: Key, in navigation: Navigation) -> Action? {
        for row in table(for: navigation) {
            for binding in row.bindings where binding.keys.contains(key) { return binding.action(key) }
        }
        if case .character(let c) = key {
            if navigation.search != nil { return .searchType(c) }
            if navigation.filtering != nil { return .filterType(c) }
        }
        return nil
    }

    /// The footer's hints for a state, in rank order: searching or filtering, that box's
    /// table's; else the browsing table's (under the help overlay too, which is what Esc
    /// returns to).
    public static func hints(for context: HintContext, language: Language) -> [KeyHints.Hint] {
        let navigation = context.navigation
        let table = navigation.search != nil ? search : navigation.filtering != nil ? filter
            : navigation.reader != nil && !navigation.showHelp ? reader : browsing
        return table.flatMap(\.bindings).compactMap(\.hint).filter { $0.when(context) }
            .enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }
            .map { KeyHints.Hint($0.element.keys, $0.element.text.text(language)) }
    }
}

extension KeyTable {
    /// The README's key table, written from the browsing table so the two cannot drift
    /// (a test compares it with README.md; `IDASH_UPDATE_README=1` rewrites it).
    public static func markdown(_ language: Language) -> String {
        let header = language == .zh ? "| 按键 | 作用 |\n|---|---|" : "| key | action |\n|---|---|"
        let rows = browsing.map { row in
            "| " + row.label.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") + " | " + row.text.text(language) + " |"
        }
        return ([header] + rows).joined(separator: "\n")
    }
}
