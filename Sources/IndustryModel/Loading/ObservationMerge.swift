import FileFormats

/// Adds CSV observations to the cities' indicators, with the checks a row must pass.
///
/// Cities, indicators and sources are found through dictionaries built once, and each
/// indicator's observations stay in date order as rows arrive: a million rows cost a
/// million lookups, not a million scans of every city and indicator.
struct ObservationMerge {
    /// Owned here alone while merging, so appending to an indicator never copies its city.
    private(set) var cities: [City]
    private let cityIndex: [String: Int]
    /// Per city, built when its first row arrives.
    private var indicatorIndex: [[String: Int]?]
    private var sourcesByID: [[String: Source]?]
    /// Cities whose files have errors of their own: their rows are not checked, since every
    /// row would only repeat that the city is missing.
    private let unchecked: Set<String>

    init(cities: [City], unchecked: Set<String> = []) {
        self.cities = cities
        self.unchecked = unchecked
        var index: [String: Int] = [:]
        for (position, city) in cities.enumerated() where index[city.id] == nil { index[city.id] = position }
        cityIndex = index
        indicatorIndex = Array(repeating: nil, count: cities.count)
        sourcesByID = Array(repeating: nil, count: cities.count)
    }

    /// Merges one file's rows. Rows are first matched to their indicators, so each indicator's
    /// observations grow once to their final size (appending one by one would leave arrays
    /// up to twice as large as needed: tens of MB over a million observations).
    mutating func merge(_ rows: inout [ObservationTable.Row], log: DiagnosticLog) {
        var slots: [(row: Int, city: Int, indicator: Int)] = []
        var added: [Int: Int] = [:]  // city * 1_000_000 + indicator: rows matched to it
        for index in rows.indices {
            if log.isFull { return }  // a file this wrong is not merged further
            guard let (c, i) = match(&rows[index], log: log) else { continue }
            slots.append((index, c, i))
            added[c * 1_000_000 + i, default: 0] += 1
        }
        for (key, count) in added {
            let (c, i) = key.quotientAndRemainder(dividingBy: 1_000_000)
            cities[c].indicators[i].observations.reserveCapacity(cities[c].indicators[i].observations.count + count)
        }
        for (index, c, i) in slots {
            let row = rows[index]
            // A duplicate is found (and the slot computed) before mutating, so no second
            // reference to the observations forces a copy of them on insert.
            guard let slot = Self.slot(for: row.observation.date, in: cities[c].indicators[i].observations) else {
                log.error("a second observation of \(row.city)/\(row.indicator) on \(row.observation.date)",
                          at: row.positions.of(row.positions.date))
                continue
            }
            if slot == cities[c].indicators[i].observations.count {
                cities[c].indicators[i].observations.append(row.observation)
            } else {
                cities[c].indicators[i].observations.insert(row.observation, at: slot)
            }
        }
    }

    /// The city and indicator a row adds to, or nil (with a message) when it names an unknown
    /// city, indicator or source, or a value its unit cannot hold.
    private mutating func match(_ row: inout ObservationTable.Row, log: DiagnosticLog) -> (Int, Int)? {
        let at = row.positions
        guard let c = cityIndex[row.city] else {
            if unchecked.contains(row.city) { return nil }
            let known = cities.map(\.id).joined(separator: ", ")
            log.error("unknown city '\(row.city)' (known cities: \(known))", at: at.of(at.city))
            return nil
        }
        if indicatorIndex[c] == nil {
            var index: [String: Int] = [:]
            for (position, indicator) in cities[c].indicators.enumerated() where index[indicator.id] == nil {
                index[indicator.id] = position
            }
            indicatorIndex[c] = index
            sourcesByID[c] = Dictionary(cities[c].sources.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        guard let i = indicatorIndex[c]?[row.indicator] else {
            log.error("unknown indicator '\(row.indicator)' for city '\(row.city)'", at: at.of(at.indicator))
            return nil
        }
        guard let source = sourcesByID[c]?[row.observation.source] else {
            log.error("unknown source '\(row.observation.source)' for city '\(row.city)'", at: at.of(at.source))
            return nil
        }
        if let problem = ObservationRules.problem(date: row.observation.date, qualifiers: row.observation.qualifiers,
                                                  source: source, needsLink: true) {
            log.error(problem, at: at.of(at.source))
            return nil
        }
        if let problem = cities[c].indicators[i].unit.problem(with: row.observation.value) {
            log.error(problem, at: at.of(at.value))
            return nil
        }
        row.observation.published = source.date
        return (c, i)
    }

    /// Where an observation of `date` goes to keep date order; nil when one of that day exists.
    /// Rows usually come oldest first, so the common answer is "last", found without searching.
    private static func slot(for date: Day, in observations: [Observation]) -> Int? {
        guard let last = observations.last, !(last.date < date) else { return observations.count }
        let slot = firstIndex(notBefore: date, in: observations)
        return slot < observations.count && observations[slot].date == date ? nil : slot
    }

    /// Binary search in date order: the first observation dated on or after `date`.
    private static func firstIndex(notBefore date: Day, in observations: [Observation]) -> Int {
        var low = 0, high = observations.count
        while low < high {
            let middle = (low + high) / 2
            if observations[middle].date < date { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
