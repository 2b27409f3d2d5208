import Testing
import TestSupport
@testable import IndustryModel

private let source = "s"
private let planStart = Day(year: 2024, month: 1, day: 1)!

/// A level (an index), so that pace applies; growth rates (`.percent`) are tested apart.
private func indicator(direction: Direction = .higher, baseline: Double? = nil, values: [(String, Double)] = [],
                       target: Double? = 100, text: LocalizedText? = nil, year: Int = 2025,
                       qualifiers: [Qualifier] = [], unit: IndustryModel.Unit = .index) -> Indicator {
    Indicator(
        id: "x", name: LocalizedText(zh: "指标", en: "indicator"), category: "c", unit: unit,
        direction: direction,
        baseline: baseline.map { Observation(date: planStart, value: $0, source: source) },
        observations: values.map { Observation(date: Day(iso: $0.0)!, value: $0.1, source: source) },
        target: Target(value: target, text: text, year: year, qualifiers: qualifiers, source: source))
}

private func judge(_ indicator: Indicator, on day: String = "2025-01-01") -> Progress {
    ProgressMaths.progress(of: indicator, planStart: planStart, asOf: Day(iso: day)!)
}

@Test func aHigherIsBetterTargetMetIsAchieved() {
    let progress = judge(indicator(values: [("2024-06-30", 100)]))
    #expect(progress.status == .achieved)
    #expect(progress.share == 1)
}

@Test func shareCountsFromTheBaselineWhenThereIsOne() {
    let progress = judge(indicator(baseline: 60, values: [("2024-12-31", 80)]))
    #expect(progress.share == 0.5)
}

@Test func shareCountsFromZeroWithoutABaseline() {
    #expect(judge(indicator(values: [("2024-06-30", 25)])).share == 0.25)
}

@Test func aLowerIsBetterIndicatorGainsAsItFalls() {
    let falling = indicator(direction: .lower, baseline: 10, values: [("2024-12-31", 8)], target: 6)
    #expect(judge(falling).share == 0.5)
    let reached = indicator(direction: .lower, values: [("2024-12-31", 5.9)], target: 6)
    #expect(judge(reached).status == .achieved)
    let rising = indicator(direction: .lower, baseline: 10, values: [("2024-12-31", 12)], target: 6)
    #expect(judge(rising).share == -0.5)
    #expect(judge(rising).status == .behind)
}

@Test func expectedShareIsTheElapsedPartOfThePlanPeriodOnTheObservationDay() {
    // 2024-01-01 to 2025-12-31 is 730 days; 2024-12-31 is day 365.
    let progress = judge(indicator(baseline: 0, values: [("2024-12-31", 50)]))
    #expect(abs(progress.expected! - 365.0 / 730.0) < 1e-9)
    #expect(progress.status == .onTrack)
}

@Test func aShareAFewPointsShortOfThePaceIsStillOnTrackButFurtherIsAtRiskThenBehind() {
    // Half the period has passed on 2024-12-31 (365 of 730 days).
    #expect(judge(indicator(baseline: 0, values: [("2024-12-31", 46)])).status == .onTrack)
    #expect(judge(indicator(baseline: 0, values: [("2024-12-31", 35)])).status == .atRisk)
    #expect(judge(indicator(baseline: 0, values: [("2024-12-31", 20)])).status == .behind)
}

@Test func aQualitativeTargetIsReportedAsQualitative() {
    let words = indicator(target: nil, text: LocalizedText(zh: "低于全省平均", en: "below the provincial average"))
    #expect(judge(words).status == .qualitative)
}

@Test func anIndicatorWithoutObservationsHasNoData() {
    #expect(judge(indicator()).status == .noData)
}

@Test func aValueForTheTargetYearThatMissesIsBehind() {
    let progress = judge(indicator(values: [("2025-12-31", 90)]), on: "2026-03-01")
    #expect(progress.status == .behind)
    #expect(!progress.isStale)
}

@Test func anOldValueJudgedAfterTheTargetYearKeepsItsPaceAndIsFlaggedStale() {
    // 75 of 100 at the half-way point is ahead of pace; no 2025 figure has been published.
    let progress = judge(indicator(baseline: 0, values: [("2024-12-31", 75)]), on: "2026-03-01")
    #expect(progress.status == .noData, "no result for 2025: nothing to judge")
    #expect(progress.lastPace == .onTrack)
    #expect(progress.isStale)
    #expect(progress.label == LocalizedText(zh: "无2025年数据", en: "no 2025 data"))
    #expect(!judge(indicator(baseline: 0, values: [("2024-12-31", 75)]), on: "2025-06-01").isStale)
}

@Test func withoutABaselineThereIsNoPaceOnlyTheShareReached() {
    // 15 of 20 ten-billion firms with no count when the plan was set: 75% reached, pace unknown.
    let counted = indicator(values: [("2024-12-31", 15)], target: 20)
    let progress = judge(counted)
    #expect(progress.status == .paceUnknown)
    #expect(progress.share == 0.75)
    #expect(progress.expected == nil)
    for value in stride(from: 0.0, through: 99, by: 3) {
        #expect(judge(indicator(values: [("2024-12-31", value)])).status == .paceUnknown)
    }
}

