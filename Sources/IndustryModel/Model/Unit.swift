/// The unit of a figure. Two cities' figures are comparable only when units match.
public enum Unit: String, CaseIterable, Hashable, Sendable {
    /// A percentage that may be negative or pass 100: a growth rate.
    case percent
    /// A percentage of a whole (占比, 普及率, 数控化率): it cannot leave 0…100, so a value
    /// outside that range is a typing error the loader reports, not a figure to show.
    case share
    /// A composite index without unit (两化融合发展水平指数).
    case index
    /// 亿元: 100 million yuan. 万亿 (a trillion yuan) is 10,000 of these.
    case yiYuan = "yi-yuan"
    /// P: petaFLOPS of computing power.
    case petaflops
    /// A count of things; the figure's `measure` says of what (家, 个, 座...).
    case count
    /// The document gives no unit (a qualitative target such as 低于全省平均).
    case unspecified

    public var symbol: LocalizedText {
        switch self {
        case .percent, .share: return LocalizedText(zh: "%", en: "%")
        case .index: return LocalizedText(zh: "", en: "")
        case .yiYuan: return LocalizedText(zh: "亿元", en: "100M yuan")
        case .petaflops: return LocalizedText(zh: "P", en: "PFLOPS")
        case .count, .unspecified: return LocalizedText(zh: "", en: "")
        }
    }
}

extension Unit {
    /// Why `value` cannot be a figure in this unit, or nil when it can.
    public func problem(with value: Double) -> String? {
        guard self == .share, !(0...100).contains(value) else { return nil }
        return "a share of a whole is from 0 to 100 percent, found \(FigureFormat.decimal(value))"
    }
}

/// Whether a larger value is the better one.
public enum Direction: String, CaseIterable, Hashable, Sendable {
    case higher
    case lower
}
