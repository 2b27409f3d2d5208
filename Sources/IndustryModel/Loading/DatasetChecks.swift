import FileFormats

/// Checks that span files: city ids and orders are unique, and an indicator id that several
/// cities share has one definition (name, unit, what is counted, direction), so that
/// comparisons line up like with like: two measures under one id would share an axis.
enum DatasetChecks {
    static func check(_ dataset: Dataset, files: [String: String]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var seenIDs: [String: String] = [:]
        var seenOrders: [Int: String] = [:]
        var definitions: [String: (definition: Definition, city: String)] = [:]
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
                let definition = Definition(indicator)
                guard let first = definitions[indicator.id] else {
                    definitions[indicator.id] = (definition, city.id)
                    continue
                }
                if let difference = first.definition.difference(from: definition) {
                    diagnostics.append(Diagnostic(
                        file: file, position: nil,
                        message: "indicator '\(indicator.id)' has \(difference.here) here but \(difference.there) in '\(first.city)': "
                            + "cities share an id only for the same measure (give this one an id of its own)"))
                }
            }
        }
        return diagnostics
    }

    /// What an indicator id stands for, as far as a comparison depends on it.
    struct Definition {
        var name: LocalizedText
        var unit: Unit
        var measure: String?
        var direction: Direction

        init(_ indicator: Indicator) {
            name = indicator.name
            unit = indicator.unit
            measure = indicator.measure?.zh
            direction = indicator.direction
        }

        /// The first part that differs, worded for a message; nil when the definitions agree.
        func difference(from other: Definition) -> (here: String, there: String)? {
            if unit != other.unit { return ("unit \(other.unit.rawValue)", "\(unit.rawValue)") }
            if name != other.name { return ("the name \"\(other.name.zh)\" / \"\(other.name.en)\"", "\"\(name.zh)\" / \"\(name.en)\"") }
            if measure != other.measure { return ("measure '\(other.measure ?? "-")'", "'\(measure ?? "-")'") }
            if direction != other.direction { return ("direction \(other.direction.rawValue)", "\(direction.rawValue)") }
            return nil
        }
    }
}
