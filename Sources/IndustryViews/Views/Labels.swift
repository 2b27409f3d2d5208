import TerminalKit
import IndustryModel

/// The dashboard's own words in both languages. Data names come from the data files.
enum Labels {
    static let appName = LocalizedText(zh: "IndustryDash 新型工业化看板", en: "IndustryDash")
    static let overview = LocalizedText(zh: "总览", en: "Overview")
    static let targets = LocalizedText(zh: "目标", en: "Targets")
    static let compare = LocalizedText(zh: "对比", en: "Compare")
    static let help = LocalizedText(zh: "帮助", en: "Help")
    static let search = LocalizedText(zh: "搜索", en: "Search")
    static let asOf = LocalizedText(zh: "判断日", en: "as of")
    static let clusters = LocalizedText(zh: "产业集群", en: "Clusters")
    static let namedIndustries = LocalizedText(zh: "文件点名的产业与集群", en: "Industries and clusters the documents name")
    static let chains = LocalizedText(zh: "产业链", en: "Chains")
    static let systemChains = LocalizedText(zh: "体系的产业链(未分到集群)", en: "The system's chains (not assigned to clusters)")
    static let focusAreas = LocalizedText(zh: "重点方向", en: "Focus areas")
    static let indicator = LocalizedText(zh: "指标", en: "Indicator")
    static let latest = LocalizedText(zh: "最新", en: "Latest")
    static let trend = LocalizedText(zh: "走势", en: "Trend")
    static let seriesOnly = LocalizedText(zh: "项无目标序列", en: "series without a target")
    static let target = LocalizedText(zh: "目标", en: "Target")
    static let year = LocalizedText(zh: "年份", en: "Year")
    static let progress = LocalizedText(zh: "进度", en: "Progress")
    static let status = LocalizedText(zh: "状态", en: "Status")
    static let category = LocalizedText(zh: "类别", en: "Category")
    static let keyFacts = LocalizedText(zh: "关键数据", en: "Key facts")
    static let tiers = LocalizedText(zh: "企业梯队", en: "Enterprise tiers")
    static let sources = LocalizedText(zh: "来源", en: "Sources")
    static let source = LocalizedText(zh: "来源", en: "Source")
    static let tasks = LocalizedText(zh: "行动任务", en: "Plan tasks")
    static let leads = LocalizedText(zh: "牵头", en: "Lead")
    static let projects = LocalizedText(zh: "项目与企业", en: "Projects and enterprises")
    static let related = LocalizedText(zh: "相关指标", en: "Related indicators")
    static let noData = LocalizedText(zh: "无数据", en: "no data")
    static let none = LocalizedText(zh: "文件未列出", en: "none named in the documents")
    static let baseline = LocalizedText(zh: "基线", en: "Baseline")
    static let observations = LocalizedText(zh: "观测值", en: "Observations")
    static let wording = LocalizedText(zh: "原文", en: "Wording")
    static let note = LocalizedText(zh: "说明", en: "Note")
    static let forecast = LocalizedText(zh: "预计值", en: "forecast")
    static let stale = LocalizedText(zh: "目标年份的结果尚未公布。", en: "No result for the target year has been published.")
    static let paceUnknown = LocalizedText(zh: "无基期值:只知完成比例,无法判断进度。",
                                           en: "No baseline: the share reached is known, the pace is not.")
    static let expectedPace = LocalizedText(zh: "应达进度", en: "expected by then")
    static let absolute = LocalizedText(zh: "绝对值", en: "values")
    static let shareOfTarget = LocalizedText(zh: "占各自目标", en: "share of own target")
    static let yearsDiffer = LocalizedText(zh: "注意:各市目标年份不同", en: "Note: the cities' target years differ")
    static let comparable = LocalizedText(zh: "可对比指标", en: "Comparable indicators")
    static let system = LocalizedText(zh: "指标体系", en: "indicator system")
    static let goals = LocalizedText(zh: "目标与定位", en: "Goals")
    static let notes = LocalizedText(zh: "说明", en: "Notes")
    static let noMatch = LocalizedText(zh: "没有匹配项", en: "no match")
    static let onlyOneCity = LocalizedText(zh: "只有一个城市有此指标", en: "only one city measures this")
    static let tooSmall = LocalizedText(zh: "终端太小", en: "terminal too small")
}

extension ViewState {
    /// Whether Chinese text beyond the labels (the other-language name, the documents'
    /// wording) may be shown: always in Chinese, in English unless the screen is ASCII-only.
    var showsChinese: Bool { language == .zh || (canShowChinese && !ascii) }

    /// A label in the current language.
    func t(_ text: LocalizedText) -> String { text.text(language) }
}
