import Testing
@testable import IndustryModel

@Test func daysParseOnlyRealIsoDates() {
    #expect(Day(iso: "2024-02-29")?.description == "2024-02-29")
    #expect(Day(iso: "2023-02-29") == nil)
    #expect(Day(iso: "2024-13-01") == nil)
    #expect(Day(iso: "2024-1-01") == nil)
    #expect(Day(iso: "二〇二四-01-01") == nil)
    #expect(Day(iso: "") == nil)
}

@Test func dayOrdinalsCountDaysAcrossLeapYears() {
    #expect(Day(iso: "1970-01-01")!.ordinal == 0)
    #expect(Day(iso: "2024-01-01")!.days(until: Day(iso: "2025-01-01")!) == 366)
    #expect(Day(iso: "2025-01-01")!.days(until: Day(iso: "2026-01-01")!) == 365)
}

@Test func decimalsDropTrailingZerosAndGroupThousands() {
    #expect(FigureFormat.decimal(13.5) == "13.5")
    #expect(FigureFormat.decimal(72) == "72")
    #expect(FigureFormat.decimal(0.125) == "0.13")
    #expect(FigureFormat.decimal(150_000) == "150,000")
    #expect(FigureFormat.decimal(9000) == "9000")
    #expect(FigureFormat.decimal(-2.5) == "-2.5")
    #expect(FigureFormat.decimal(.nan) == "?")
}

@Test func moneyReadsAsTheDocumentsWriteIt() {
    #expect(FigureFormat.value(13000, unit: .yiYuan, language: .zh) == "1.3万亿元")
    #expect(FigureFormat.value(13000, unit: .yiYuan, language: .en) == "1.3 trillion yuan")
    #expect(FigureFormat.value(400, unit: .yiYuan, language: .zh) == "400亿元")
    #expect(FigureFormat.value(400, unit: .yiYuan, language: .en) == "40 billion yuan")
}

@Test func countsCarryTheirMeasureWord() {
    let jia = LocalizedText(zh: "家", en: "enterprises")
    #expect(FigureFormat.value(15, unit: .count, measure: jia, language: .zh) == "15家")
    #expect(FigureFormat.value(42000, unit: .count, measure: jia, language: .zh) == "4.2万家")
    #expect(FigureFormat.value(42000, unit: .count, measure: jia, language: .en) == "42,000 enterprises")
    // One of them is singular in English; Chinese has no plural.
    #expect(FigureFormat.value(1, unit: .count, measure: jia, language: .en) == "1 enterprise")
    #expect(FigureFormat.value(1, unit: .count, measure: LocalizedText(zh: "个", en: "factories"), language: .en) == "1 factory")
    #expect(FigureFormat.value(1, unit: .count, measure: jia, language: .zh) == "1家")
}

@Test func qualifiersFrameTheFigureInTheDocumentsWords() {
    #expect(FigureFormat.qualified(13000, unit: .yiYuan, measure: nil, qualifiers: [.expected, .over], language: .zh)
            == "预计超1.3万亿元")
    #expect(FigureFormat.qualified(72, unit: .index, measure: nil, qualifiers: [.about], language: .zh) == "72左右")
    #expect(FigureFormat.qualified(300, unit: .count, measure: LocalizedText(zh: "家", en: "enterprises"),
                                   qualifiers: [.striving, .new, .atLeast], language: .zh) == "力争300家以上")
    #expect(FigureFormat.qualified(72, unit: .index, measure: nil, qualifiers: [.about], language: .en) == "about 72")
}

@Test func aDayPacksIntoOneWordAndKeepsItsOrderAndParts() {
    #expect(MemoryLayout<Day>.size <= 8)
    let days = ["1999-12-31", "2000-01-01", "2000-02-29", "2024-12-31", "2025-01-01", "2025-12-31"].map { Day(iso: $0)! }
    #expect(days == days.sorted())
    #expect(days.map(\.description) == ["1999-12-31", "2000-01-01", "2000-02-29", "2024-12-31", "2025-01-01", "2025-12-31"])
    let ancient = Day(year: -44, month: 3, day: 15)!
    #expect((ancient.year, ancient.month, ancient.day) == (-44, 3, 15))
    #expect(ancient < days[0])
    #expect(Day(year: 2_000_000, month: 1, day: 1) == nil)
}
