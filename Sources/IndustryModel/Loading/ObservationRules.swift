/// What an observation must say about its source, the same for city files and CSV rows.
enum ObservationRules {
    /// Nil when the observation may cite the source; otherwise the problem, in words.
    ///
    /// - A result has to be traceable: its source names an address (the publisher's, or the
    ///   copy read). Plan baselines come from the plan documents and need none.
    /// - A figure published before the day it refers to can only be an expectation (预计):
    ///   written as a plain result it would read as measured when it was forecast.
    static func problem(date: Day, qualifiers: [Qualifier], source: Source, needsLink: Bool) -> String? {
        if needsLink && source.link == nil {
            return "source '\(source.id)' has no 'url' (nor 'viaUrl'): an observation must say where it was published"
        }
        if source.date < date && !qualifiers.contains(.expected) {
            return "a figure for \(date) taken from '\(source.id)', published \(source.date), can only be a forecast: add the qualifier 'expected'"
        }
        return nil
    }
}
