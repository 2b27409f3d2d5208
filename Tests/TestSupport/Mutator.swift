#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Damages a file the ways real files get damaged, for the loaders' fuzz tests: flipped
/// and lost bytes, a cut-off end, invalid UTF-8, numbers no data should hold, deep nesting
/// and repeated slices. Fixed seeds make a failure repeat exactly.
public struct Mutator {
    public var random: SplitMix64

    public init(seed: UInt64) { random = SplitMix64(seed: seed) }

    /// `bytes` with one to four damages.
    public mutating func mutate(_ bytes: [UInt8]) -> [UInt8] {
        var bytes = bytes
        for _ in 0...random.below(4) where !bytes.isEmpty {
            let at = random.below(bytes.count)
            switch random.below(8) {
            case 0: bytes[at] = UInt8(truncatingIfNeeded: random.next())
            case 1: bytes.remove(at: at)
            case 2: bytes.removeSubrange(at...)  // a file cut off mid-write
            case 3: bytes.insert(contentsOf: Self.invalidUTF8[random.below(Self.invalidUTF8.count)], at: at)
            case 4: replaceNumber(in: &bytes, near: at)
            case 5: bytes.insert(contentsOf: Array(repeating: UInt8(ascii: "["), count: 1 + random.below(2_000)), at: at)
            case 6:
                let end = min(bytes.count, at + random.below(200))
                bytes.insert(contentsOf: bytes[at..<end], at: at)
            default: bytes.insert(Self.structural[random.below(Self.structural.count)], at: at)
            }
        }
        return bytes
    }

    /// Overlong forms, lone continuation bytes, surrogates, cut-off sequences, 0xFF.
    static let invalidUTF8: [[UInt8]] = [[0xFF], [0xC0, 0x80], [0x80], [0xED, 0xA0, 0x80], [0xE4, 0xB8], [0xF4, 0x90, 0x80, 0x80], [0x00]]
    static let structural = Array(#"{}[],:"\ "#.utf8)
    static let numbers = ["1e999", "-1e999", "NaN", "Infinity", "-Infinity", "1e308", "-0", "123456789012345678901234567890",
                          "0x1F", "1.", ".5", "1e", "--1"].map { Array($0.utf8) }

    /// Swaps the number at or after `at` for one that no data should hold.
    private mutating func replaceNumber(in bytes: inout [UInt8], near at: Int) {
        let isDigit = { (byte: UInt8) in byte >= 0x30 && byte <= 0x39 }
        guard let start = bytes[at...].firstIndex(where: isDigit) else { return }
        let end = bytes[start...].firstIndex { !isDigit($0) && $0 != UInt8(ascii: ".") } ?? bytes.count
        bytes.replaceSubrange(start..<end, with: Self.numbers[random.below(Self.numbers.count)])
    }
}

/// Rounds for the fuzz tests: `IDASH_FUZZ_ROUNDS` for a longer local run (README, Testing).
public func fuzzRounds(default rounds: Int) -> Int {
    environmentNumber("IDASH_FUZZ_ROUNDS") ?? rounds
}

/// An integer from the environment, for test sizes a developer can raise locally.
public func environmentNumber(_ name: String) -> Int? {
    guard let pointer = getenv(name) else { return nil }
    return Int(String(cString: pointer))
}
