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

    /// Sizes for parts that each say what they need and the least they can be shown in:
    /// every part gets its minimum while the space lasts (in order; a part that cannot get
    /// its minimum gets nothing, so no panel is drawn without room for a row), then the rest
    /// goes to parts short of their need, in proportion to what they lack; what is left
    /// after every need is met goes to the last part shown.
    public static func byContent(total: Int, needs: [Int], minimums: [Int]) -> [Int] {
        var left = Swift.max(0, total)
        var sizes = zip(needs, minimums).map { need, minimum -> Int in
            let least = Swift.min(Swift.max(0, minimum), Swift.max(0, need))
            guard least <= left else { return 0 }
            left -= least
            return least
        }
        let shown = sizes.indices.filter { sizes[$0] > 0 }
        let lacking = shown.map { Swift.max(0, needs[$0] - sizes[$0]) }
        let totalLack = lacking.reduce(0, +)
        if totalLack > 0 && left > 0 {
            let share = Swift.min(left, totalLack)
            var given = 0
            for (position, index) in shown.enumerated() {
                let extra = share * lacking[position] / totalLack
                sizes[index] += extra
                given += extra
            }
            left -= given
            // Rounding leftovers go to the parts still short, first come first served.
            for index in shown where left > 0 && sizes[index] < needs[index] {
                sizes[index] += 1
                left -= 1
            }
        }
        if left > 0, let last = shown.last { sizes[last] += left }
        return sizes
    }

    /// `byContent` as rectangles along a direction.
    public static func split(_ rect: Rect, _ direction: Direction, needs: [Int], minimums: [Int]) -> [Rect] {
        let sizes = byContent(total: direction == .horizontal ? rect.width : rect.height, needs: needs, minimums: minimums)
        return split(rect, direction, sizes.map { .length($0) })
    }
}
