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
    func screen() -> String { state.render(dataset).grid.lines.joined(separator: "\n") }
    #expect(screen().contains("4 无锡"))
    App.update(&state, .selectCity(number: 4), context)
    #expect(state.navigation.cityID == "wuxi")
    App.update(&state, .drillDown, context)
    #expect(Dashboard.path(state.navigation, state.display, dataset) == ["总览", "无锡"])
    #expect(screen().contains("物联网"))
    App.update(&state, .showCompare, context)
    App.update(&state, .showOverview, context)
    App.update(&state, .showCompare, context)
    App.update(&state, .move(3), context)
    #expect(Dashboard.path(state.navigation, state.display, dataset) == ["总览", "对比: 两化融合发展水平指数"])
    // Wuxi's own target, under its name in the chart (not only its tab in the header).
    let lines = screen().split(separator: "\n").map(String.init)
    let row = try #require(lines.firstIndex { $0.contains("││无锡") })
    #expect(lines[(row + 1)...].prefix(3).contains { $0.contains("70 (2026)") })
}
