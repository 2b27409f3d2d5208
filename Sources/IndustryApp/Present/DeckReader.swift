import FileFormats
import IndustryModel

/// Walks a parsed deck file with the field reader city files use, collecting every problem
/// rather than stopping at the first, so one run lists everything to fix.
struct DeckReader {
    let dataset: Dataset
    let log: DiagnosticLog

    /// `{title?, slides: [...]}`.
    func deck(_ root: JSONValue) -> Deck? {
        guard let r = FieldReader(root, what: "the deck", log: log) else { return nil }
        let title = r.value("title", required: false).flatMap { text($0, field: "title") }
        let slides = r.value("slides").flatMap(self.slides)
        r.finish(allowing: ["$schema"])  // editors' business
        guard let slides else { return nil }
        return Deck(title: title ?? Deck.defaultTitle, slides: slides)
    }

    func slides(_ value: JSONValue) -> [Deck.Slide]? {
        guard case .array(let items) = value.kind else {
            log.error("field 'slides' must be an array, found \(value.brief)", at: value.position)
            return nil
        }
        guard !items.isEmpty else {
            log.error("the deck has no slides: add at least one, e.g. {view: \"overview\"}", at: value.position)
            return nil
        }
        let slides = items.map(slide)
        return slides.contains { $0 == nil } ? nil : slides.compactMap { $0 }
    }

    /// `{view, title?, notes?}`, or just the view as a string.
    func slide(_ value: JSONValue) -> Deck.Slide? {
        if case .string = value.kind { return view(value).map { Deck.Slide($0) } }
        guard let r = FieldReader(value, what: "a slide", log: log) else { return nil }
        let before = log.count
        let spec = r.value("view").flatMap(view)
        let title = r.value("title", required: false).flatMap { text($0, field: "title") }
        let notes = r.value("notes", required: false).flatMap { text($0, field: "notes") }
        r.finish()
        guard log.count == before, let spec else { return nil }
        return Deck.Slide(spec, title: title, notes: notes)
    }

    func view(_ value: JSONValue) -> ViewSpec? {
        guard case .string(let text) = value.kind else {
            log.error("field 'view' must be a string such as \"city:nantong\", found \(value.brief)", at: value.position)
            return nil
        }
        do throws(ViewSpecError) {
            return try ViewSpec.parse(text, in: dataset, allowsTitle: true)
        } catch {
            log.error(error.message, at: value.position)
            return nil
        }
    }

    /// A string (the same in both languages) or `{zh, en}`.
    func text(_ value: JSONValue, field: String) -> LocalizedText? {
        switch value.kind {
        case .string(let text):
            return LocalizedText(zh: text, en: text)
        case .object:
            return FieldReader.localized(value, what: "'\(field)'", log: log)
        default:
            log.error("field '\(field)' must be a string or {zh, en}, found \(value.brief)", at: value.position)
            return nil
        }
    }
}
