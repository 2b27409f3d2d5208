/// A calendar day (proleptic Gregorian), written `YYYY-MM-DD` in the data.
///
/// The documents date figures by day ("截至2024年底" is 2024-12-31), and progress maths
/// only needs day counts, so this avoids Foundation's `Date` and its time zones.
public struct Day: Comparable, Hashable, Sendable, CustomStringConvertible {
    /// year × 512 + month × 32 + day in one word: a large data set holds over a million
    /// dated observations, and three `Int`s a date were 20 of the 72 bytes of each. The
    /// packing keeps the order of (year, month, day), so comparing days compares numbers.
    private let packed: Int

    public var year: Int { packed >> 9 }
    public var month: Int { (packed >> 5) & 15 }
    public var day: Int { packed & 31 }

    /// Returns nil unless the parts name a real day (years -999,999 to 999,999).
    public init?(year: Int, month: Int, day: Int) {
        guard (-999_999...999_999).contains(year), (1...12).contains(month), day >= 1,
              day <= Day.daysIn(month: month, year: year) else { return nil }
        packed = year << 9 | month << 5 | day
    }

    /// Parses `YYYY-MM-DD`; nil for anything else.
    public init?(iso text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The last day of a year: a target "by 2025" is due on 2025-12-31.
    public static func endOfYear(_ year: Int) -> Day { Day(year: year, month: 12, day: 31)! }

    public var description: String {
        let m = month < 10 ? "0\(month)" : "\(month)"
        let d = day < 10 ? "0\(day)" : "\(day)"
        return "\(year)-\(m)-\(d)"
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil), for elapsed-time fractions.
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public func days(until other: Day) -> Int { other.ordinal - ordinal }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.packed < rhs.packed }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
