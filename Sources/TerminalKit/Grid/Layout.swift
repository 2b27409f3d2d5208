/// A size rule for one part of a split (Ratatui's constraints, the few we need).
public enum Constraint: Hashable, Sendable {
    /// Exactly n cells (less if the space runs out).
    case length(Int)
    /// A percentage of the whole.
    case percentage(Int)
    /// numerator / denominator of the whole.
    case ratio(Int, Int)
    /// At least n cells, and a share of what is left like `fill(1)`.
    case min(Int)
    /// A share of what is left after the fixed parts, by weight.
    case fill(Int)
}

public enum Direction: Sendable {
    case horizontal, vertical
}

/// Splits a rectangle into parts by constraints. Fixed parts (length, percentage, ratio,
/// the minimum of `min`) are served first in order; what remains goes to `fill` and `min`
/// parts by weight; rounding leftovers go to the last flexible part so parts always tile.
public enum Layout {
    public static func split(_ rect: Rect, _ direction: Direction, _ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
        guard !constraints.isEmpty else { return [] }
        let total = direction == .horizontal ? rect.width : rect.height
        let available = Swift.max(0, total - spacing * (constraints.count - 1))
        var sizes = constraints.map { constraint -> Int in
            switch constraint {
            case .length(let n): return Swift.max(0, n)
            case .percentage(let p): return available * Swift.max(0, p) / 100
            case .ratio(let a, let b): return b > 0 ? available * Swift.max(0, a) / b : 0
            case .min(let n): return Swift.max(0, n)
            case .fill: return 0
            }
        }
        // Fixed parts may not exceed the space: shrink from the end.
        var overflow = sizes.reduce(0, +) - available
        for index in sizes.indices.reversed() where overflow > 0 {
            let cut = Swift.min(sizes[index], overflow)
            sizes[index] -= cut
            overflow -= cut
        }
        let weights = constraints.map { constraint -> Int in
            switch constraint {
            case .fill(let w): return Swift.max(0, w)
            case .min: return 1
            default: return 0
            }
        }
        let totalWeight = weights.reduce(0, +)
        var left = available - sizes.reduce(0, +)
        if totalWeight > 0 && left > 0 {
            let share = left
            for index in sizes.indices where weights[index] > 0 {
                let extra = share * weights[index] / totalWeight
                sizes[index] += extra
                left -= extra
            }
            if let last = weights.lastIndex(where: { $0 > 0 }) { sizes[last] += left }
        }
        var offset = direction == .horizontal ? rect.x : rect.y
        return sizes.map { size in
            defer { offset += size + spacing }
            return direction == .horizontal
                ? Rect(x: offset, y: rect.y, width: size, height: rect.height)
                : Rect(x: rect.x, y: offset, width: rect.width, height: size)
        }
    }

    /// Columns for a responsive page: three on wide terminals, two on medium, one below
    /// `narrow` columns.
    public static func columnCount(forWidth width: Int, narrow: Int = 100, wide: Int = 150) -> Int {
        width >= wide ? 3 : width >= narrow ? 2 : 1
    }
}
