import Testing
import BuiltinData
@testable import IndustryModel

private let dataset: Dataset = try! BuiltinData.load()

@Test func theBuiltInDataLoadsWithoutProblems() throws {
    _ = try BuiltinData.load()
}

@Test func theThreeCitiesComeInKeyOrder() {
    #expect(dataset.cities.map(\.id) == ["nantong", "suzhou", "nanjing"])
    #expect(dataset.cities.map(\.order) == [1, 2, 3])
}

@Test func everyBuiltInFileIsInTheSampleDataFolderAndViceVersa() throws {
    let folder = fixtures.replacingFirst("/Tests/Fixtures", with: "/sample-data")
    let onDisk = try DatasetLoader.load(directory: folder)
    #expect(onDisk == dataset)
}

@Test func everyFigureNamesASourceTheCityDeclares() {
    for city in dataset.cities {
        let known = Set(city.sources.map(\.id))
        var used: [String] = city.facts.map(\.source) + city.entities.map(\.source) + city.goals.map(\.source)
        used += city.clusters.flatMap(\.sources) + city.actions.map(\.source) + [city.system?.source].compactMap { $0 }
        for indicator in city.indicators {
            used += [indicator.target?.source, indicator.baseline?.source].compactMap { $0 }
            used += indicator.observations.map(\.source)
            #expect(indicator.target != nil, "\(city.id)/\(indicator.id) has no target")
        }
        for id in used { #expect(known.contains(id), "\(city.id) uses unknown source \(id)") }
        #expect(city.clusters.allSatisfy { !$0.sources.isEmpty })
    }
}

@Test func nantongHasTheThirteenIndicatorSystemInSixCategories() throws {
    let nantong = try #require(dataset.city("nantong"))
    let system = nantong.indicators.filter { $0.number != nil }.sorted { $0.number! < $1.number! }
    #expect(system.map(\.number!) == Array(1...13))
    #expect(Set(system.map(\.category)).count == 6)
    #expect(system.first { $0.number == 9 }?.target?.isQualitative == true)
    #expect(system.first { $0.number == 7 }?.target?.qualifiers == [.about])
}

@Test func nantongHasThe616SystemEightActionsAnd27Tasks() throws {
    let nantong = try #require(dataset.city("nantong"))
    #expect(nantong.system?.code == "616")
    #expect(nantong.system?.clusterCount == 6 && nantong.system?.chainCount == 16)
    #expect(nantong.clusters.filter { $0.tags.contains(.keyCluster) }.count == 6)
    #expect(nantong.actions.count == 8)
    #expect(nantong.actions.flatMap(\.tasks).map(\.number) == Array(1...27))
    #expect(nantong.actions.flatMap(\.tasks).allSatisfy { !$0.leads.isEmpty })
}

@Test func nantongClusterOutputIsTheExpectedOverOnePointThreeTrillion() throws {
    let output = try #require(dataset.city("nantong")?.indicator("cluster-output"))
    #expect(output.target?.value == 13000)
    #expect(output.latest?.qualifiers == [.expected, .over])
    #expect(output.latest?.source == "nt-results-2025")
}

@Test func suzhouAndNanjingKeepTheirSystemsAndSayWhatIsNotListed() throws {
    let suzhou = try #require(dataset.city("suzhou"))
    #expect(suzhou.system?.code == "1030")
    #expect(suzhou.clusters.filter { $0.tags.contains(.trillionLevel) }.count == 3)
    #expect(suzhou.clusters.filter { $0.tags.contains(.nationalAdvanced) }.count == 3)
    #expect(suzhou.system?.note != nil)
    let nanjing = try #require(dataset.city("nanjing"))
    #expect(nanjing.system?.code == "2+6+6")
    #expect(nanjing.clusters.filter { $0.tags.contains(.pillar) }.count == 4)
    #expect(nanjing.indicators.filter { $0.target?.year == 2026 }.count == 13)
}

@Test func noIdIsUsedTwiceWithinACity() {
    for city in dataset.cities {
        for ids in [city.indicators.map(\.id), city.clusters.map(\.id), city.facts.map(\.id), city.entities.map(\.id),
                    city.sources.map(\.id), city.departments.map(\.id), city.categories.map(\.id)] {
            #expect(Set(ids).count == ids.count, "\(city.id) repeats an id in \(ids)")
        }
    }
}

@Test func theCitiesShareIndicatorIdsWhereTheyMeasureTheSameThing() {
    let comparable = Set(dataset.comparableIndicatorIDs())
    for id in ["ii-integration-index", "cnc-rate-key-processes", "digital-rd-tools-rate", "mgmt-digitalization-rate",
               "star-cloud-enterprises", "computing-power", "smart-factories-provincial", "smart-workshops",
               "ten-billion-enterprises"] {
        #expect(comparable.contains(id), "\(id) is not shared")
    }
}

@Test func aComparisonRanksCitiesByTheirTargets() throws {
    let comparison = try #require(dataset.comparison(of: "ii-integration-index", asOf: Day(iso: "2025-01-01")!))
    #expect(comparison.rankedByTarget().map(\.city.id) == ["nanjing", "nantong"])
    #expect(comparison.targetYearsDiffer)
    #expect(comparison.unit == .index)
}
