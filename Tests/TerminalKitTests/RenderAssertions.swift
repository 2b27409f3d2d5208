import Testing
@testable import TerminalKit

/// Renders a widget into an `x`-filled canvas (so untouched cells show) and returns its rows.
func rendered(_ widget: some Widget, width: Int, height: Int, glyphs: Glyphs = .unicode,
              area: Rect? = nil, fill: String = "x") -> [String] {
    var canvas = Canvas(width: width, height: height, glyphs: glyphs)
    canvas.grid.fill(canvas.area, with: fill)
    widget.render(in: area ?? canvas.area, on: &canvas)
    return canvas.grid.lines
}

/// Compares rendered rows with the expected ones and, on failure, prints the rows that
/// differ with both versions, at the caller's line.
func expectLines(_ actual: [String], _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    guard actual != expected else { return }
    var report = ["rendered lines differ (- expected, + actual):"]
    for index in 0..<max(actual.count, expected.count) {
        let want = index < expected.count ? expected[index] : "<none>"
        let got = index < actual.count ? actual[index] : "<none>"
        if want != got {
            report.append("row \(index):")
            report.append("- |\(want)|")
            report.append("+ |\(got)|")
        }
    }
    Issue.record(Comment(rawValue: report.joined(separator: "\n")), sourceLocation: sourceLocation)
}

/// Every row's display width must equal the grid width: nothing spills, nothing is lost.
func expectRowsFit(_ lines: [String], width: Int, sourceLocation: SourceLocation = #_sourceLocation) {
    for (index, line) in lines.enumerated() where CellWidth.of(line) != width {
        Issue.record("row \(index) is \(CellWidth.of(line)) cells wide, expected \(width): |\(line)|",
                     sourceLocation: sourceLocation)
    }
}
