import Testing
@testable import TerminalKit

@Test func bigTextDrawsDigitsThreeRowsTallWithBlocks() {
    expectLines(rendered(BigText("2025"), width: 20, height: 3), [
        "▀▀█ █▀█ ▀▀█ █▀▀     ",
        "█▀▀ █ █ █▀▀ ▀▀█     ",
        "▀▀▀ ▀▀▀ ▀▀▀ ▀▀▀     ",
    ])
    // ASCII has no half blocks: seven segments, as on a calculator, read from the back.
    expectLines(rendered(BigText("2025"), width: 20, height: 3, glyphs: .ascii), [
        " _   _   _   _      ",
        " _| | |  _| |_      ",
        "|_  |_| |_   _|     ",
    ])
}

@Test func bigTextDrawsUnitsOutsideTheFontAsTextOnTheBottomRow() {
    expectLines(rendered(BigText("1.2万亿"), width: 20, height: 4), [
        "▀█    ▀▀█           ",
        " █    █▀▀           ",
        "▀▀▀ ▀ ▀▀▀ 万亿      ",
        "                    ",
    ])
    expectLines(rendered(BigText("-3.5%"), width: 20, height: 3), [
        "    ▀▀█   █▀▀ ▀ █   ",
        "▀▀▀ ▀▀█   ▀▀█ ▄▀    ",
        "    ▀▀▀ ▀ ▀▀▀ ▀ ▀   ",
    ])
    expectLines(rendered(BigText("+1,234"), width: 22, height: 3, glyphs: .ascii), [
        "            _   _     ",
        "_|_   |     _|  _| |_|",
        " |    |  , |_   _|   |",
    ])
}

@Test func bigTextCentresAndDrawsFiveRowsWithSquarePixels() {
    expectLines(rendered(BigText("12.5%", size: .five, alignment: .center), width: 40, height: 5), [
        "   ████    ██████      ██████  ██  ██   ",
        "     ██        ██      ██          ██   ",
        "     ██    ██████      ██████    ██     ",
        "     ██    ██              ██  ██       ",
        "   ██████  ██████  ██  ██████  ██  ██   ",
    ])
    expectLines(rendered(BigText("7", size: .five, alignment: .center), width: 10, height: 5, glyphs: .ascii), [
        "  ######  ",
        "      ##  ",
        "      ##  ",
        "      ##  ",
        "      ##  ",
    ])
}

@Test func bigTextWidthCountsGlyphsGapsAndPlainText() {
    #expect(BigText.width(of: "2025") == 15)
    #expect(BigText.width(of: "1.2万亿") == 14)
    #expect(BigText.width(of: "2025", size: .five) == 30)
    #expect(BigText.width(of: "") == 0)
    #expect(BigText.width(of: "万亿") == 4)
    #expect(BigText.fits("2025", size: .three, in: Rect(x: 0, y: 0, width: 15, height: 3)))
    #expect(!BigText.fits("2025", size: .three, in: Rect(x: 0, y: 0, width: 14, height: 3)))
    #expect(!BigText.fits("2025", size: .five, in: Rect(x: 0, y: 0, width: 40, height: 4)))
}

@Test func bigTextFallsBackToSmallerThenPlainTextRatherThanLoseDigits() {
    // Five rows asked for, four available: three rows it is.
    expectLines(rendered(BigText("42", size: .five), width: 8, height: 4), [
        "█ █ ▀▀█ ",
        "▀▀█ █▀▀ ",
        "  ▀ ▀▀▀ ",
        "        ",
    ])
    expectLines(rendered(BigText("1,234.5亿元", alignment: .center), width: 12, height: 3), [
        "1,234.5亿元 ",
        "            ",
        "            ",
    ])
    expectLines(rendered(BigText("1,234.5亿元"), width: 8, height: 2, glyphs: .ascii), [
        "1,234...",
        "        ",
    ])
}

@Test func bigTextDigitsAreAllDifferentInEveryGlyphSetAndSize() {
    for glyphs in [Glyphs.unicode, .ascii] {
        for size in [BigText.Size.three, .five, .ten] {
            let drawings = "0123456789".map { rendered(BigText(String($0), size: size), width: 6, height: 5, glyphs: glyphs) }
            #expect(Set(drawings).count == 10, "digits look alike in \(glyphs.isASCII ? "ASCII" : "Unicode") \(size)")
        }
    }
}

@Test func bigTextInASubRectLeavesEverythingAroundItAlone() {
    expectLines(expectUntouchedOutside(BigText("9%"), area: Rect(x: 1, y: 1, width: 9, height: 3), width: 11, height: 5), [
        "xxxxxxxxxxx",
        "x█▀█ ▀ █  x",
        "x▀▀█ ▄▀   x",
        "x▀▀▀ ▀ ▀  x",
        "xxxxxxxxxxx",
    ])
    expectLines(rendered(BigText("8"), width: 1, height: 1), ["8"])
    expectLines(rendered(BigText("8"), width: 0, height: 0), [])
    expectLines(rendered(BigText(""), width: 3, height: 1), ["   "])
}

@Test func bigTextRowsFitForRandomTextAndSizes() {
    var fuzz = MixedTextFuzz(seed: 0xB16)
    let digits = Array("0123456789.,%-+ ")
    for _ in 0..<400 {
        // Mostly font characters, so the big path is taken as often as the fallback.
        let text = (0..<fuzz.int(0...8)).map { _ in fuzz.int(0...3) == 0 ? fuzz.text(maxLength: 2) : String(digits[fuzz.int(0...15)]) }.joined()
        let widget = BigText(text, size: fuzz.bool() ? .three : .five, alignment: fuzz.bool() ? .left : .center)
        let (width, height) = (fuzz.int(0...40), fuzz.int(0...7))
        let glyphs: Glyphs = fuzz.bool() ? .unicode : .ascii
        expectRowsFit(rendered(widget, width: width, height: height, glyphs: glyphs), width: width)
        let lines = expectUntouchedOutside(widget, area: fuzz.area(in: width, height), width: width, height: height, glyphs: glyphs)
        expectRowsFit(lines, width: width)
    }
}

@Test func onlyTheLitCellsOfBigDigitsTakeTheirStyle() {
    // A theme may underline a role (projector's "behind"): styled gaps would rule lines
    // across the digits, so the spaces between lit cells keep the plain style.
    var canvas = Canvas(width: 16, height: 5)
    BigText("71", size: .five, style: Style(.behind, bold: true)).render(in: canvas.area, on: &canvas)
    for y in 0..<5 {
        for x in 0..<16 {
            let cell = canvas.grid[x, y]
            let expected = cell.text == " " ? Style.text : Style(.behind, bold: true)
            #expect(cell.style == expected, "cell \(x),\(y) '\(cell.text)' is \(cell.style)")
        }
    }
}

@Test func tenRowDigitsHaveSquarePixelsOfTwoRowsAndFourCells() {
    expectLines(rendered(BigText("1", size: .ten), width: 12, height: 10), [
        "████████    ", "████████    ", "    ████    ", "    ████    ", "    ████    ",
        "    ████    ", "    ████    ", "    ████    ", "████████████", "████████████",
    ])
    // Too wide for its area, it falls back to five rows, then three.
    #expect(rendered(BigText("11", size: .ten), width: 20, height: 10)[0].hasPrefix("████    ██"))
}
