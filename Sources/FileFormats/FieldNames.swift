/// The field a mistyped name most likely meant, for "did you mean 'wording'?".
public enum FieldNames {
    /// The known name fewest edits away (insert, delete, replace, swap two neighbours), when
    /// it is close enough to be a typo: at most one edit in a short name, two in a longer.
    /// nil when none is, or when two are equally close (a guess would mislead).
    public static func nearest(to typed: String, among known: [String]) -> String? {
        let limit = typed.count <= 4 ? 1 : 2
        var best: (name: String, distance: Int)?
        var tied = false
        for name in known {
            let distance = edits(Array(typed.lowercased()), Array(name.lowercased()))
            guard distance <= limit else { continue }
            if best == nil || distance < best!.distance {
                (best, tied) = ((name, distance), false)
            } else if distance == best!.distance {
                tied = true
            }
        }
        return tied ? nil : best?.name
    }

    /// Optimal string alignment distance (Damerau-Levenshtein without repeated edits of one
    /// substring): a swapped pair of letters counts as one edit, as typists make them.
    static func edits(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}
