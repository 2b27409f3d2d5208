import FileFormats

/// Decoding of the numeric parts of a city file: indicators, targets, observations, facts.
extension CityDecoder {
    func indicator(_ value: JSONValue) -> Indicator? {
        guard let r = FieldReader(value, what: "an indicator", log: log) else { return nil }
        let id = declare(.indicator, r)
        let name = r.text("name")
        let category = reference(.category, r, "category")
        let unit: Unit? = r.choice("unit")
        let measure = r.text("measure", required: false)
        let direction: Direction = r.choice("direction", required: false) ?? .higher
        let number = r.integer("number", required: false, in: 1...999)
        let baseline = r.value("baseline", required: false).flatMap {
            observation($0, what: "the baseline", unit: unit, needsLink: false)
        }
        var observations = r.array("observations").compactMap { observation($0, what: "an observation", unit: unit) }
        let targetValue = r.value("target", required: false)
        let target = targetValue.flatMap { self.target($0, unit: unit) }
        let clusters = references(.cluster, r, "clusters")
        let note = r.text("note", required: false)
        r.finish()
        if let baseline, let target, let targetValue, target.due < baseline.date {
            log.error("target year \(target.year) is before the baseline date \(baseline.date)", at: targetValue.position)
        }
        observations.sort { $0.date < $1.date }
        guard let id, let name, let category, let unit else { return nil }
        return Indicator(id: id, name: name, category: category, unit: unit, measure: measure, direction: direction,
                         number: number, baseline: baseline, observations: observations, target: target,
                         clusters: clusters, note: note)
    }

    func target(_ value: JSONValue, unit: Unit?) -> Target? {
        guard let r = FieldReader(value, what: "a target", log: log) else { return nil }
        let number = r.number("value", required: false)
        checkRange(number, unit, r)
        let text = r.text("text", required: false)
        let year = r.integer("year", in: 1900...2200)
        let qualifiers: [Qualifier] = r.choices("qualifiers")
        let wording = r.string("wording", required: false)
        let source = reference(.source, r, "source")
        r.finish()
        if r.has("value") == r.has("text") {
            log.error("a target needs either 'value' (a number) or 'text' (a qualitative target), not both or neither",
                      at: value.position)
            return nil
        }
        guard let year, let source else { return nil }
        return Target(value: number, text: text, year: year, qualifiers: qualifiers, wording: wording, source: source)
    }

    /// An observation; `needsLink` (every observation but a plan's baseline) asks that its
    /// source say where it can be read.
    func observation(_ value: JSONValue, what: String, unit: Unit?, needsLink: Bool = true) -> Observation? {
        guard let r = FieldReader(value, what: what, log: log) else { return nil }
        let date = r.day("date")
        let number = r.number("value")
        checkRange(number, unit, r)
        let qualifiers: [Qualifier] = r.choices("qualifiers")
        let wording = r.string("wording", required: false)
        let sourceField = r.located("source")
        if let sourceField { refs.use(.source, sourceField.text, at: sourceField.position) }
        r.finish()
        guard let date, let number, let sourceField else { return nil }
        let source = sources.byID[sourceField.text]
        if let source, let problem = ObservationRules.problem(date: date, qualifiers: qualifiers, source: source,
                                                               needsLink: needsLink) {
            log.error(problem, at: sourceField.position)
        }
        return Observation(date: date, value: number, qualifiers: qualifiers, wording: wording, source: sourceField.text,
                           published: source?.date)
    }

    func fact(_ value: JSONValue) -> Fact? {
        guard let r = FieldReader(value, what: "a fact", log: log) else { return nil }
        let id = declare(.fact, r)
        let group: FactGroup? = r.choice("group")
        let tier: EnterpriseTier? = r.choice("tier", required: false)
        let name = r.text("name")
        let number = r.number("value")
        let unit: Unit? = r.choice("unit")
        checkRange(number, unit, r)
        let measure = r.text("measure", required: false)
        let date = r.day("date")
        let qualifiers: [Qualifier] = r.choices("qualifiers")
        let wording = r.string("wording", required: false)
        let source = reference(.source, r, "source")
        let cluster = reference(.cluster, r, "cluster", required: false)
        let note = r.text("note", required: false)
        r.finish()
        guard let id, let group, let name, let number, let unit, let date, let source else { return nil }
        return Fact(id: id, group: group, tier: tier, name: name, value: number, unit: unit, measure: measure,
                    date: date, qualifiers: qualifiers, wording: wording, source: source, cluster: cluster, note: note,
                    published: sources.byID[source]?.date)
    }

    /// A value its unit cannot hold (a share of 130 %) is reported at the value, not clamped.
    private func checkRange(_ number: Double?, _ unit: Unit?, _ r: FieldReader) {
        guard let number, let problem = unit?.problem(with: number) else { return }
        log.error(problem, at: r.value("value", required: false)?.position)
    }
}
