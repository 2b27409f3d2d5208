import Testing
@testable import TerminalKit

@Test func aSingleScalarIsHeldAsItselfAndReadsBack() {
    #expect(Glyph("a").scalar == "a")
    #expect(Glyph("南").text == "南")
    #expect(Glyph(Character("é")).text == "é")
    #expect(Glyph.space.text == " ")
    #expect(!Glyph.space.isEmpty)
}

@Test func nothingIsEmptyAndReadsBackAsTheEmptyString() {
    #expect(Glyph("").isEmpty)
    #expect(Glyph("") == Glyph.empty)
    #expect(Glyph.empty.text == "")
    #expect(Glyph.empty.scalar == nil)
    #expect(Glyph.empty != Glyph.space)
}

@Test func aClusterOfSeveralScalarsRoundTripsAndIsEqualWhereverItIsMade() {
    let family = "👩\u{200D}👩\u{200D}👧"
    let decomposed = "e\u{0301}"
    #expect(Glyph(family).text == family)
    #expect(Glyph(Character(decomposed)).text == decomposed)
    #expect(Glyph(family).scalar == nil)
    // Two grids written apart give the same cluster the same cell, so the diff sees no change.
    var first = Grid(width: 4, height: 1)
    var second = Grid(width: 4, height: 1)
    first.write(decomposed, x: 0, y: 0)
    second.write("x", x: 1, y: 0)
    second.write(decomposed, x: 0, y: 0)
    #expect(first[0, 0] == second[0, 0])
    #expect(first[0, 0].text == decomposed)
    #expect(Glyph(decomposed) != Glyph("e"))
}

@Test func aCellStaysSmallAndHoldsNoReference() {
    #expect(MemoryLayout<Cell>.size <= 8)
    #expect(_isPOD(Cell.self))
}
