import FileFormats

/// Turns one city file's JSON into a `City`, reporting every problem with its position.
struct CityDecoder {
    let log: DiagnosticLog
    let refs: References
    /// The sources, decoded before anything that cites them: observations take their
    /// publication day from here.
    let sources = SourceTable()

    init(file: String) {
        log = DiagnosticLog(file: file)
        refs = References(log: log)
    }

    final class SourceTable {
        var byID: [String: Source] = [:]
    }

    /// The city, or nil when the file has errors; the diagnostics say why.
    func decode(_ root: JSONValue) -> City? {
        guard let r = FieldReader(root, what: "the city file", log: log) else { return nil }
        let id = r.located("id")
        let order = r.integer("order", in: 1...999)
        let name = r.text("name")
        let sources = r.array("sources", required: true).compactMap(source)
        let system = r.object("system", required: false).flatMap(industrySystem)
        let goals = r.array("goals").compactMap(goal)
        let departments = r.array("departments").compactMap(department)
        let categories = r.array("categories").compactMap(category)
        let clusters = r.array("clusters").compactMap(cluster)
        let indicators = r.array("indicators").compactMap(indicator)
        let facts = r.array("facts").compactMap(fact)
        let entities = r.array("entities").compactMap(entity)
        let actions = r.array("actions").compactMap(action)
        let notes = r.array("notes").compactMap { FieldReader.localized($0, what: "a note", log: log) }
        r.finish(allowing: ["$schema"])
        if let id, !References.isSlug(id.text) {
            log.error("city id '\(id.text)' must be a lowercase ASCII slug (a-z, 0-9, '-')", at: id.position)
        }
        refs.checkUses()
        guard log.diagnostics.isEmpty, let id, let order, let name else { return nil }
        return City(id: id.text, order: order, name: name, sources: sources, system: system, goals: goals,
                    departments: departments, categories: categories, clusters: clusters,
                    indicators: indicators, facts: facts, entities: entities, actions: actions, notes: notes)
    }

    func declare(_ kind: References.Kind, _ r: FieldReader) -> String? {
        guard let id = r.located("id") else { return nil }
        refs.declare(kind, id.text, at: id.position)
        return id.text
    }

    func reference(_ kind: References.Kind, _ r: FieldReader, _ key: String, required: Bool = true) -> String? {
        guard let id = r.located(key, required: required) else { return nil }
        refs.use(kind, id.text, at: id.position)
        return id.text
    }

    func references(_ kind: References.Kind, _ r: FieldReader, _ key: String) -> [String] {
        r.strings(key).map { item in
            refs.use(kind, item.text, at: item.position)
            return item.text
        }
    }

    private func source(_ value: JSONValue) -> Source? {
        guard let r = FieldReader(value, what: "a source", log: log) else { return nil }
        let id = declare(.source, r)
        let publisher = r.text("publisher")
        let title = r.text("title")
        let date = r.day("date")
        let url = link(r, "url")
        let viaName = r.text("via", required: false)
        let viaURL = link(r, "viaUrl")
        if viaURL != nil && viaName == nil { log.error("'viaUrl' needs 'via', the name of the site that carried the copy", at: r.position) }
        let via = viaName.map { Reprint(name: $0, url: viaURL) }
        let note = r.text("note", required: false)
        r.finish()
        guard let id, let publisher, let title, let date else { return nil }
        let source = Source(id: id, publisher: publisher, title: title, date: date, url: url, via: via, note: note)
        if sources.byID[id] == nil { sources.byID[id] = source }
        return source
    }