@Test func onTrackAlwaysCountsFromABaseline() {
    // Whatever the figures, "on track" is only ever said of an indicator that has a baseline.
    var random = SplitMix64(seed: 12)
    for _ in 0..<2_000 {
        let hasBaseline = random.next() % 2 == 0
        let unit: IndustryModel.Unit = random.next() % 3 == 0 ? .percent : .index
        let value = Double(random.next() % 120)
        let day = ["2024-06-30", "2024-12-31", "2025-06-30", "2025-12-31"][Int(random.next() % 4)]
        var measured = indicator(baseline: hasBaseline ? Double(random.next() % 50) : nil, values: [(day, value)], unit: unit)
        if random.next() % 2 == 0 { measured.observations[0].qualifiers = [.expected] }
        let status = judge(measured, on: ["2025-01-01", "2026-06-01"][Int(random.next() % 2)]).status
        if status == .onTrack || status == .atRisk {
            #expect(measured.baseline != nil && unit != .percent)
        }
    }
}

@Test func aYearlyRateHasNoPaceBeforeTheTargetYear() {
    // Growth of 8% in 2024 says nothing about the way to 10% in 2025, baseline or not.
    let growth = indicator(baseline: 6, values: [("2024-12-31", 8)], target: 10, unit: .percent)
    #expect(judge(growth).status == .paceUnknown)
    #expect(judge(indicator(values: [("2025-12-31", 8)], target: 10, unit: .percent), on: "2026-03-01").status == .behind)
}

@Test func aForecastForTheTargetYearThatMissesIsExpectedBehind() {
    var forecast = indicator(values: [("2025-12-31", 70)], target: 100, unit: .percent)
    forecast.observations[0].qualifiers = [.expected]
    let progress = judge(forecast, on: "2026-02-01")
    #expect(progress.status == .behind)
    #expect(progress.label == LocalizedText(zh: "预计滞后", en: "exp. behind"))
}

@Test func aPartYearFigureIsShownButNeverJudged() {
    var measured = indicator(baseline: 0, values: [("2024-12-31", 40), ("2025-09-30", 99)])
    measured.observations[1].qualifiers = [.partial]
    let progress = judge(measured, on: "2025-11-01")
    #expect(progress.latest?.value == 40)
    #expect(measured.latest(asOf: Day(iso: "2025-11-01")!)?.value == 99)
}

@Test func aFigureIsNotKnownBeforeItsPublicationDay() {
    // The 2024 figure refers to 2024-12-31 but was published on 2025-03-20.
    var measured = indicator(baseline: 0, values: [("2024-12-31", 60)])
    measured.observations[0].published = Day(iso: "2025-03-20")!
    #expect(judge(measured, on: "2025-01-15").status == .noData)
    #expect(judge(measured, on: "2025-03-19").latest == nil)
    #expect(judge(measured, on: "2025-03-20").latest?.value == 60)
}

@Test func figuresDatedAfterTheDayJudgedAreNotYetKnown() {
    let later = indicator(values: [("2024-03-31", 10), ("2025-06-30", 100)])
    #expect(judge(later, on: "2024-06-30").latest?.value == 10)
    #expect(judge(later, on: "2025-07-01").status == .achieved)
    #expect(judge(indicator(values: [("2025-06-30", 100)]), on: "2024-06-30").status == .noData)
}

@Test func aMetTargetStaysAchievedAfterItsYear() {
    let progress = judge(indicator(values: [("2025-12-31", 101)]), on: "2027-01-01")
    #expect(progress.status == .achieved)
    #expect(!progress.isStale)
}

@Test func aForecastThatMeetsTheTargetIsExpectedMetNeverAchieved() {
    var forecast = indicator(values: [("2025-12-31", 100)])
    forecast.observations[0].qualifiers = [.expected, .over]
    let progress = judge(forecast, on: "2026-01-05")
    #expect(progress.status == .expectedMet)
    #expect(progress.isForecast)
    #expect(progress.label.en == "expected met")
}

@Test func aTargetOfAboutAValueIsMetWithinTwoPercent() {
    #expect(judge(indicator(values: [("2024-06-30", 98.5)], qualifiers: [.about])).status == .achieved)
    #expect(judge(indicator(values: [("2024-06-30", 98.5)])).status != .achieved)
}

@Test func theNewestObservationIsTheOneJudged() {
    let progress = judge(indicator(values: [("2024-01-31", 10), ("2024-06-30", 100)]))
    #expect(progress.latest?.value == 100)
    #expect(progress.status == .achieved)
}

@Test func aBaselineAloneIsNoData() {
    let progress = judge(indicator(baseline: 30))
    #expect(progress.latest == nil)
    #expect(progress.status == .noData)
}

@Test func aCityJudgesFromItsTargetSourcesPublicationDay() {
    let plan = Source(id: "plan", publisher: LocalizedText(zh: "甲", en: "A"), title: LocalizedText(zh: "乙", en: "B"),
                      date: Day(iso: "2025-01-01")!)
    var measured = indicator(baseline: 0, values: [("2025-07-02", 50)])
    measured.baseline?.date = Day(iso: "2025-01-01")!
    measured.target?.source = "plan"
    measured.observations[0].source = "plan"
    let city = City(id: "c", order: 1, name: LocalizedText(zh: "城", en: "City"), sources: [plan], indicators: [measured])
    let progress = city.progress(of: measured, asOf: Day(iso: "2025-08-01")!)
    #expect(abs(progress.expected! - 182.0 / 364.0) < 1e-9)
    #expect(city.statusCounts(asOf: Day(iso: "2025-08-01")!) == [.onTrack: 1])
}
