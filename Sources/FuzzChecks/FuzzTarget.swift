/// The properties each fuzz target checks, as plain functions of the input bytes (issue 17).
/// A libFuzzer entry point under `Fuzz/` calls one and traps on a violation, so the fuzzer
/// reports it as a crash and keeps the input; `FuzzCorpusTests` runs every committed input
/// (seeds and the crashes found) through the same functions, so a fixed bug stays fixed.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case json, csv, theme, settings, deck, city, share, framer, keys

    /// Checks one input; throws the first property it breaks.
    public func check(_ bytes: [UInt8]) throws(FuzzViolation) {
        switch self {
        case .json: try FormatChecks.json(bytes)
        case .csv: try FormatChecks.csv(bytes)
        case .theme: try FormatChecks.theme(bytes)
        case .settings: try FormatChecks.settings(bytes)
        case .deck: try FormatChecks.deck(bytes)
        case .city: try CityCheck.check(bytes)
        case .share: try ShareChecks.position(bytes)
        case .framer: try ShareChecks.framer(bytes)
        case .keys: try KeyChecks.check(bytes)
        }
    }

    /// For the libFuzzer entry point: a broken property stops the process with its message.
    public func checkOrTrap(_ bytes: [UInt8]) {
        do throws(FuzzViolation) {
            try check(bytes)
        } catch {
            fatalError("fuzz target \(rawValue): \(error)")
        }
    }
}

/// A property an input broke, said so that the report alone explains it.
public struct FuzzViolation: Error, CustomStringConvertible {
    public var description: String
}

/// Throws `message` unless `condition` holds.
func require(_ condition: Bool, _ message: @autoclosure () -> String) throws(FuzzViolation) {
    if !condition { throw FuzzViolation(description: message()) }
}
