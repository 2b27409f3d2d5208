/// A figure as a document gave it, with the two days that matter for "what changed": the
/// day it refers to and the day its source was published.
public struct DatedFigure: Hashable, Sendable {
    public var value: Double
    public var qualifiers: [Qualifier]
    /// The day the value refers to.
    public var date: Day
    /// The day its source was published: the figure was not known before it.
    public var published: Day
    public var source: String

    public init(value: Double, qualifiers: [Qualifier] = [], date: Day, published: Day, source: String) {
        self.value = value
        self.qualifiers = qualifiers
        self.date = date
        self.published = published
        self.source = source
    }

    init(_ observation: Observation) {
        self.init(value: observation.value, qualifiers: observation.qualifiers, date: observation.date,
                  published: observation.published, source: observation.source)
    }
}

/// A figure published after a day (the last meeting), with the one it follows.
public struct FigureChange: Hashable, Sendable {
    /// What changed: an indicator's series or a reported fact, by id within its city.
    public enum Subject: Hashable, Sendable {
        case indicator(String)
        case fact(String)
    }

    public var cityID: String
    public var subject: Subject
    public var name: LocalizedText
    public var unit: Unit
    public var measure: LocalizedText?
    /// The figure it follows: the indicator's observation before it (or its baseline); nil
    /// for the first figure of a series and for a fact, which has no series.
    public var previous: DatedFigure?
    public var current: DatedFigure
}

extension Dataset {
    /// Every figure published after `since` and known on `asOf` (published and referring to
    /// that day or before), each with the figure it follows: observations of every indicator
    /// and reported facts, city by city in the data's order, an indicator's oldest first.
    /// A figure published on `since` itself was known at that meeting, so it is not new.
    /// Targets are not figures: a new plan is not a change of progress.
    public func changes(since: Day, asOf: Day) -> [FigureChange] {
        cities.flatMap { city in
            let observed = city.indicators.flatMap { indicator in
                let known = indicator.known(asOf: asOf)
                return known.indices.compactMap { index -> FigureChange? in
                    let observation = known[index]
                    guard observation.published > since else { return nil }
                    let before = index > 0 ? known[index - 1] : indicator.baseline.flatMap { $0.date < observation.date ? $0 : nil }
                    return FigureChange(cityID: city.id, subject: .indicator(indicator.id), name: indicator.name, unit: indicator.unit,
                                        measure: indicator.measure, previous: before.map(DatedFigure.init),
                                        current: DatedFigure(observation))
                }
            }
            let reported = city.facts.filter { $0.published > since && $0.published <= asOf && $0.date <= asOf }.map { fact in
                FigureChange(cityID: city.id, subject: .fact(fact.id), name: fact.name, unit: fact.unit, measure: fact.measure,
                             previous: nil,
                             current: DatedFigure(value: fact.value, qualifiers: fact.qualifiers, date: fact.date,
                                                  published: fact.published, source: fact.source))
            }
            return observed + reported
        }
    }
}
