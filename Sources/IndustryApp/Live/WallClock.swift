#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The local time for the slide footer's clock, and when it next changes, so the run
/// loop wakes once a minute to redraw it and otherwise sleeps.
public enum WallClock {
    /// "14:05" in the machine's time zone.
    public static func hoursAndMinutes() -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return String(format2: parts.tm_hour) + ":" + String(format2: parts.tm_min)
    }

    /// Now, for the time a talk has run.
    public static func secondsSince1970() -> Int { Int(time(nil)) }

    /// Milliseconds until the minute turns.
    static func millisecondsToNextMinute() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let intoMinute = UInt64(now.tv_sec % 60) * 1000 + UInt64(now.tv_nsec) / 1_000_000
        return 60_000 - intoMinute + 5  // a little after, so the new minute has begun
    }
}

private extension String {
    init(format2 value: Int32) {
        self = value < 10 ? "0\(value)" : "\(value)"
    }
}
