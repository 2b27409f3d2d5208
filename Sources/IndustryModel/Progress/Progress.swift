/// How an indicator stands against its target.
public enum ProgressStatus: String, CaseIterable, Hashable, Sendable {
    case achieved
    case onTrack = "on-track"
    case atRisk = "at-risk"
    case behind
    case noData = "no-data"
    case qualitative

    public var label: LocalizedText {
        switch self {
        case .achieved: return LocalizedText(zh: "已达成", en: "achieved")
        case .onTrack: return LocalizedText(zh: "进度正常", en: "on track")
        case .atRisk: return LocalizedText(zh: "有风险", en: "at risk")
        case .behind: return LocalizedText(zh: "滞后", en: "behind")
        case .noData: return LocalizedText(zh: "无数据", en: "no data")
        case .qualitative: return LocalizedText(zh: "定性目标", en: "qualitative")
        }
    }
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

    public init(status: ProgressStatus, share: Double? = nil, expected: Double? = nil,
                latest: Observation? = nil, isForecast: Bool = false, isStale: Bool = false) {
        self.status = status
        self.share = share
        self.expected = expected
        self.latest = latest
        self.isForecast = isForecast
        self.isStale = isStale
    }
}

/// Progress maths: pure functions of an indicator, the day its plan started and a day to judge on.
///
/// Rules (also in docs/progress.md):
/// - Only observations dated on or before the day judged count (a figure published later
///   was not known then); a baseline alone is "no data" (the state when the plan was set
///   says nothing about progress since).
/// - Share reached counts from the baseline when there is one ((v-b)/(t-b)), else from zero (v/t);
///   for lower-is-better indicators it is (b-v)/(b-t), else t/v.
/// - Expected share is the fraction of the period from the baseline's date (or the plan's
///   publication) to the end of the target year that had passed on the latest observation's
///   date: pace is judged when the figure was measured, not against today with stale data.
/// - Achieved when the latest value meets the target (a target "about" (左右) a value is met
///   within 2%), unless that value is a forecast (预计): then on track.
/// - A value measured on or after the end of the target year that misses is behind. A value
///   from before it, judged after the year has ended, is flagged stale.
/// - Otherwise on track when the share is at least the expected share less 5 points, at risk
///   within 20 points, behind beyond.
public enum ProgressMaths {
    public static let onTrackGrace = 0.05
    public static let atRiskGrace = 0.20
    public static let aboutTolerance = 0.02

    public static func progress(of indicator: Indicator, planStart: Day, asOf: Day) -> Progress {
        let known = indicator.latest(asOf: asOf)
        guard let target = indicator.target else {
            return Progress(status: .noData, latest: known)
        }
        guard let targetValue = target.value else {
            return Progress(status: .qualitative, latest: known)
        }
        guard let latest = known else {
            return Progress(status: .noData)
        }
        let share = shareReached(value: latest.value, target: targetValue,
                                 baseline: indicator.baseline?.value, direction: indicator.direction)
        let start = indicator.baseline?.date ?? planStart
        let expected = elapsedShare(from: start, to: target.due, on: latest.date)
        let isForecast = latest.qualifiers.contains(.expected)
        let isFinal = latest.date >= target.due
        let isStale = asOf > target.due && !isFinal
        func result(_ status: ProgressStatus) -> Progress {
            Progress(status: status, share: share, expected: expected, latest: latest, isForecast: isForecast,
                     isStale: isStale && status != .achieved)
        }
        if meets(latest.value, target: target, direction: indicator.direction) {
            return result(isForecast ? .onTrack : .achieved)
        }
        if isFinal && !isForecast {
            return result(.behind)
        }
        if let share, share + onTrackGrace >= expected {
            return result(.onTrack)
        }
        if let share, share + atRiskGrace >= expected {
            return result(.atRisk)
        }
        return result(.behind)
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

    /// How many of this city's indicators are in each status.
    public func statusCounts(asOf: Day) -> [ProgressStatus: Int] {
        var counts: [ProgressStatus: Int] = [:]
        for indicator in indicators {
            counts[progress(of: indicator, asOf: asOf).status, default: 0] += 1
        }
        return counts
    }
}
