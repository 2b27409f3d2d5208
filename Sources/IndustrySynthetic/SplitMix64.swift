/// A small fixed-seed generator (Steele, Lea and Flood's SplitMix64). The standard
/// library's generator is seeded randomly; synthetic data and fuzz tests must repeat
/// exactly from a seed, on every platform.
struct SplitMix64: RandomNumberGenerator, Sendable {
    var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in 0..<bound.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// A number in 0..<1 with 53 random bits.
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// A number in the range.
    mutating func between(_ low: Double, _ high: Double) -> Double { low + (high - low) * unit() }
}
