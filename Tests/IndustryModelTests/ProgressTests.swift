import Testing
@testable import IndustryModel

private let source = "s"
private let planStart = Day(year: 2024, month: 1, day: 1)!

private func indicator(direction: Direction = .higher, baseline: Double? = nil, values: [(String, Double)] = [],
                       target: Double? = 100, text: LocalizedText? = nil, year: Int = 2025,
                       qualifiers: [Qualifier] = []) -> Indicator {
    Indicator(
        id: "x", name: LocalizedText(zh: "指标", en: "indicator"), category: "c", unit: .percent,
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
    let progress = judge(indicator(values: [("2024-12-31", 75)]), on: "2026-03-01")
    #expect(progress.status == .onTrack)
    #expect(progress.isStale)
    #expect(!judge(indicator(values: [("2024-12-31", 75)]), on: "2025-06-01").isStale)
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

@Test func aForecastThatMeetsTheTargetIsOnTrackNotAchieved() {
    var forecast = indicator(values: [("2025-12-31", 100)])
    forecast.observations[0].qualifiers = [.expected, .over]
    let progress = judge(forecast, on: "2026-01-05")
    #expect(progress.status == .onTrack)
    #expect(progress.isForecast)
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
    var measured = indicator(values: [("2025-07-02", 50)])
    measured.target?.source = "plan"
    measured.observations[0].source = "plan"
    let city = City(id: "c", order: 1, name: LocalizedText(zh: "城", en: "City"), sources: [plan], indicators: [measured])
    let progress = city.progress(of: measured, asOf: Day(iso: "2025-08-01")!)
    #expect(abs(progress.expected! - 182.0 / 364.0) < 1e-9)
    #expect(city.statusCounts(asOf: Day(iso: "2025-08-01")!) == [.onTrack: 1])
}
