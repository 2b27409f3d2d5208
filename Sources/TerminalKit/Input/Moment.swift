#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A point on the monotonic clock (which never jumps, unlike the wall clock), to the
/// millisecond: the one time type of the run loop, key scripts, reloads and presentations.
public struct Moment: Comparable, Hashable, Sendable, ExpressibleByIntegerLiteral {
    public var milliseconds: UInt64

    public init(milliseconds: UInt64) {
        self.milliseconds = milliseconds
    }

    /// A moment in milliseconds, for tests and recorded scripts.
    public init(integerLiteral milliseconds: UInt64) {
        self.milliseconds = milliseconds
    }

    public static var now: Moment {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Moment(milliseconds: UInt64(now.tv_sec) * 1000 + UInt64(now.tv_nsec) / 1_000_000)
    }

    public static func < (lhs: Moment, rhs: Moment) -> Bool { lhs.milliseconds < rhs.milliseconds }

    public static func + (moment: Moment, duration: Duration) -> Moment {
        Moment(milliseconds: moment.milliseconds + UInt64(max(0, duration.milliseconds)))
    }

    /// Whole milliseconds from this moment until `later` (0 when it has passed).
    public func milliseconds(until later: Moment) -> Int {
        later.milliseconds > milliseconds ? Int(clamping: later.milliseconds - milliseconds) : 0
    }
}

extension Duration {
    /// Whole milliseconds, rounded down.
    public var milliseconds: Int64 { components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000 }
}