    /// An optional web address: http(s), no spaces or control characters.
    private func link(_ r: FieldReader, _ key: String) -> String? {
        guard let url = r.located(key, required: false) else { return nil }
        let scheme = url.text.hasPrefix("https://") || url.text.hasPrefix("http://")
        guard scheme, url.text.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F && !(0x80...0x9F).contains($0.value) }) else {
            log.error("'\(key)' must be an http:// or https:// address without spaces, found \"\(url.text.prefix(60))\"",
                      at: url.position)
            return nil
        }
        return url.text
    }

    private func industrySystem(_ r: FieldReader) -> IndustrySystem? {
        let code = r.string("code")
        let name = r.text("name")
        let clusters = r.integer("clusters", required: false)
        let chains = r.integer("chains", required: false)
        let note = r.text("note", required: false)
        let source = reference(.source, r, "source")
        let chainNames = r.array("chainNames").compactMap { FieldReader.localized($0, what: "a chain name", log: log) }
        let chainNamesSource = reference(.source, r, "chainNamesSource", required: !chainNames.isEmpty)
        r.finish()
        guard let code, let name, let source else { return nil }
        return IndustrySystem(code: code, name: name, clusterCount: clusters, chainCount: chains, note: note, source: source,
                              chainNames: chainNames, chainNamesSource: chainNamesSource)
    }

    private func goal(_ value: JSONValue) -> Goal? {
        guard let r = FieldReader(value, what: "a goal", log: log) else { return nil }
        let text = r.text("text")
        let year = r.integer("year", required: false, in: 1900...2200)
        let source = reference(.source, r, "source")
        r.finish()
        guard let text, let source else { return nil }
        return Goal(text: text, year: year, source: source)
    }

    private func department(_ value: JSONValue) -> Department? {
        guard let r = FieldReader(value, what: "a department", log: log) else { return nil }
        let id = declare(.department, r)
        let name = r.text("name")
        r.finish()
        guard let id, let name else { return nil }
        return Department(id: id, name: name)
    }

    private func category(_ value: JSONValue) -> Category? {
        guard let r = FieldReader(value, what: "a category", log: log) else { return nil }
        let id = declare(.category, r)
        let name = r.text("name")
        r.finish()
        guard let id, let name else { return nil }
        return Category(id: id, name: name)
    }

    private func cluster(_ value: JSONValue) -> Cluster? {
        guard let r = FieldReader(value, what: "a cluster", log: log) else { return nil }
        let id = declare(.cluster, r)
        let name = r.text("name")
        let tags: [ClusterTag] = r.choices("tags")
        let chains = r.array("chains").compactMap { FieldReader.localized($0, what: "a chain", log: log) }
        let focus = r.array("focus").compactMap { FieldReader.localized($0, what: "a focus area", log: log) }
        let note = r.text("note", required: false)
        let sources = references(.source, r, "sources")
        if sources.isEmpty { log.error("a cluster needs at least one source in 'sources'", at: r.position) }
        r.finish()
        guard let id, let name else { return nil }
        return Cluster(id: id, name: name, tags: tags, chains: chains, focus: focus, note: note, sources: sources)
    }

    private func entity(_ value: JSONValue) -> NamedEntity? {
        guard let r = FieldReader(value, what: "a project or enterprise", log: log) else { return nil }
        let id = declare(.entity, r)
        let kind: NamedEntity.Kind? = r.choice("kind")
        let name = r.text("name")
        let cluster = reference(.cluster, r, "cluster", required: false)
        let note = r.text("note", required: false)
        let source = reference(.source, r, "source")
        r.finish()
        guard let id, let kind, let name, let source else { return nil }
        return NamedEntity(id: id, kind: kind, name: name, cluster: cluster, note: note, source: source)
    }

    private func action(_ value: JSONValue) -> PlanAction? {
        guard let r = FieldReader(value, what: "an action", log: log) else { return nil }
        let number = r.integer("number", in: 1...999)
        let name = r.text("name")
        let source = reference(.source, r, "source")
        let tasks = r.array("tasks", required: true).compactMap(task)
        r.finish()
        guard let number, let name, let source else { return nil }
        return PlanAction(number: number, name: name, tasks: tasks, source: source)
    }

    private func task(_ value: JSONValue) -> PlanTask? {
        guard let r = FieldReader(value, what: "a task", log: log) else { return nil }
        let number = r.integer("number", in: 1...999)
        let name = r.text("name")
        let leads = references(.department, r, "leads")
        if leads.isEmpty { log.error("a task needs at least one lead department in 'leads'", at: r.position) }
        let partners = references(.department, r, "partners")
        let clusters = references(.cluster, r, "clusters")
        let indicators = references(.indicator, r, "indicators")
        let note = r.text("note", required: false)
        r.finish()
        guard let number, let name else { return nil }
        return PlanTask(number: number, name: name, leads: leads, partners: partners, clusters: clusters,
                        indicators: indicators, note: note)
    }
}
