import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import TerminalKit

@Test func chineseAndFullWidthPunctuationTakeTwoCells() {
    #expect(CellWidth.of("南通船舶海工") == 12)
    #expect(CellWidth.of("，。：（）“”") == 12) // the curly quotes are ambiguous-width: one cell
    #expect(CellWidth.of("Ａ１") == 4)
}

@Test func asciiTakesOneCellAndControlsNone() {
    #expect(CellWidth.of("Nantong 2025") == 12)
    #expect(CellWidth.of("\u{1B}") == 0)
}

@Test func combiningMarksAddNoWidth() {
    #expect(CellWidth.of("e\u{301}") == 1)
    #expect(CellWidth.of(Character("e\u{301}")) == 1)
    #expect(CellWidth.of("\u{200B}") == 0)
}

@Test func emojiTakeTwoCellsIncludingJoinedAndSelectorSequences() {
    #expect(CellWidth.of("🏭") == 2)
    #expect(CellWidth.of("👩‍🔬") == 2)
    #expect(CellWidth.of("☀\u{FE0F}") == 2)
    #expect(CellWidth.of("☀") == 1)
}

#if canImport(Glibc)
/// glibc's wcwidth; its header hides it behind _XOPEN_SOURCE, so declare it directly.
@_silgen_name("wcwidth") private func glibcWcwidth(_ character: Int32) -> Int32

/// The table agrees with the C library's wcwidth in a UTF-8 locale, which is what ncurses
/// and most terminals use, over the ranges the data can hold.
@Test func theTableAgreesWithGlibcOverChineseAndCommonRanges() throws {
    guard setlocale(LC_CTYPE, "C.UTF-8") != nil else { return }
    defer { setlocale(LC_CTYPE, "C") }
    var mismatches: [String] = []
    let ranges: [ClosedRange<UInt32>] = [0x20...0x7E, 0xA0...0x2FF, 0x2000...0x206F, 0x2190...0x2BFF, 0x2E80...0x9FFF,
                                          0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE6F, 0xFF00...0xFFEF,
                                          0x1F300...0x1F64F, 0x1F680...0x1F6FF, 0x1F900...0x1F9FF, 0x20000...0x2A6DF]
    for range in ranges {
        for value in range {
            guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned else { continue }
            let c = Int(glibcWcwidth(Int32(bitPattern: value)))
            guard c >= 0 else { continue }
            if c != CellWidth.of(scalar) && mismatches.count < 60 {
                mismatches.append(String(value, radix: 16) + ": glibc \(c), table \(CellWidth.of(scalar))")
            }
        }
    }
    #expect(mismatches.isEmpty, "\(mismatches)")
}
#endif

@Test func controlCharactersAndEscapeSequencesBecomeVisiblePlaceholders() {
    #expect(Sanitizer.clean("a\u{1B}]52;c;SGVsbG8=\u{07}b") == "a␛]52;c;SGVsbG8=␇b")
    #expect(Sanitizer.clean("x\u{9B}31m") == "x␦31m")
    #expect(Sanitizer.clean("\u{202E}evil") == "␦evil")
    #expect(Sanitizer.clean("bell\u{07}", ascii: true) == "bell?")
    #expect(Sanitizer.clean("南通") == "南通")
}

@Test func truncationCountsCellsAndNeverSplitsAWideCharacter() {
    #expect(TextFit.truncate("船舶海工", to: 8) == "船舶海工")
    #expect(TextFit.truncate("船舶海工", to: 7) == "船舶海…")
    #expect(TextFit.truncate("船舶海工", to: 6) == "船舶…")
    #expect(CellWidth.of(TextFit.truncate("船舶海工", to: 6)) == 5)
    #expect(TextFit.truncate("Nantong", to: 4, ellipsis: "~") == "Nan~")
    #expect(TextFit.truncate("abc", to: 0) == "")
    #expect(TextFit.pad("南通", to: 6, alignRight: true) == "  南通")
    #expect(TextFit.center("ab", in: 5) == " ab  ")
}

@Test func aLoneEmojiSelectorShowsNothing() {
    #expect(CellWidth.of(Character("\u{FE0F}")) == 0)
}

@Test func wrappingBreaksEnglishAtSpacesAndChineseAnywhereByCells() {
    #expect(TextFit.wrap("the six key clusters", width: 9) == ["the six", "key", "clusters"])
    #expect(TextFit.wrap("船舶海工高端纺织", width: 5) == ["船舶", "海工", "高端", "纺织"])
    #expect(TextFit.wrap("", width: 5).isEmpty)
    #expect(TextFit.wrap("abc", width: 0).isEmpty)
}

@Test func wrappingKeepsNumbersDatesAndClosingPunctuationWhole() {
    // "3.6%" and the closing bracket after it stay together; the line ends before the number.
    #expect(TextFit.wrap("增长3.6%」", width: 8) == ["增长", "3.6%」"])
    // A date is not split at its dashes.
    #expect(TextFit.wrap("计划》2024-08-05", width: 12) == ["计划》", "2024-08-05"])
    // No line starts with 、.
    #expect(TextFit.wrap("化工新材料、生物医药", width: 10) == ["化工新材", "料、生物医", "药"])
    // A run too long for any line is still cut where it must be.
    #expect(TextFit.wrap("1234567890", width: 4) == ["1234", "5678", "90"])
}
