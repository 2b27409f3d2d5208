/// How an indicator stands against its target.
public enum ProgressStatus: String, CaseIterable, Hashable, Sendable {
    case achieved
    /// A forecast (预计) says the target will be met: not a result yet.
    case expectedMet = "expected-met"
    case onTrack = "on-track"
    case atRisk = "at-risk"
    case behind
    /// A figure and a target but no baseline: the share reached is known, the pace is not.
    case paceUnknown = "pace-unknown"
    case noData = "no-data"
    case qualitative
    /// A series tracked for comparison, with no target in the city's plan.
    case noTarget = "no-target"

    public var label: LocalizedText {
        switch self {
        case .achieved: return LocalizedText(zh: "已达成", en: "achieved")
        case .expectedMet: return LocalizedText(zh: "预计达成", en: "expected met")
        case .onTrack: return LocalizedText(zh: "进度正常", en: "on track")
        case .atRisk: return LocalizedText(zh: "有风险", en: "at risk")
        case .behind: return LocalizedText(zh: "滞后", en: "behind")
        case .paceUnknown: return LocalizedText(zh: "进度未知", en: "pace unknown")
        case .noData: return LocalizedText(zh: "无数据", en: "no data")
        case .qualitative: return LocalizedText(zh: "定性目标", en: "qualitative")
        case .noTarget: return LocalizedText(zh: "无目标", en: "no target")
        }
    }

    /// The statuses of indicators that have a target, in the order summaries list them.
    public static let judged: [ProgressStatus] = [.achieved, .expectedMet, .onTrack, .atRisk, .behind, .paceUnknown,
                                                  .noData, .qualitative]
}

/// The result of judging one indicator on one day.
public struct Progress: Hashable, Sendable {
    public var status: ProgressStatus
    /// Share of the target reached (1 = reached); direction-aware; may exceed 1 or be negative.
    public var share: Double?
    /// Share of the plan period elapsed at the latest observation (0...1).
    public var expected: Double?
    public var latest: Observation?
    /// The latest value is a forecast (预计): it can put a target on track, never achieve it.
    public var isForecast: Bool
    /// The target year has ended and no value for it has been published yet: the status is
    /// the pace as last measured, not a verdict.
    public var isStale: Bool
    /// The target's year, for saying which year's result is missing.
    public var targetYear: Int?
    /// For a stale figure (`isStale`; the status is then "no data"): the pace as last measured.
    public var lastPace: ProgressStatus?

    public init(status: ProgressStatus, share: Double? = nil, expected: Double? = nil,
                latest: Observation? = nil, isForecast: Bool = false, isStale: Bool = false, targetYear: Int? = nil) {
        self.status = status
        self.targetYear = targetYear
        self.share = share
        self.expected = expected
        self.latest = latest
        self.isForecast = isForecast
        self.isStale = isStale
    }
}

extension Progress {
    /// The pace in words as last measured, a forecast's with its word ("预计进度正常"): what
    /// the detail and the summary give beside a target year's missing result.
    public var paceLabel: LocalizedText {
        let pace = lastPace ?? status
        guard isForecast, [.onTrack, .atRisk, .behind].contains(pace) else { return pace.label }
        return LocalizedText(zh: "预计" + pace.label.zh, en: "exp. " + pace.label.en)
    }

    /// The status in words, as every screen, slide and summary shows it: a forecast says so
    /// ("预计进度正常"), and a pace judged after the target year ended without a figure for it
    /// says that the year's result is not out ("无2025年数据"), not a verdict.
    public var label: LocalizedText {
        if isStale, let year = targetYear {
            return LocalizedText(zh: "无\(year)年数据", en: "no \(year) data")
        }
        return paceLabel
    }
}

/// Progress maths: pure functions of an indicator, the day its plan started and a day to judge on.
///
/// Rules (also in docs/progress.md):
/// - Only observations dated from the baseline's day (when there is one) to the day judged,
///   and published by then, count (a
///   figure published later was not known then); a partial-year figure is never judged against
///   a whole year's target; a baseline alone is "no data" (the state when the plan was set
///   says nothing about progress since).
/// - Without a baseline, or for a yearly rate (a growth rate), there is no pace: the share
///   reached is given and the status is "pace unknown" unless the target is met or a figure
///   for the target year is in.
/// - Share reached counts from the baseline when there is one ((v-b)/(t-b)), else from zero (v/t);
///   for lower-is-better indicators it is (b-v)/(b-t), else t/v.
/// - Expected share is the fraction of the period from the baseline's date (or the plan's
///   publication) to the end of the target year that had passed on the latest observation's
///   date: pace is judged when the figure was measured, not against today with stale data.
/// - Achieved when the latest value meets the target (a target "about" (左右) a value is met
///   within 2%), unless that value is a forecast (预计): then "expected met", never achieved.
/// - A value for the target year (or later) that misses is behind; a forecast of it is
///   "expected behind". A value from before it, judged after the year has ended, is stale:
///   the status is no data (no result for the target year has been published) and the pace
///   as last measured is kept in `lastPace`.
/// - Otherwise on track when the share is at least the expected share less 5 points, at risk
///   within 20 points, behind beyond.
public enum ProgressMaths {
    public static let onTrackGrace = 0.05
    public static let atRiskGrace = 0.20
    public static let aboutTolerance = 0.02

