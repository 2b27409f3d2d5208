import BuiltinData
import IndustryModel
import IndustryViews
import Testing

/// What `y` copies, as whole strings: the figure as the dashboard writes it, its date, the
/// publication it is from, and the target with its own (or the same) publication.
@Suite("Copy text") struct CopyTextTests {
    static let dataset = try! BuiltinData.load()
    static let day = Day(iso: "2026-12-01")!

    static func display(_ language: Language) -> Display {
        Display(language: language, themeName: "dark", asOf: day)
    }

    static func text(_ row: RowTarget, _ language: Language, _ dataset: Dataset = dataset) -> String? {
        CopyText.text(row, display(language), dataset)
    }

    @Test func aTargetsRowCopiesItsLatestFigureDateAndSourceThenTheTargetWithItsOwn() {
        let firms = RowTarget.indicator(city: "nantong", indicator: "ten-billion-revenue-firms")
        #expect(Self.text(firms, .zh) == "15家 (2024-12-31) — 新华日报·交汇点(报道南通市工业和信息化局“十四五”规划系列主题新闻发布会)"
                + "《六大重点产业集群产值将突破1.3万亿,南通现代工业名城建设初显成效》2025-12-10"
                + ";目标 20家 (2025) — 南通市制造强市建设领导小组办公室《加快建设制造强市行动计划》2024-08-05")
        #expect(Self.text(firms, .en) == "15 enterprises (2024-12-31) — Xinhua Daily Jiaohuidian (reporting the Nantong Bureau of Industry"
                + " and IT's 14th Five-Year Plan results press conference), \"Six key clusters' output to pass 1.3 trillion yuan:"
                + " Nantong's modern industrial city takes shape\", 2025-12-10; target 20 enterprises (2025) — Nantong Manufacturing"
                + " Power City Leading Group Office, \"Action Plan for Accelerating the Building of a Manufacturing Power City\", 2024-08-05")
    }

    @Test func aForecastStaysAForecastAndARowWithNoFigureCopiesItsTarget() {
        let growth = RowTarget.indicator(city: "nantong", indicator: Self.dataset.cities[0].indicators[0].id)
        #expect(Self.text(growth, .zh) == "预计7% (2025-12-31) — 中央广播电视总台国际在线《南通市十六届人大六次会议开幕 谋划“十五五”发展新蓝图》2026-01-21"
                + ";目标 10% (2025) — 南通市制造强市建设领导小组办公室《加快建设制造强市行动计划》2024-08-05")
        let noFigure = RowTarget.indicator(city: "nantong", indicator: Self.dataset.cities[0].indicators[1].id)
        #expect(Self.text(noFigure, .zh) == "目标 40% (2025) — 南通市制造强市建设领导小组办公室《加快建设制造强市行动计划》2024-08-05")
        #expect(Self.text(noFigure, .en) == "target 40% (2025) — Nantong Manufacturing Power City Leading Group Office,"
                + " \"Action Plan for Accelerating the Building of a Manufacturing Power City\", 2024-08-05")
    }

    @Test func aKeyFactCopiesItsValueDateAndSource() {
        let fact = RowTarget.fact(city: "nantong", fact: "projects-started-since-2022")
        #expect(Self.text(fact, .zh) == "994个 (2025-12-10) — 新华日报·交汇点(报道南通市工业和信息化局“十四五”规划系列主题新闻发布会)"
                + "《六大重点产业集群产值将突破1.3万亿,南通现代工业名城建设初显成效》2025-12-10")
        #expect(Self.text(fact, .en) == "994 items (2025-12-10) — Xinhua Daily Jiaohuidian (reporting the Nantong Bureau of Industry"
                + " and IT's 14th Five-Year Plan results press conference), \"Six key clusters' output to pass 1.3 trillion yuan:"
                + " Nantong's modern industrial city takes shape\", 2025-12-10")
    }

    @Test func aComparisonCopiesALineACityUnderTheIndicatorsName() {
        let id = Self.dataset.comparableIndicatorIDs()[0]
        // Suzhou sets no target for it: its line ends with its figure's source.
        #expect(Self.text(.comparison(indicator: id), .zh) == "规上工业增加值增长率\n"
                + "南通 预计7% (2025-12-31) — 中央广播电视总台国际在线《南通市十六届人大六次会议开幕 谋划“十五五”发展新蓝图》2026-01-21"
                + ";目标 10% (2025) — 南通市制造强市建设领导小组办公室《加快建设制造强市行动计划》2024-08-05\n"
                + "苏州 预计9%左右 (2024-12-31) — 苏州市人民政府(2025年政府工作报告)《政府工作报告(苏州市十七届人大四次会议)》2025-01-12")
    }

    @Test func elsewhereTheRowsNameAndItsSources() {
        let city = Self.dataset.cities[0]
        let plan = "南通市制造强市建设领导小组办公室《加快建设制造强市行动计划》2024-08-05"
        #expect(Self.text(.cluster(city: "nantong", cluster: city.clusters[0].id), .zh) == "船舶海工 — " + plan
                + ";新华日报·交汇点(报道南通市工业和信息化局“十四五”规划系列主题新闻发布会)《六大重点产业集群产值将突破1.3万亿,南通现代工业名城建设初显成效》2025-12-10")
        let task = RowTarget.task(city: "nantong", action: city.actions[0].number, task: city.actions[0].tasks[0].number)
        #expect(Self.text(task, .zh) == "任务1 船舶海工产业 — " + plan)
        #expect(Self.text(task, .en) == "Task 1 Shipbuilding and offshore engineering — Nantong Manufacturing Power City Leading Group Office,"
                + " \"Action Plan for Accelerating the Building of a Manufacturing Power City\", 2024-08-05")
        #expect(Self.text(.entity(city: "nantong", entity: city.entities[0].id), .zh) == "中石油蓝海新材料(通州湾中国石油南通新材料基地) — " + plan)
        #expect(Self.text(.item, .zh) == nil)
        #expect(Self.text(.indicator(city: "nantong", indicator: "gone"), .zh) == nil)
    }

    @Test func oneCitationForFigureAndTargetFromTheSamePublicationAndNoControlCharacters() {
        let report = Source(id: "report", publisher: LocalizedText(zh: "某局\u{1B}]52;c;ZXZpbA==\u{07}", en: "Bureau\u{1B}[2J"),
                            title: LocalizedText(zh: "公报\u{9B}", en: "Bulletin\u{202E}"), date: Day(iso: "2025-03-01")!)
        let firms = Indicator(id: "firms", name: LocalizedText(zh: "企业", en: "Firms"), category: "c", unit: .count,
                              measure: LocalizedText(zh: "家", en: "firms"),
                              observations: [Observation(date: Day(iso: "2024-12-31")!, value: 12, source: "report")],
                              target: Target(value: 20, year: 2027, source: "report"))
        let city = City(id: "c", order: 1, name: LocalizedText(zh: "城", en: "City"), sources: [report], indicators: [firms])
        let dataset = Dataset(cities: [city])
        let row = RowTarget.indicator(city: "c", indicator: "firms")
        // ESC, BEL, the C1 CSI and a bidi override show as what they are, never as themselves.
        #expect(Self.text(row, .zh, dataset) == "12家 (2024-12-31),目标 20家 (2027) — 某局␛]52;c;ZXZpbA==␇《公报␦》2025-03-01")
        #expect(Self.text(row, .en, dataset) == "12 firms (2024-12-31), target 20 firms (2027) — Bureau␛[2J, \"Bulletin␦\", 2025-03-01")
    }

    @Test func theFooterOffersYOnlyForFigures() {
        #expect(CopyText.isFigure(.indicator(city: "c", indicator: "i")))
        #expect(CopyText.isFigure(.fact(city: "c", fact: "f")))
        #expect(CopyText.isFigure(.comparison(indicator: "i")))
        #expect(!CopyText.isFigure(.cluster(city: "c", cluster: "k")))
        #expect(!CopyText.isFigure(.task(city: "c", action: 1, task: 1)))
        #expect(!CopyText.isFigure(.city("c")))
    }
}
