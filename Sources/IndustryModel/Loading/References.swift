import FileFormats

/// Ids declared in one city file and the references made to them, so that a reference to
/// an unknown id and a duplicate id are both reported where they stand.
final class References {
    enum Kind: String {
        case source, category, cluster, indicator, department, fact, entity

        var plural: String { self == .entity ? "entities" : rawValue + "s" }
    }

    private var declared: [Kind: [String: TextPosition]] = [:]
    private var uses: [(kind: Kind, id: String, position: TextPosition)] = []
    private let log: DiagnosticLog

    init(log: DiagnosticLog) {
        self.log = log
    }

    func declare(_ kind: Kind, _ id: String, at position: TextPosition) {
        if !References.isSlug(id) {
            log.error("\(kind.rawValue) id '\(id)' must be a lowercase ASCII slug (a-z, 0-9, '-')", at: position)
        }
        if let first = declared[kind]?[id] {
            log.error("duplicate \(kind.rawValue) id '\(id)' (first defined at \(first))", at: position)
        } else {
            declared[kind, default: [:]][id] = position
        }
    }

    func use(_ kind: Kind, _ id: String, at position: TextPosition) {
        uses.append((kind, id, position))
    }

    func contains(_ kind: Kind, _ id: String) -> Bool { declared[kind]?[id] != nil }

    /// Reports every reference to an id that was never declared.
    func checkUses() {
        for use in uses where !contains(use.kind, use.id) {
            let known = (declared[use.kind] ?? [:]).keys.sorted().prefix(8).joined(separator: ", ")
            log.error("unknown \(use.kind.rawValue) '\(use.id)' (known \(use.kind.plural): \(known.isEmpty ? "none" : known))",
                      at: use.position)
        }
    }

    static func isSlug(_ id: String) -> Bool {
        !id.isEmpty && id.first != "-" && id.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }
}
