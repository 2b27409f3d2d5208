import Testing
@testable import TerminalKit

/// A colour at each depth, richest first: true colour, 256, 16, 8, none.
private func ladder(_ color: TerminalColor) -> [TerminalColor] {
    [ColorDepth.trueColor, .indexed256, .sixteen, .eight, .none].map { ColorDegrade.color(color, at: $0) }
}

@Test(arguments: [
    // (red, green, blue), palette index, 16-colour and 8-colour results
    ((0xFF, 0x00, 0x00), 196, 9, 1),  // pure red: the cube's corner, bright red, red
    ((0x00, 0x00, 0x00), 16, 0, 0),
    ((0xFF, 0xFF, 0xFF), 231, 15, 7),
    ((0x80, 0x80, 0x80), 244, 8, 7),  // a grey lands on the grey ramp, not the cube
    ((0x12, 0x12, 0x12), 233, 0, 0),
    ((0x56, 0xB4, 0xE9), 74, 12, 4),  // Okabe-Ito sky blue
    ((0xF0, 0xE4, 0x42), 221, 11, 3),  // Okabe-Ito yellow
    ((0xD5, 0x5E, 0x00), 166, 1, 1),  // Okabe-Ito vermillion
    ((0x00, 0x9E, 0x73), 35, 2, 2),  // Okabe-Ito bluish green
] as [((Int, Int, Int), Int, Int, Int)])
func aColourDegradesToTheNearestAtEachDepth(rgb: (Int, Int, Int), index: Int, ansi16: Int, ansi8: Int) {
    let color = TerminalColor.rgb(UInt8(rgb.0), UInt8(rgb.1), UInt8(rgb.2))
    #expect(ladder(color) == [color, .indexed(UInt8(index)), .ansi(UInt8(ansi16)), .ansi(UInt8(ansi8)), .terminalDefault])
}

@Test func paletteIndicesHaveTheXtermValues() {
    #expect(ColorDegrade.rgb(ofIndex: 1) == (0xCD, 0x00, 0x00))
    #expect(ColorDegrade.rgb(ofIndex: 16) == (0, 0, 0))
    #expect(ColorDegrade.rgb(ofIndex: 67) == (0x5F, 0x87, 0xAF))
    #expect(ColorDegrade.rgb(ofIndex: 196) == (0xFF, 0, 0))
    #expect(ColorDegrade.rgb(ofIndex: 232) == (8, 8, 8))
    #expect(ColorDegrade.rgb(ofIndex: 255) == (0xEE, 0xEE, 0xEE))
}

@Test func everyFixedPaletteColourIsItsOwnNearestIndex() {
    for index in UInt8(16)...255 {
        #expect(ColorDegrade.nearestIndex(ColorDegrade.rgb(ofIndex: index)) == index)
    }
}

@Test func brightColoursBecomeTheirNormalOnesAndGreyBecomesWhite() {
    #expect((8...15).map { ColorDegrade.nearestANSI8(ansi: UInt8($0)) } == [7, 1, 2, 3, 4, 5, 6, 7])
    #expect((0...7).map { ColorDegrade.nearestANSI8(ansi: UInt8($0)) } == Array(0...7))
    #expect(ColorDegrade.nearestANSI16(index: 5) == 5)
    #expect(ColorDegrade.nearestANSI16(index: 240) == 8)
}

@Test func poorerColoursAreKeptAndTheDefaultAlwaysStays() {
    #expect(ladder(.indexed(5)) == [.indexed(5), .indexed(5), .ansi(5), .ansi(5), .terminalDefault])
    #expect(ladder(.ansi(12)) == [.ansi(12), .ansi(12), .ansi(12), .ansi(4), .terminalDefault])
    #expect(ladder(.terminalDefault) == Array(repeating: .terminalDefault, count: 5))
}

@Test func greyTextBecomesADimmedNeutralAtSixteenAndEightColours() {
    let grey = ResolvedStyle(foreground: .rgb(0x94, 0x94, 0x94))
    #expect(ColorDegrade.style(grey, of: .muted, at: .sixteen) == ResolvedStyle(attributes: .dim), "bright black is undependable")
    #expect(ColorDegrade.style(grey, of: .muted, at: .eight) == ResolvedStyle(attributes: .dim))
    // On a background the theme paints, the terminal's own colour might be that background:
    // white on a dark one, black on a light one.
    let onBlack = ResolvedStyle(foreground: .rgb(0x94, 0x94, 0x94), background: .rgb(0, 0, 0))
    #expect(ColorDegrade.style(onBlack, of: .muted, at: .sixteen) == ResolvedStyle(foreground: .ansi(7), background: .ansi(0), attributes: .dim))
    let onWhite = ResolvedStyle(foreground: .rgb(0x62, 0x62, 0x62), background: .rgb(0xFF, 0xFF, 0xFF))
    #expect(ColorDegrade.style(onWhite, of: .muted, at: .eight) == ResolvedStyle(foreground: .ansi(0), background: .ansi(7), attributes: .dim))
    // A grey background is not text: it takes the nearest colour.
    let band = ResolvedStyle(foreground: .ansi(0), background: .rgb(0x80, 0x80, 0x80))
    #expect(ColorDegrade.style(band, of: .statusBar, at: .eight) == ResolvedStyle(foreground: .ansi(0), background: .ansi(7)))
}

@Test func coloursThatMergeAtAPoorDepthKeepTheBackgroundUnderANeutral() {
    // Two blues apart in true colour become the same basic blue: the band stays (the theme
    // painted it), its text turns white.
    let style = ResolvedStyle(foreground: .rgb(0x5F, 0x87, 0xFF), background: .rgb(0x00, 0x00, 0xD7))
    #expect(ColorDegrade.style(style, of: .text, at: .indexed256) == ResolvedStyle(foreground: .indexed(69), background: .indexed(20)))
    #expect(ColorDegrade.style(style, of: .text, at: .eight) == ResolvedStyle(foreground: .ansi(7), background: .ansi(4)))
}

@Test func withoutColourOnlyRolesThatHadColourGainAttributes() {
    let coloured = ResolvedStyle(foreground: .ansi(1), attributes: .underline)
    #expect(ColorDegrade.style(coloured, of: .selection, at: .none) == ResolvedStyle(attributes: [.underline, .reverse]))
    #expect(ColorDegrade.style(ResolvedStyle(), of: .selection, at: .none) == ResolvedStyle())
    #expect(ColorDegrade.style(coloured, of: .selection, at: .sixteen).attributes == .underline)
}
