/// `Day(iso:)` with a fast path for the usual ten ASCII bytes `YYYY-MM-DD`: a large data
/// set has over a million dates, and the general parser splits each into substrings.
/// Anything else goes to `Day(iso:)`, so both accept exactly the same texts.
enum ISODay {
    static func parse(_ text: String) -> Day? {
        var copy = text
        return copy.withUTF8 { bytes -> Day? in
            guard bytes.count == 10, bytes[4] == 0x2D, bytes[7] == 0x2D else { return Day(iso: text) }
            var valid = true
            func number(_ range: Range<Int>) -> Int {
                range.reduce(0) { total, offset in
                    let digit = Int(bytes[offset]) - 0x30
                    if digit < 0 || digit > 9 { valid = false }
                    return total * 10 + digit
                }
            }
            let (year, month, day) = (number(0..<4), number(5..<7), number(8..<10))
            return valid ? Day(year: year, month: month, day: day) : nil
        }
    }
}
