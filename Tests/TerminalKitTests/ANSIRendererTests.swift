import Testing
@testable import TerminalKit

/// A small theme written here, so these bytes do not change when the built-in themes do.
private let theme = Theme(name: "test", styles: [
    .title: ResolvedStyle(foreground: .rgb(255, 255, 255), attributes: .bold),
    .behind: ResolvedStyle(foreground: .rgb(255, 0, 0), background: .rgb(0, 0, 0)),
    .achieved: ResolvedStyle(foreground: .rgb(0x5F, 0x87, 0xFF), attributes: .underline),
])

/// Two rows: a bold title letter, a wide character and a letter behind, a plain space;
/// plain text, then an achieved mark whose style runs to the end of the line.
private let grid: Grid = {
    var grid = Grid(width: 5, height: 2)
    grid.write("A", x: 0, y: 0, style: Style(.title))
    grid.write("好b", x: 1, y: 0, style: Style(.behind))
    grid.write("ok", x: 0, y: 1)
    grid.write("!  ", x: 2, y: 1, style: Style(.achieved))
    return grid
}()

private func ansi(_ depth: ColorDepth) -> String {
    ANSIRenderer(palette: theme.palette(for: depth)).render(grid)
}

@Test func plainTextHasOneLineARowAndWideCharactersOnce() {
    #expect(PlainRenderer.render(grid) == "A好b \nok!  \n")
    #expect(PlainRenderer.render(Grid(width: 3, height: 0)) == "")
}

@Test func trueColourUsesTwentyFourBitSequences() {
    #expect(ansi(.trueColor) == "\u{1B}[1;38;2;255;255;255mA\u{1B}[0;38;2;255;0;0;48;2;0;0;0m好b\u{1B}[0m \n"
        + "ok\u{1B}[4;38;2;95;135;255m!  \u{1B}[0m\n")
}

@Test func paletteColoursUseTheirIndices() {
    #expect(ansi(.indexed256) == "\u{1B}[1;38;5;231mA\u{1B}[0;38;5;196;48;5;16m好b\u{1B}[0m \n"
        + "ok\u{1B}[4;38;5;69m!  \u{1B}[0m\n")
}

@Test func sixteenAndEightColoursUseTheBasicCodes() {
    #expect(ansi(.sixteen) == "\u{1B}[1;97mA\u{1B}[0;91;40m好b\u{1B}[0m \nok\u{1B}[4;94m!  \u{1B}[0m\n")
    #expect(ansi(.eight) == "\u{1B}[1;37mA\u{1B}[0;31;40m好b\u{1B}[0m \nok\u{1B}[4;34m!  \u{1B}[0m\n")
}

@Test func withoutColourOnlyAttributesAreWrittenAndOnlyWhenTheyChange() {
    // Title and behind both become bold and underlined: one sequence covers both.
    #expect(ansi(.none) == "\u{1B}[1;4mA好b\u{1B}[0m \nok\u{1B}[1;4m!  \u{1B}[0m\n")
}

@Test func theWidgetsEmphasisAndDimAndBackgroundCodesAreWritten() {
    var grid = Grid(width: 2, height: 1)
    grid.write("x", x: 0, y: 0, style: Style(.text, bold: true, reverse: true))
    let dim = Theme(name: "dim", styles: [.muted: ResolvedStyle(background: .ansi(9), attributes: .dim)])
    grid.write("y", x: 1, y: 0, style: Style(.muted))
    let output = ANSIRenderer(palette: dim.palette(for: .sixteen)).render(grid)
    #expect(output == "\u{1B}[1;7mx\u{1B}[0;2;101my\u{1B}[0m\n")
}

@Test func unstyledTextHasNoEscapes() {
    var grid = Grid(width: 3, height: 2)
    grid.write("abc", x: 0, y: 0)
    #expect(ANSIRenderer(palette: theme.palette(for: .trueColor)).render(grid) == PlainRenderer.render(grid))
}
