import TerminalKit
import IndustryModel

/// The program's own words in both languages, in one table: screens, slides, handouts
/// and messages. Data names come from the data files.
public enum Labels {
    public static let appName = LocalizedText(zh: "IndustryDash 新型工业化看板", en: "IndustryDash")
    public static let overview = LocalizedText(zh: "总览", en: "Overview")
    public static let targets = LocalizedText(zh: "目标", en: "Targets")
    public static let compare = LocalizedText(zh: "对比", en: "Compare")
    public static let help = LocalizedText(zh: "帮助", en: "Help")
    public static let search = LocalizedText(zh: "搜索", en: "Search")
    public static let asOf = LocalizedText(zh: "判断日", en: "as of")
    public static let clusters = LocalizedText(zh: "产业集群", en: "Clusters")
    public static let namedIndustries = LocalizedText(zh: "文件点名的产业与集群", en: "Industries and clusters the documents name")
    public static let chains = LocalizedText(zh: "产业链", en: "Chains")
    public static let systemChains = LocalizedText(zh: "体系的产业链(未分到集群)", en: "The system's chains (not assigned to clusters)")
    public static let focusAreas = LocalizedText(zh: "重点方向", en: "Focus areas")
    public static let indicator = LocalizedText(zh: "指标", en: "Indicator")
    public static let latest = LocalizedText(zh: "最新", en: "Latest")
    public static let trend = LocalizedText(zh: "走势", en: "Trend")
    public static let seriesOnly = LocalizedText(zh: "项无目标序列", en: "series without a target")
    public static let target = LocalizedText(zh: "目标", en: "Target")
    public static let year = LocalizedText(zh: "年份", en: "Year")
    public static let status = LocalizedText(zh: "状态", en: "Status")
    public static let category = LocalizedText(zh: "类别", en: "Category")
    public static let keyFacts = LocalizedText(zh: "关键数据", en: "Key facts")
    public static let source = LocalizedText(zh: "来源", en: "Source")
    public static let tasks = LocalizedText(zh: "行动任务", en: "Plan tasks")
    public static let leads = LocalizedText(zh: "牵头", en: "Lead")
    public static let projects = LocalizedText(zh: "项目与企业", en: "Projects and enterprises")
    public static let related = LocalizedText(zh: "相关指标", en: "Related indicators")
    public static let noData = LocalizedText(zh: "无数据", en: "no data")
    public static let none = LocalizedText(zh: "文件未列出", en: "none named in the documents")
    public static let baseline = LocalizedText(zh: "基线", en: "Baseline")
    public static let observations = LocalizedText(zh: "观测值", en: "Observations")
    public static let wording = LocalizedText(zh: "原文", en: "Wording")
    public static let note = LocalizedText(zh: "说明", en: "Note")
    public static let waitingForPresenter = LocalizedText(zh: "等待演示者……", en: "Waiting for the presenter…")
    public static let aimMeans = LocalizedText(zh: "", en: "aim = striving for")
    public static func slideNotInData(_ view: String) -> LocalizedText {
        LocalizedText(zh: "本机数据中没有此页: " + view, en: "This slide is not in your data: " + view)
    }
    public static let lastPace = LocalizedText(zh: "最近一次的进度:", en: "Pace when last measured:")
    public static let stale = LocalizedText(zh: "目标年份的结果尚未公布。", en: "No result for the target year has been published.")
    public static let paceUnknown = LocalizedText(zh: "无基期值:只知完成比例,无法判断进度。",
                                           en: "No baseline: the share reached is known, the pace is not.")
    public static let expectedPace = LocalizedText(zh: "应达进度", en: "expected by then")
    public static let absolute = LocalizedText(zh: "绝对值", en: "values")
    public static let shareOfTarget = LocalizedText(zh: "占各自目标", en: "share of own target")
    public static let yearsDiffer = LocalizedText(zh: "注意:各市目标年份不同", en: "Note: the cities' target years differ")
    public static let comparable = LocalizedText(zh: "可对比指标", en: "Comparable indicators")
    public static let system = LocalizedText(zh: "指标体系", en: "indicator system")
    public static let noMatch = LocalizedText(zh: "没有匹配项", en: "no match")
    public static let filter = LocalizedText(zh: "筛选", en: "filter")
    public static let notFilterable = LocalizedText(zh: "此面板是文字,没有可筛选的表格", en: "this panel is text: no table to filter")
    /// The width probe found box drawing two cells wide. Fits the 80-column overview's
    /// status bar whole; no ambiguous-width character in it, since this terminal would
    /// draw one wide too.
    public static let boxesDrawnWide = LocalizedText(zh: "框线被画成两格宽:改用 ASCII 边框(--no-detect 不检测)",
                                                  en: "Box lines drawn 2 cells wide: ASCII borders (--no-detect)")
    public static let onlyOneCity = LocalizedText(zh: "只有一个城市有此指标", en: "only one city measures this")
    public static let tooSmall = LocalizedText(zh: "终端太小", en: "terminal too small")
    public static let listSeparator = LocalizedText(zh: "、", en: ", ")
    public static let distinction = LocalizedText(zh: "级别", en: "Distinction")
    public static let value = LocalizedText(zh: "数值", en: "Value")
    public static let asOfColumn = LocalizedText(zh: "截至", en: "As of")
    public static let name = LocalizedText(zh: "名称", en: "Name")
    public static let keys = LocalizedText(zh: "按键", en: "keys")
    public static let keysHere = LocalizedText(zh: "本屏按键", en: "Keys on this screen")
    public static let otherKeys = LocalizedText(zh: "其他按键", en: "Other keys")
    public static let marks = LocalizedText(zh: "标记", en: "Marks")
    public static let selectedRow = LocalizedText(zh: "所选行(当前面板 / 其他面板)", en: "selected row (focused panel / other)")
    public static let moreRows = LocalizedText(zh: "还有更多行", en: "more rows")
    public static let targetOnBar = LocalizedText(zh: "条形图上的目标", en: "target on a bar")
    public static let cutText = LocalizedText(zh: "文字被截断(回车阅读全文)", en: "cut (Enter reads it in full)")
    public static let noRows = LocalizedText(zh: "(无)", en: "(none)")
    public static let standing = LocalizedText(zh: "目标进展", en: "Where the targets stand")
    public static let partners = LocalizedText(zh: "责任部门", en: "Responsible")
    public static let concernsClusters = LocalizedText(zh: "涉及集群", en: "Clusters")
    public static let setsTargets = LocalizedText(zh: "相关指标", en: "Targets it sets")
    public static let qualifiers = LocalizedText(zh: "限定", en: "Qualifiers")
    public static let kind = LocalizedText(zh: "类型", en: "Kind")
    public static let cluster = LocalizedText(zh: "集群", en: "Cluster")
    public static let read = LocalizedText(zh: "阅读", en: "read")
    public static let kindCity = LocalizedText(zh: "城市", en: "city")
    public static let kindCluster = LocalizedText(zh: "集群", en: "cluster")
    public static let kindIndicator = LocalizedText(zh: "指标", en: "indicator")
    public static let noSearchYet = LocalizedText(zh: "还没有搜索:按 / 搜索", en: "no search yet: press / to search")
    public static let kindFact = LocalizedText(zh: "数据", en: "fact")
    public static let kindProject = LocalizedText(zh: "项目", en: "project")
    public static let kindEnterprise = LocalizedText(zh: "企业", en: "enterprise")
    public static let kindInstitution = LocalizedText(zh: "机构", en: "institution")
    public static let kindTask = LocalizedText(zh: "任务", en: "task")
    public static let kindFocusArea = LocalizedText(zh: "重点方向", en: "focus area")
    public static let kindDepartment = LocalizedText(zh: "部门", en: "department")
    public static let leadsTasks = LocalizedText(zh: "牵头的任务", en: "Tasks it leads")
    public static let sharesTasks = LocalizedText(zh: "作为责任部门的任务", en: "Tasks it is responsible for")
    public static let expectedShort = LocalizedText(zh: "预计", en: "exp.")
    public static let noNotes = LocalizedText(zh: "(本页没有讲稿)", en: "(no notes for this slide)")
    public static let notReloaded = LocalizedText(zh: "数据未重新载入", en: "data not reloaded")
    public static let speakerNotes = LocalizedText(zh: "讲稿:", en: "Notes: ")
    public static let sourcesHeading = LocalizedText(zh: "来源:", en: "Sources:")
    public static let presenterBrowsing = LocalizedText(zh: "演示者正在查看仪表盘 · q 退出", en: "the presenter is showing the dashboard · q quits")
    public static let presenterEnded = LocalizedText(zh: "演示已结束 · q 退出", en: "the presenter has ended · q quits")
    public static let shareFull = LocalizedText(zh: "跟随人数已满 · q 退出", en: "the share is full · q quits")
    public static let following = LocalizedText(zh: "跟随演示", en: "following")
    public static let auto = LocalizedText(zh: "自动 ", en: "auto ")
    public static let goTo = LocalizedText(zh: "跳至 ", en: "go to ")
    public static let needAtLeast = LocalizedText(zh: "至少需要 ", en: "need at least ")
    public static let now = LocalizedText(zh: "当前 ", en: "now ")
    /// ":" after a label, "," and ";" between parts, as each language writes them.
    public static let colon = LocalizedText(zh: ":", en: ": ")
    public static let comma = LocalizedText(zh: ",", en: ", ")
    public static let semicolon = LocalizedText(zh: ";", en: "; ")

