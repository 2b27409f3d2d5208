import Locking

/// Figures over the whole data set that frames need but that do not change from frame to
/// frame: comparable indicators, city positions, status counts, comparisons, target orders.
/// Computed once per data set (the lists) or once per data set and day (the memos), so no
/// frame's or key's work grows with the number of cities or indicators (issue #7).
///
/// Carried by the data set itself (`Dataset.derived`) and made anew whenever its cities
/// change, so it can never describe other data and no process-wide cache is needed.
public final class DatasetDerived: Sendable {
    /// Indicator ids at least two cities measure, as `Dataset.comparableIndicatorIDs()`.
    public let comparableIDs: [String]
    /// Sources cited over all cities.
    public let sourceCount: Int
    public let cities: [City]
    private let cityPositions: [String: Int]
    /// The first city (in order) measuring each indicator, and the indicator's place in
    /// that city: its name stands for all, found without a scan.
    private let namedBy: [String: (city: Int, indicator: Int)]
    private let memo = Locked(Memo())
    private let views = Locked<[ViewKey: any Sendable]>([:])
    /// A key of any type. Unchecked because `AnyHashable` is not marked Sendable, though
    /// `remembered` only ever wraps a Sendable key in it.
    private struct ViewKey: Hashable, @unchecked Sendable { let key: AnyHashable }
    /// Enough for every card and row of the largest screens at a few sizes; when full it
    /// starts again, so memory stays bounded whatever is browsed.
    static let viewLimit = 2048

    private struct Memo {
        var statusCounts: [DayKey: [ProgressStatus: Int]] = [:]
        var forecastCounts: [DayKey: Int] = [:]
        var comparisons: [DayKey: IndicatorComparison?] = [:]
        var targetOrders: [OrderKey: [Int]] = [:]
    }

    private struct DayKey: Hashable { var id: String; var day: Day }
    private struct OrderKey: Hashable { var city: String; var sort: TargetSort; var day: Day; var language: Language }

    init(_ cities: [City]) {
        self.cities = cities
        comparableIDs = Dataset.comparableIndicatorIDs(in: cities)
        sourceCount = cities.reduce(0) { $0 + $1.sources.count }
        var positions: [String: Int] = [:]
        var namedBy: [String: (city: Int, indicator: Int)] = [:]
        for (index, city) in cities.enumerated() {
            if positions[city.id] == nil { positions[city.id] = index }
            for (place, indicator) in city.indicators.enumerated() where namedBy[indicator.id] == nil {
                namedBy[indicator.id] = (index, place)
            }
        }
        cityPositions = positions
        self.namedBy = namedBy
    }

    /// `dataset.city(id)` without a scan of every city.
    public func city(_ id: String) -> City? { cityPositions[id].map { cities[$0] } }

    public func cityIndex(_ id: String) -> Int? { cityPositions[id] }

    /// The indicator's name as the first city measuring it gives it, or the id.
    public func name(of indicatorID: String, _ language: Language) -> String {
        guard let place = namedBy[indicatorID] else { return indicatorID }
        return cities[place.city].indicators[place.indicator].name.text(language)
    }

    /// `city.statusCounts(asOf:)`, once per city and day.
    public func statusCounts(_ city: City, asOf day: Day) -> [ProgressStatus: Int] {
        let key = DayKey(id: city.id, day: day)
        if let known = memo.withLock({ $0.statusCounts[key] }) { return known }
        let counts = city.statusCounts(asOf: day)
        memo.withLock { $0.statusCounts[key] = counts }
        return counts
    }

    /// `city.forecastCount(asOf:)`, once per city and day.
    public func forecastCount(_ city: City, asOf day: Day) -> Int {
        let key = DayKey(id: city.id, day: day)
        if let known = memo.withLock({ $0.forecastCounts[key] }) { return known }
        let count = city.forecastCount(asOf: day)
        memo.withLock { $0.forecastCounts[key] = count }
        return count
    }

    /// `dataset.comparison(of:asOf:)`, once per indicator and day.
    public func comparison(of indicatorID: String, asOf day: Day) -> IndicatorComparison? {
        let key = DayKey(id: indicatorID, day: day)
        if let known = memo.withLock({ $0.comparisons[key] }) { return known }
        let comparison = Dataset.comparison(of: indicatorID, in: cities, asOf: day)
        memo.withLock { $0.comparisons[key] = .some(comparison) }
        return comparison
    }

    /// `TargetOrder.sorted`, once per city, order, day and language.
    public func targetOrder(_ city: City, by sort: TargetSort, asOf day: Day, language: Language) -> [Indicator] {
        let key = OrderKey(city: city.id, sort: sort, day: day, language: language)
        let order: [Int]
        // The count check guards against a second city of the same id (the loader refuses those).
        if let known = memo.withLock({ $0.targetOrders[key] }), known.count == city.indicators.count {
            order = known
        } else {
            order = TargetOrder.sortedPositions(city, by: sort, asOf: day, language: language)
            memo.withLock { $0.targetOrders[key] = order }
        }
        return order.map { city.indicators[$0] }
    }

    /// What a screen derives from this data set and its display settings that does not
    /// change from key to key (a city card's lines), made once. Kept here, not in the
    /// views, so it is dropped with the data it describes: a reload makes a new
    /// `DatasetDerived`. The key must hold everything the value depends on but the data.
    public func remembered<Key: Hashable & Sendable, Value: Sendable>(_ key: Key, _ make: () -> Value) -> Value {
        let key = ViewKey(key: AnyHashable(key))
        if let known = views.withLock({ $0[key] }) as? Value { return known }
        let value = make()
        views.withLock { views in
            if views.count >= Self.viewLimit { views.removeAll(keepingCapacity: true) }
            views[key] = value
        }
        return value
    }
}
