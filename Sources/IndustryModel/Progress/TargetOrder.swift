/// The orders the targets table can take.
public enum TargetOrder {
    public static func sorted(_ city: City, by sort: TargetSort, asOf: Day, language: Language = .zh) -> [Indicator] {
        sortedPositions(city, by: sort, asOf: asOf, language: language).map { city.indicators[$0] }
    }

    /// The order as positions in `city.indicators`, which the aggregates keep per city.
    public static func sortedPositions(_ city: City, by sort: TargetSort, asOf: Day, language: Language) -> [Int] {
        let indicators = city.indicators
        let categoryOrder = Dictionary(city.categories.enumerated().map { ($1.id, $0) }) { first, _ in first }
        let category = indicators.map { categoryOrder[$0.category] ?? .max }
        // Ties keep the city's own order, which is also how ids that repeat stay apart.
        func original(_ a: Int, _ b: Int) -> Bool {
            category[a] != category[b] ? category[a] < category[b] : a < b
        }
        let positions = Array(indicators.indices)
        switch sort {
        case .category:
            return positions.sorted(by: original)
        case .name:
            let names = indicators.map { $0.name.text(language) }
            return positions.sorted { a, b in names[a] != names[b] ? names[a] < names[b] : original(a, b) }
        case .status:
            let rank = Dictionary(uniqueKeysWithValues: [ProgressStatus.behind, .atRisk, .paceUnknown, .onTrack, .expectedMet, .achieved, .noData, .qualitative, .noTarget]
                .enumerated().map { ($1, $0) })
            let status = indicators.map { rank[city.progress(of: $0, asOf: asOf).status]! }
            return positions.sorted { status[$0] != status[$1] ? status[$0] < status[$1] : original($0, $1) }
        case .progress:
            let share = indicators.map { city.progress(of: $0, asOf: asOf).share ?? -.infinity }
            return positions.sorted { share[$0] != share[$1] ? share[$0] > share[$1] : original($0, $1) }
        }
    }
}

/// Orders of the targets table; `s` cycles through them.
public enum TargetSort: String, CaseIterable, Sendable {
    case category, status, progress, name

    public var label: LocalizedText {
        switch self {
        case .category: return LocalizedText(zh: "按类别", en: "by category")
        case .status: return LocalizedText(zh: "按状态", en: "by status")
        case .progress: return LocalizedText(zh: "按进度", en: "by progress")
        case .name: return LocalizedText(zh: "按名称", en: "by name")
        }
    }
}