    // `y`: copying a figure with its source.
    /// Before a target in copied text, inside a sentence: "; 目标 20家 (2025)".
    public static let copiedTarget = LocalizedText(zh: "目标", en: "target")
    public static let copied = LocalizedText(zh: "已复制:", en: "copied: ")
    public static let copyOff = LocalizedText(zh: "复制未开启:以 --clipboard 启动,或在 config.json5 中设置 clipboard: true",
                                              en: "copy is off: start with --clipboard or set clipboard: true in config.json5")
    public static let copyRefused = LocalizedText(zh: "未复制:数据文件未通过校验,屏幕上是上次通过校验的数据",
                                                  en: "not copied: the data files fail validation; the screen shows the last data that passed")
    public static let nothingToCopy = LocalizedText(zh: "这里没有可复制的内容", en: "nothing to copy here")

    public static let distinctions: [ClusterTag: LocalizedText] = [
        .nationalAdvanced: LocalizedText(zh: "国家级集群", en: "national"),
        .trillionLevel: LocalizedText(zh: "万亿级", en: "trillion"),
        .trillionTarget: LocalizedText(zh: "万亿目标", en: "trillion target"),
        .pillar: LocalizedText(zh: "支柱产业", en: "pillar"),
    ]

    // Words with figures in them; English nouns agree with the number (MeasureWords).
    public static func clusterCount(_ n: Int) -> LocalizedText { LocalizedText(zh: "\(n)个集群", en: MeasureWords.counted(n, "clusters")) }
    public static func chainCount(_ n: Int) -> LocalizedText { LocalizedText(zh: "\(n)条产业链", en: MeasureWords.counted(n, "chains")) }
    public static func citedSources(_ n: Int) -> LocalizedText {
        LocalizedText(zh: "\(n)条来源,各数字均注明出处", en: MeasureWords.counted(n, "cited sources") + "; every figure names its own")
    }
    public static func forecastCount(_ n: Int) -> LocalizedText { LocalizedText(zh: "(其中预计\(n))", en: " (\(n) exp.)") }
    public static func monthsTo(_ month: Int) -> LocalizedText {
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return LocalizedText(zh: "1-\(month)月", en: "Jan-" + names[month - 1])
    }
    public static func action(_ number: Int) -> LocalizedText { LocalizedText(zh: "行动\(number) ", en: "Action \(number) ") }
    public static func task(_ number: Int) -> LocalizedText { LocalizedText(zh: "任务\(number) ", en: "Task \(number) ") }
    public static func moreInHandout(_ n: Int) -> LocalizedText {
        LocalizedText(zh: "……另有\(n)项(见讲义)", en: "+\(n) more (in the handout)")
    }
    public static func targetsOf(_ count: Int, _ total: Int) -> LocalizedText {
        LocalizedText(zh: "\(count)项(共\(total)项目标)", en: "\(count) of " + MeasureWords.counted(total, "targets"))
    }
    public static func forecastsAmong(_ forecasts: Int, of count: Int) -> LocalizedText {
        LocalizedText(zh: "(预计\(forecasts)项)", en: forecasts == count ? " (exp.)" : " (\(forecasts) exp.)")
    }
    public static func filtered(_ shown: Int, of total: Int) -> LocalizedText {
        LocalizedText(zh: "\(shown)/\(total)", en: "\(shown) of \(total)")
    }
    public static func noCity(_ n: Int) -> LocalizedText { LocalizedText(zh: "没有第\(n)个城市", en: "no city \(n)") }
    public static func noSlide(_ typed: String, _ count: Int) -> LocalizedText {
        LocalizedText(zh: "没有第\(typed)页(1–\(count))", en: "no slide \(typed) (1-\(count))")
    }
    /// The presenter's footer after `idash present` carried on from the position file.
    public static func resumed(_ slide: Int) -> LocalizedText {
        LocalizedText(zh: "从第\(slide)页继续(--from-start 从头开始)", en: "resumed at slide \(slide) (--from-start begins again)")
    }
    public static func positionUnreadable(_ path: String, _ reason: String) -> LocalizedText {
        LocalizedText(zh: "无法读取 \(path):\(reason);从第1页开始", en: "cannot read \(path): \(reason); starting at slide 1")
    }
    public static let orHere = LocalizedText(zh: "或在本机:", en: "or on this machine:")
    public static func join(_ how: String) -> LocalizedText { LocalizedText(zh: "加入:\(how)(密钥:idash share-key)", en: "join: \(how) (keys: idash share-key)") }
    /// The presenter's footer while sharing: how many follow.
    public static func followerCount(_ n: Int) -> LocalizedText { LocalizedText(zh: "\(n) 人跟随", en: "\(n) following") }
    public static func moreProblems(_ n: Int) -> LocalizedText { LocalizedText(zh: "(另有 \(n) 处)", en: " (+\(n) more)") }
    public static func handoutSubtitle(_ day: Day, _ count: Int) -> LocalizedText {
        LocalizedText(zh: "判断日 \(day),共\(count)页", en: "As of \(day), " + MeasureWords.counted(count, "slides"))
    }
    /// The counts a system gives, joined: "6个集群 · 16条产业链"; counts not given are left out.
    public static func systemCounts(_ system: IndustrySystem) -> [LocalizedText] {
        [system.clusterCount.map(clusterCount), system.chainCount.map(chainCount)].compactMap { $0 }
    }
}