    public static func progress(of indicator: Indicator, planStart: Day, asOf: Day) -> Progress {
        guard let target = indicator.target else {
            return Progress(status: .noTarget, latest: indicator.judged(asOf: asOf))
        }
        // Figures from before the baseline are the history the plan started from, not
        // progress on it: only those from the baseline's day on are judged.
        let known = indicator.judged(asOf: asOf).flatMap { latest in
            indicator.baseline.map { latest.date >= $0.date } ?? true ? latest : nil
        }
        guard let targetValue = target.value else {
            return Progress(status: .qualitative, latest: known, targetYear: target.year)
        }
        guard let latest = known else {
            return Progress(status: .noData, targetYear: target.year)
        }
        let share = shareReached(value: latest.value, target: targetValue,
                                 baseline: indicator.baseline?.value, direction: indicator.direction)
        let start = indicator.baseline?.date ?? planStart
        let expected = elapsedShare(from: start, to: target.due, on: latest.date)
        let isForecast = latest.isForecast
        let isFinal = latest.date >= target.due
        let isStale = asOf > target.due && !isFinal
        // After the target year with only an older figure there is no result to judge: the
        // status says no data (counted and marked so), and the pace then is kept beside it.
        func result(_ status: ProgressStatus) -> Progress {
            let stale = isStale && status != .achieved
            var progress = Progress(status: stale ? .noData : status, share: share,
                                    expected: hasPace(indicator) ? expected : nil, latest: latest,
                                    isForecast: isForecast, isStale: stale, targetYear: target.year)
            if stale { progress.lastPace = status }
            return progress
        }
        if meets(latest.value, target: target, direction: indicator.direction) {
            return result(isForecast ? .expectedMet : .achieved)
        }
        if isFinal {
            return result(.behind)  // a forecast for the target year that misses reads "预计滞后"
        }
        guard hasPace(indicator) else {
            return result(.paceUnknown)
        }
        if let share, share + onTrackGrace >= expected {
            return result(.onTrack)
        }
        if let share, share + atRiskGrace >= expected {
            return result(.atRisk)
        }
        return result(.behind)
    }

    /// Whether a figure before the target year can be judged against the time elapsed: it
    /// needs a baseline to count from, and a level, not a yearly rate (a growth rate of 8% in
    /// 2024 says nothing about the way to 10% in 2025).
    public static func hasPace(_ indicator: Indicator) -> Bool {
        indicator.baseline != nil && indicator.unit != .percent
    }

    /// Share of the way from baseline (or zero) to target; nil when it cannot be defined.
    public static func shareReached(value: Double, target: Double, baseline: Double?, direction: Direction) -> Double? {
        switch (direction, baseline) {
        case (.higher, let b?) where target != b: return (value - b) / (target - b)
        case (.lower, let b?) where target != b: return (b - value) / (b - target)
        case (.higher, _) where target != 0: return value / target
        case (.lower, _) where value != 0: return target / value
        default: return nil
        }
    }

    /// Fraction of [start, due] elapsed on `day`, clamped to 0...1.
    public static func elapsedShare(from start: Day, to due: Day, on day: Day) -> Double {
        let total = start.days(until: due)
        guard total > 0 else { return 1 }
        let elapsed = Double(start.days(until: day)) / Double(total)
        return min(max(elapsed, 0), 1)
    }

    public static func meets(_ value: Double, target: Target, direction: Direction) -> Bool {
        guard let goal = target.value else { return false }
        let tolerance = target.qualifiers.contains(.about) ? abs(goal) * aboutTolerance : 0
        switch direction {
        case .higher: return value >= goal - tolerance
        case .lower: return value <= goal + tolerance
        }
    }
}

extension City {
    /// Progress of one of this city's indicators; the plan starts on the target source's date.
    public func progress(of indicator: Indicator, asOf: Day) -> Progress {
        let start = indicator.target.flatMap { source($0.source)?.date } ?? indicator.baseline?.date ?? asOf
        return ProgressMaths.progress(of: indicator, planStart: start, asOf: asOf)
    }

    /// How many of this city's targets are judged on a forecast (预计): counts of statuses say
    /// so beside them, so "+3" never hides that two of the three are expectations.
    public func forecastCount(asOf: Day) -> Int {
        indicators.reduce(0) { count, indicator in
            let progress = progress(of: indicator, asOf: asOf)
            return count + (progress.isForecast && progress.status != .noTarget ? 1 : 0)
        }
    }

    /// How many of this city's indicators are in each status (series without a target are
    /// counted as `.noTarget`).
    public func statusCounts(asOf: Day) -> [ProgressStatus: Int] {
        var counts: [ProgressStatus: Int] = [:]
        for indicator in indicators {
            counts[progress(of: indicator, asOf: asOf).status, default: 0] += 1
        }
        return counts
    }
}
