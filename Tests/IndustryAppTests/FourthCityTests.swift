import TerminalKit
import BuiltinData
import Foundation
import IndustryApp
import IndustryModel
import IndustryViews
import Testing

/// Nothing is hard-coded to three cities: a fourth city file shows everywhere.
@Test func aFourthCityShowsInTheTabsOverviewKeysSearchAndCompare() throws {
    let fixture = "\(#filePath)".replacingOccurrences(of: "/IndustryAppTests/FourthCityTests.swift", with: "/Fixtures/fourth-city")
    let extra = try FileManager.default.contentsOfDirectory(atPath: fixture).sorted().map { name in
        DataFile(name: "extra-" + name, bytes: [UInt8](FileManager.default.contents(atPath: fixture + "/" + name)!))
    }
    let dataset = try DatasetLoader.load(BuiltinData.files + extra)
    #expect(dataset.cities.map(\.id) == ["nantong", "suzhou", "nanjing", "wuxi"])
    let context = AppContext(dataset: dataset, themeNames: ["dark"])
    var state = DashboardState(cityID: "nantong", language: .zh, asOf: Day(iso: "2026-11-25")!)
    state.display.width = 160
    state.display.height = 45
    func screen() -> [String] { state.render(dataset).grid.lines }
    expectRows(screen(), [0: " IndustryDash 新型工业化看板  1 南通  2 苏州  3 南京  4 无锡                                                                                  判断日 2026-11-25 "], "the header")
    App.update(&state, .selectCity(number: 4), context)
    #expect(state.navigation.cityID == "wuxi")
    #expect(Dashboard.path(state.navigation, state.display, dataset) == ["总览", "无锡"])
    let city = screen()
    expectRows(city, [city.firstIndex { $0.contains("物联网") } ?? -1: "│▶物联网                                                                                                                                                       │"], "Wuxi's clusters")
    App.update(&state, .showCompare, context)
    App.update(&state, .showOverview, context)
    App.update(&state, .showCompare, context)
    App.update(&state, .move(3), context)
    #expect(Dashboard.path(state.navigation, state.display, dataset) == ["总览", "对比: 两化融合发展水平指数"])
    // Wuxi's own target, under its name in the chart (not only its tab in the header).
    let lines = screen()
    let row = try #require(lines.firstIndex { $0.contains("││无锡") })
    expectRows(lines, [row: "│ 地区生产总值                                       ││无锡  + 进度正常                                                                                        │", row + 1: "│ 地区生产总值增长                                   ││  █████████████████████████████████████████████████████████████████████▉░░░░░┊░░░░░░░░░░ 65 (2025-01-01)│", row + 2: "│ 当年新增国家级专精特新“小巨人”企业                 ││  目标 70 (2026)                                                                                        │", row + 3: "│ 当年新增国家级制造业单项冠军企业                   ││  ▁█   2024-2025                                                                                        │"], "the compare chart")
}
