/// How many terminal columns a character takes. The one width function that writing,
/// truncation, layout and hit-testing all use (Ratatui's lesson: never two).
///
/// A table, not the C library's `wcwidth`: that one answers -1 for Chinese unless the
/// process runs in a UTF-8 locale, and tests and snapshots must not depend on the locale.
/// The ranges follow Unicode's East Asian Width (W and F) and emoji presentation, which is
/// what glibc, tmux and common terminals use; `CellWidthTests` checks them against glibc.
public enum CellWidth {
    /// Width of one grapheme cluster: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        var scalars = character.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return 0 }
        guard scalars.next() != nil else { return of(first) }  // most cells
        var width = 0
        var emojiPresentation = false
        for scalar in character.unicodeScalars {
            // The emoji presentation selector makes a visible base show as a wide emoji;
            // on its own it shows nothing.
            if scalar.value == 0xFE0F { emojiPresentation = true }
            width = max(width, of(scalar))
        }
        return emojiPresentation && width > 0 ? 2 : width
    }

    /// Width of one scalar on its own.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x300 { return value < 0x20 || (value >= 0x7F && value < 0xA0) ? 0 : 1 }
        // Han ideographs and fullwidth forms: wide, and never marks, so no property lookup.
        if (0x4E00...0x9FFF).contains(value) || (0xFF01...0xFF60).contains(value) { return 2 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return 0
        default:
            break
        }
        if value >= 0x1160 && value <= 0x11FF { return 0 } // Hangul medial vowels and final consonants join the syllable
        return isWide(value) ? 2 : 1
    }

    /// Width of a whole string in cells.
    ///
    /// By scalar, which gives the same sum as by grapheme cluster unless a cluster holds two
    /// visible scalars (emoji sequences and flags, keycaps, Hangul jamo): for those, by
    /// cluster. Breaking text into clusters is most of the cost of measuring it.
    public static func of(_ text: some StringProtocol) -> Int {
        if Sanitizer.isPrintableASCII(text) { return text.utf8.count }
        var width = 0
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value >= 0x1F000 || value == 0x200D || value == 0xFE0F || value == 0x20E3 || (0x1100...0x11FF).contains(value) {
                return text.reduce(0) { $0 + of($1) }
            }
            width += of(scalar)
        }
        return width
    }

    /// Whether a scalar is a grapheme cluster by itself in text made only of such scalars:
    /// none of them extends, joins or pairs with a neighbour (no marks, joiners, variation
    /// selectors, emoji, regional indicators or Hangul jamo). Text of these (ASCII, Latin,
    /// Chinese, CJK and general punctuation, arrows, box drawing and blocks) can be written
    /// a scalar a cell, without breaking it into clusters, which is most of a write's cost.
    public static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0x2FF: return true
        case 0x2010...0x2027, 0x2030...0x205E: return true       // general punctuation, no joiners or bidi
        case 0x2190...0x25FF: return true                          // arrows, maths, box drawing, blocks, shapes
        case 0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x30A0...0x30FF: return true  // CJK punctuation, kana
        case 0x4E00...0x9FFF, 0xFF01...0xFF60, 0xFFE0...0xFFE6: return true  // Han, fullwidth forms
        default: return false
        }
    }

    private static func isWide(_ v: UInt32) -> Bool {
        // Binary search in sorted, non-overlapping ranges.
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if v < range.lowerBound { high = mid - 1 } else if v > range.upperBound { low = mid + 1 } else { return true }
        }
        return false
    }

    /// East Asian Wide and Fullwidth ranges, plus emoji shown wide by default (Unicode 15).
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
        0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
        0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
        0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
        0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
        0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
        0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4DC0...0x4DFF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
        0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF,
        0x1F18E...0x1F18E, 0x1F191...0x1F19A, 0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248,
        0x1F250...0x1F251, 0x1F260...0x1F265, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C,
        0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4,
        0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E,
        0x1F550...0x1F567, 0x1F57A...0x1F57A, 0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F,
        0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF,
        0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0...0x1F7F0, 0x1F90C...0x1F93A,
        0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]
}
