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
            // A series without a target is a headline statistic kept for comparison, and has figures.
            if indicator.target == nil {
                #expect(indicator.category == "headline", "\(city.id)/\(indicator.id) has no target")
                #expect(!indicator.observations.isEmpty, "\(city.id)/\(indicator.id) has neither target nor figures")
            }
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
    // The 16 chains the plan only counts, as the industry bureau names them, kept at the system.
    #expect(nantong.system?.chainNames.count == 16)
    #expect(nantong.system?.chainNames.first?.zh == "高技术船舶和海洋工程装备")
    #expect(nantong.source(nantong.system?.chainNamesSource ?? "")?.url?.hasPrefix("https://gxj.nantong.gov.cn/") == true)
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
               "star-cloud-enterprises", "gdp", "gdp-growth", "above-scale-va-growth", "high-tech-share",
               "strategic-emerging-share", "little-giants-added", "single-champions-added"] {
        #expect(comparable.contains(id), "\(id) is not shared")
    }
    // Measures that only look alike (revenue or output; total or pooled FP16 computing; workshops
    // with or without factories; provincial demonstration or provincial-and-above factories).
    for id in ["ten-billion-revenue-firms", "ten-billion-output-manufacturers", "new-ten-billion-output-manufacturers",
               "computing-power-total", "pooled-intelligent-computing", "smart-workshops-factories", "smart-workshops",
               "provincial-smart-demo-factories", "smart-factories-provincial-up"] {
        #expect(dataset.cities.filter { $0.indicator(id) != nil }.count == 1, "\(id) should belong to one city")
    }
    for id in ["ten-billion-enterprises", "computing-power", "smart-factories-provincial"] {
        #expect(dataset.cities.allSatisfy { $0.indicator(id) == nil }, "\(id) joined two measures")
    }
}

@Test func theHeadlineSeriesCompareAcrossAllThreeCities() throws {
    for id in ["gdp", "gdp-growth"] {
        let comparison = try #require(dataset.comparison(of: id, asOf: Day(iso: "2026-12-01")!))
        #expect(comparison.entries.map(\.city.id) == ["nantong", "suzhou", "nanjing"])
        #expect(comparison.entries.allSatisfy { $0.latestValue != nil }, "\(id): a city has no figure")
    }
}

@Test func everyObservationSaysWhereItWasPublishedAndIsKnownFromThatDay() {
    var count = 0
    for city in dataset.cities {
        for indicator in city.indicators {
            for observation in indicator.observations {
                let source = city.source(observation.source)
                #expect(source?.link != nil, "\(city.id)/\(indicator.id) \(observation.date): source without an address")
                #expect(observation.published == source?.date, "\(city.id)/\(indicator.id) \(observation.date)")
                #expect(!observation.isPartial || observation.date.month < 12)
                count += 1
            }
        }
    }
    #expect(count >= 45)
}

@Test func aNantongCountTargetWithoutABaselineHasNoPace() throws {
    let nantong = try #require(dataset.city("nantong"))
    let firms = try #require(nantong.indicator("ten-billion-revenue-firms"))
    let progress = nantong.progress(of: firms, asOf: Day(iso: "2025-12-31")!)
    #expect(progress.status == .paceUnknown)
    #expect(progress.share == 0.75)
    // After 2025 with no 2025 figure: the screen says the year's result is not out.
    #expect(nantong.progress(of: firms, asOf: Day(iso: "2026-12-01")!).label.en == "no 2025 data")
}

@Test func aComparisonRanksCitiesByTheirTargets() throws {
    let comparison = try #require(dataset.comparison(of: "ii-integration-index", asOf: Day(iso: "2025-01-01")!))
    #expect(comparison.rankedByTarget().map(\.city.id) == ["nanjing", "nantong"])
    #expect(comparison.targetYearsDiffer)
    #expect(comparison.unit == .index)
}
