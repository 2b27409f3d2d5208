/// Times a closure several times; the median resists the shared machine's drift better
/// than a mean, and the minimum shows the cost without interference.
struct Timing {
    var samples: [Double]  // milliseconds

    var median: Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return .nan }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    var minimum: Double { samples.min() ?? .nan }
}

enum Stopwatch {
    static func time(runs: Int, _ body: () throws -> Void) rethrows -> Timing {
        let clock = ContinuousClock()
        var samples: [Double] = []
        for _ in 0..<max(1, runs) {
            let elapsed = try clock.measure(body)
            let (seconds, attoseconds) = elapsed.components
            samples.append(Double(seconds) * 1000 + Double(attoseconds) / 1e15)
        }
        return Timing(samples: samples)
    }

    /// Milliseconds with three significant figures, so 0.041 and 812 both read well.
    static func format(_ ms: Double) -> String {
        guard ms.isFinite else { return "–" }
        let decimals = ms >= 100 ? 0 : ms >= 10 ? 1 : ms >= 1 ? 2 : 3
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let rounded = (ms * scale).rounded() / scale
        var text = decimals == 0 ? String(Int(rounded)) : String(rounded)
        if let dot = text.firstIndex(of: ".") {
            let have = text.distance(from: dot, to: text.endIndex) - 1
            text += String(repeating: "0", count: max(0, decimals - have))
        }
        return text
    }
}

/// Peak resident memory of this process so far (Linux `VmHWM`), in MB; nil elsewhere.
func peakResidentMB() -> Double? {
    guard let text = try? readText("/proc/self/status") else { return nil }
    for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        let digits = line.filter(\.isNumber)
        return Double(String(digits)).map { $0 / 1024 }
    }
    return nil
}
