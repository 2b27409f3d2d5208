import IndustryModel

/// The figures of one synthetic city, drawn from its own generator so any city can be
/// written alone and the same spec always gives the same city.
struct CityPlan {
    struct IndicatorPlan {
        var number: Int
        var unit: Unit
        var direction: Direction
        var category: Int
        var cluster: Int
        var baseline: Double
        var target: Double
        /// A qualitative target ("higher than the provincial average") has no number.
        var qualitative: Bool
        var targetYear: Int
        var targetQualifiers: [Qualifier]
        /// Share of the straight line to the target the city actually keeps (1 = on pace).
        var pace: Double
        /// The last figure is a forecast (预计), which can never count as achieved.
        var forecastLast: Bool
        var noiseSeed: UInt64

        var id: String { "ind-\(number)" }
    }

    static let categoryCount = 5
    static let clusterCount = 6
    static let factCount = 8
    static let entityCount = 4

    let number: Int
    let spec: SyntheticSpec
    var indicators: [IndicatorPlan] = []

    var id: String { "synth-\(number)" }
    var firstYear: Int { spec.firstYear }
    var baselineYear: Int { spec.baselineYear }

    init(number: Int, spec: SyntheticSpec) {
        self.number = number
        self.spec = spec
        var random = SplitMix64(seed: spec.seed &+ UInt64(number) &* 0x9E37_79B9_7F4A_7C15)
        indicators = (1...max(1, spec.indicators)).prefix(spec.indicators).map { j in
            Self.indicator(j, spec: spec, random: &random)
        }
    }

    /// Unit and direction follow the indicator number alone: every city measures `ind-J`
    /// the same way, so all indicators are shared and compare across every city (the
    /// heaviest case for the compare screen). Levels, targets and pace differ per city.
    private static func indicator(_ j: Int, spec: SyntheticSpec, random: inout SplitMix64) -> IndicatorPlan {
        let units: [Unit] = [.percent, .index, .yiYuan, .count, .petaflops]
        let unit = units[j % units.count]
        let direction: Direction = j % 10 == 7 ? .lower : .higher
        let baseline: Double
        switch unit {
        case .percent: baseline = random.between(20, 60)
        case .index: baseline = random.between(40, 70)
        case .yiYuan: baseline = random.between(500, 20_000)
        case .count: baseline = random.between(5, 200)
        default: baseline = random.between(10, 500)
        }
        let change = direction == .higher ? random.between(0.2, 0.8) : -random.between(0.1, 0.4)
        var qualifiers: [Qualifier] = []
        if j % 4 == 0 { qualifiers.append(.striving) }
        if j % 6 == 1 { qualifiers.append(.about) }
        return IndicatorPlan(
            number: j, unit: unit, direction: direction, category: j % categoryCount + 1, cluster: j % clusterCount + 1,
            baseline: round(baseline, unit), target: round(baseline * (1 + change), unit), qualitative: j % 25 == 0,
            // A third of the targets fell due mid-series (judged final), the rest after it.
            targetYear: j % 3 == 0 ? spec.firstYear + spec.years / 2 : SyntheticSpec.lastYear + 2,
            targetQualifiers: qualifiers, pace: random.between(0.6, 1.25), forecastLast: j % 7 == 3,
            noiseSeed: random.next())
    }

    /// The value observed at the end of a year: on the city's pace towards the target, with
    /// a little noise.
    static func value(_ plan: IndicatorPlan, year: Int, baselineYear: Int, noise: inout SplitMix64) -> Double {
        let elapsed = Double(year - baselineYear) / Double(max(1, plan.targetYear - baselineYear))
        let trend = plan.baseline + (plan.target - plan.baseline) * plan.pace * elapsed
        return round(trend * (1 + noise.between(-0.02, 0.02)), plan.unit)
    }

    /// Counts are whole; everything else keeps one decimal, as the documents write them.
    static func round(_ value: Double, _ unit: Unit) -> Double {
        unit == .count ? value.rounded() : (value * 10).rounded() / 10
    }
}
