/// One city's standing on an indicator that several cities measure.
public struct ComparisonEntry: Hashable, Sendable {
    public var city: City
    public var indicator: Indicator
    public var progress: Progress

    /// The latest value known on the comparison's day.
    public var latestValue: Double? { progress.latest?.value }
    public var targetValue: Double? { indicator.target?.value }
}

/// One indicator across the cities that measure it.
public struct IndicatorComparison: Hashable, Sendable {
    public var indicatorID: String
    public var unit: Unit
    public var entries: [ComparisonEntry]

    /// Target years differ between cities: the figures are not for the same deadline.
    public var targetYearsDiffer: Bool {
        Set(entries.compactMap { $0.indicator.target?.year }).count > 1
    }


    /// Cities ranked by latest value, best first (direction-aware); cities without data last.
    public func rankedByLatest() -> [ComparisonEntry] {
        rank { $0.latestValue }
    }

    /// Cities ranked by target, most ambitious first (direction-aware).
    public func rankedByTarget() -> [ComparisonEntry] {
        rank { $0.targetValue }
    }

    /// Cities ranked by share of their own target reached, best first.
    public func rankedByShare() -> [ComparisonEntry] {
        entries.sorted { lhs, rhs in
            switch (lhs.progress.share, rhs.progress.share) {
            case let (l?, r?): return l != r ? l > r : lhs.city.order < rhs.city.order
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return lhs.city.order < rhs.city.order
            }
        }
    }

    private func rank(by value: (ComparisonEntry) -> Double?) -> [ComparisonEntry] {
        let higherIsBetter = entries.first?.indicator.direction != .lower
        return entries.sorted { lhs, rhs in
            switch (value(lhs), value(rhs)) {
            case let (l?, r?) where l != r: return higherIsBetter ? l > r : l < r
            case (.some, nil): return true
            case (nil, .some): return false
            default: return lhs.city.order < rhs.city.order
            }
        }
    }
}

extension Dataset {
    /// Indicator ids that at least two cities measure, in the order first met.
    public func comparableIndicatorIDs() -> [String] { Self.comparableIndicatorIDs(in: cities) }

    /// The indicator across every city that measures it with the same unit as the first one.
    public func comparison(of indicatorID: String, asOf: Day) -> IndicatorComparison? {
        Self.comparison(of: indicatorID, in: cities, asOf: asOf)
    }

    static func comparableIndicatorIDs(in cities: [City]) -> [String] {
        var cityCount: [String: Int] = [:]
        var order: [String] = []
        for city in cities {
            for indicator in city.indicators {
                if cityCount[indicator.id] == nil { order.append(indicator.id) }
                cityCount[indicator.id, default: 0] += 1
            }
        }
        return order.filter { cityCount[$0, default: 0] >= 2 }
    }

    static func comparison(of indicatorID: String, in cities: [City], asOf: Day) -> IndicatorComparison? {
        let pairs = cities.compactMap { city in city.indicator(indicatorID).map { (city, $0) } }
        guard let unit = pairs.first?.1.unit else { return nil }
        let entries = pairs.filter { $0.1.unit == unit }.map { city, indicator in
            ComparisonEntry(city: city, indicator: indicator, progress: city.progress(of: indicator, asOf: asOf))
        }
        return IndicatorComparison(indicatorID: indicatorID, unit: unit, entries: entries)
    }
}
