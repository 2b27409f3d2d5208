/// Checks that span files: city ids and orders are unique, and an indicator id that several
/// cities share has one unit, so that comparisons line up like with like.
enum DatasetChecks {
    static func check(_ dataset: Dataset, files: [String: String]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seenIDs: [String: String] = [:]
        var seenOrders: [Int: String] = [:]
        var units: [String: (unit: Unit, city: String)] = [:]
        for city in dataset.cities {
            let file = files[city.id] ?? city.id
            if let other = seenIDs[city.id] {
                diagnostics.append(Diagnostic(file: file, position: nil, message: "duplicate city id '\(city.id)' (also in \(other))"))
            }
            seenIDs[city.id] = file
            if let other = seenOrders[city.order] {
                diagnostics.append(Diagnostic(file: file, position: nil,
                                              message: "city order \(city.order) is also used by '\(other)'"))
            }
            seenOrders[city.order] = city.id
            for indicator in city.indicators {
                if let first = units[indicator.id], first.unit != indicator.unit {
                    diagnostics.append(Diagnostic(
                        file: file, position: nil,
                        message: "indicator '\(indicator.id)' has unit \(indicator.unit.rawValue) here but \(first.unit.rawValue) in '\(first.city)'"))
                } else if units[indicator.id] == nil {
                    units[indicator.id] = (indicator.unit, city.id)
                }
            }
        }
        return diagnostics
    }
}
