import Locking

/// The wrapped lines of texts wrapped lately. A screen redrawn for a key wraps the same
/// texts at the same widths again, and wrapping walks every character measuring its width
/// and where a line may break: counted with callgrind, 11 of a key's 15 million
/// instructions on the overview (issue 16). A hit costs the hash of the text.
enum WrapCache {
    private struct Key: Hashable {
        let text: String
        let width: Int
        /// The hanging indent; nil for a plain wrap.
        let indent: Int?
    }

    /// Enough for every text of the largest screens; when full it starts again, so its
    /// memory stays bounded whatever the data.
    static let limit = 4096
    private static let entries = Locked<[Key: [String]]>([:])

    static func lines(_ text: String, width: Int, indent: Int? = nil, wrapping: () -> [String]) -> [String] {
        let key = Key(text: text, width: width, indent: indent)
        if let known = entries.withLock({ $0[key] }) { return known }
        let lines = wrapping()
        entries.withLock { entries in
            if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
            entries[key] = lines
        }
        return lines
    }
}
