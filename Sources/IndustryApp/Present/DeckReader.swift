import FileFormats
import IndustryModel

/// Walks a parsed deck file, collecting every problem rather than stopping at the first, so
/// one run lists everything to fix. The model's field reader is internal to its layer and
/// tied to city files; a deck has four fields, so this is a small reader of its own.
struct DeckReader: LocatedReporting {
    let dataset: Dataset
    private(set) var found: [(position: TextPosition, message: String)] = []

    init(dataset: Dataset) {
        self.dataset = dataset
    }

    /// In file order, so a reader can fix them top to bottom.
    var problems: [(position: TextPosition, message: String)] {
        found.enumerated().sorted { lhs, rhs in
            let (l, r) = (lhs.element.position, rhs.element.position)
            return (l.line, l.column, lhs.offset) < (r.line, r.column, rhs.offset)
        }.map(\.element)
    }

    mutating func report(_ message: String, at position: TextPosition) {
        found.append((position, message))
    }

    /// `{title?, slides: [...]}`.
    mutating func deck(_ root: JSONValue) -> Deck? {
        guard let members = members(of: root, "the deck") else { return nil }
        var title: LocalizedText?, slides: [Deck.Slide]?
        for member in members {
            switch member.key {
            case "title": title = text(member)
            case "slides": slides = self.slides(member.value)
            case "$schema": break  // editors' business
            default: report("unknown field '\(member.key)' in the deck (known fields: title, slides)", at: member.keyPosition)
            }
        }
        guard members.contains(where: { $0.key == "slides" }) else {
            report("missing field 'slides' in the deck", at: root.position)
            return nil
        }
        guard let slides else { return nil }
        return Deck(title: title ?? Deck.defaultTitle, slides: slides)
    }

    mutating func slides(_ value: JSONValue) -> [Deck.Slide]? {
        guard case .array(let items) = value.kind else {
            report("field 'slides' must be an array, found \(value.brief)", at: value.position)
            return nil
        }
        guard !items.isEmpty else {
            report("the deck has no slides: add at least one, e.g. {view: \"overview\"}", at: value.position)
            return nil
        }
        var slides: [Deck.Slide?] = []
        for item in items { slides.append(slide(item)) }
        return slides.contains { $0 == nil } ? nil : slides.compactMap { $0 }
    }

    /// `{view, title?, notes?}`, or just the view as a string.
    mutating func slide(_ value: JSONValue) -> Deck.Slide? {
        if case .string = value.kind { return view(value).map { Deck.Slide($0) } }
        guard let members = members(of: value, "a slide") else { return nil }
        var spec: ViewSpec?, title: LocalizedText?, notes: LocalizedText?
        var ok = true
        for member in members {
            switch member.key {
            case "view": spec = view(member.value)
            case "title": title = text(member); ok = ok && title != nil
            case "notes": notes = text(member); ok = ok && notes != nil
            default:
                report("unknown field '\(member.key)' in a slide (known fields: view, title, notes)", at: member.keyPosition)
                ok = false
            }
        }
        guard members.contains(where: { $0.key == "view" }) else {
            report("missing field 'view' in a slide", at: value.position)
            return nil
        }
        guard ok, let spec else { return nil }
        return Deck.Slide(spec, title: title, notes: notes)
    }

    mutating func view(_ value: JSONValue) -> ViewSpec? {
        guard case .string(let text) = value.kind else {
            report("field 'view' must be a string such as \"city:nantong\", found \(value.brief)", at: value.position)
            return nil
        }
        do throws(ViewSpecError) {
            return try ViewSpec.parse(text, in: dataset, allowsTitle: true)
        } catch {
            report(error.message, at: value.position)
            return nil
        }
    }

    /// A string (the same in both languages) or `{zh, en}`.
    mutating func text(_ member: JSONMember) -> LocalizedText? {
        switch member.value.kind {
        case .string(let text):
            return LocalizedText(zh: text, en: text)
        case .object:
            guard let members = members(of: member.value, "'\(member.key)'") else { return nil }
            var zh: String?, en: String?
            for inner in members {
                switch inner.key {
                case "zh": zh = string(inner)
                case "en": en = string(inner)
                default: report("unknown field '\(inner.key)' in '\(member.key)' (known fields: zh, en)", at: inner.keyPosition)
                }
            }
            for key in ["zh", "en"] where !members.contains(where: { $0.key == key }) {
                report("missing field '\(key)' in '\(member.key)'", at: member.value.position)
            }
            guard let zh, let en else { return nil }
            return LocalizedText(zh: zh, en: en)
        default:
            report("field '\(member.key)' must be a string or {zh, en}, found \(member.value.brief)", at: member.value.position)
            return nil
        }
    }

    mutating func string(_ member: JSONMember) -> String? {
        guard case .string(let text) = member.value.kind else {
            report("field '\(member.key)' must be a string, found \(member.value.brief)", at: member.value.position)
            return nil
        }
        return text
    }
}
