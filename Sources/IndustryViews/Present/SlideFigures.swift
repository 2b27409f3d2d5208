import TerminalKit
import IndustryModel

/// The headline figures of a slide side by side, each centred in its column: the label
/// (wrapped, never cut), the published figure in big digits in its status colour, the
/// figure in words with its date, the status, the target in body type and a bar of the
/// share reached with a marker where progress should be by now.
struct SlideFigures {
    var figures: [SlideFigure]

    /// Columns of about this width, before the spacing between them (three fit in 60
    /// columns, labels wrapping); fewer figures are shown rather than squeezed.
    static let minimumColumn = 18

    /// The words of one figure fitted to its column's width.
    private struct Lines {
        var label: [String]
        var figure: [String]
        var target: [String]

        init(_ figure: SlideFigure, width: Int) {
            label = Self.wrapped([figure.label], width: width, rows: 3)
            let date = figure.date.isEmpty ? "" : " (\(figure.date))"
            self.figure = Self.wrapped([figure.figure + date, figure.compactFigure + date], width: width, rows: 2)
            target = Self.wrapped([figure.target, figure.compactTarget].filter { !$0.isEmpty }, width: width, rows: 2)
        }

        /// The first choice that fits one row, else the last one wrapped to at most `rows`.
        static func wrapped(_ choices: [String], width: Int, rows: Int) -> [String] {
            guard let last = choices.last else { return [] }
            if let fits = choices.first(where: { CellWidth.of($0) <= width }) { return [fits] }
            return Array(TextFit.wrap(last, width: width).prefix(rows))
        }
    }

    private struct Plan {
        var columns: [Rect]
        var lines: [Lines]
        var labelRows, figureRows, targetRows, statusRows, barRows: Int
        var big: Int
        var height: Int { labelRows + big + figureRows + statusRows + targetRows + barRows }
    }

    /// The rows the figures take in `area` (0 when they cannot be shown at all).
    func height(in area: Rect, display: Display) -> Int { plan(area, display)?.height ?? 0 }

    private func plan(_ area: Rect, _ display: Display) -> Plan? {
        let count = min(figures.count, 3, max(1, area.width / Self.minimumColumn))
        guard count > 0, area.height >= 3 else { return nil }
        let shown = Array(figures.prefix(count))
        let columns = Layout.split(area, .horizontal, shown.map { _ in .fill(1) }, spacing: 2)
        let lines = zip(shown, columns).map { Lines($0, width: $1.width) }
        var plan = Plan(columns: columns, lines: lines,
                        labelRows: lines.map(\.label.count).max() ?? 0, figureRows: lines.map(\.figure.count).max() ?? 0,
                        targetRows: lines.map(\.target.count).max() ?? 0,
                        statusRows: shown.contains { !$0.status.isEmpty } ? 1 : 0,
                        barRows: shown.contains { $0.share != nil } ? 1 : 0, big: 0)
        let fitsAll = { (size: BigText.Size) in zip(shown, columns).allSatisfy { BigText.width(of: $0.big, size: size) <= $1.width } }
        // Extras go before the digits shrink to plain text: the bar first, then second lines.
        func room(_ big: Int) -> Bool { plan.height - plan.big + big <= area.height }
        while !room(3) && plan.barRows + max(0, plan.targetRows - 1) + max(0, plan.figureRows - 1) + max(0, plan.labelRows - 1) > 0 {
            if plan.barRows > 0 { plan.barRows = 0 }
            else if plan.targetRows > 1 { plan.targetRows = 1 }
            else if plan.figureRows > 1 { plan.figureRows = 1 }
            else { plan.labelRows = 1 }
        }
        if room(10) && display.height >= 50 && fitsAll(.ten) {
            plan.big = 10
        } else if room(5) && display.height >= 30 && fitsAll(.five) {
            plan.big = 5
        } else if room(3) {
            plan.big = 3
        } else if room(1) {
            plan.big = 1
        } else {
            return nil
        }
        return plan
    }

    /// Draws the figures from the top of `area`; returns the rows used.
    @discardableResult
    func draw(_ ctx: inout RenderContext, in area: Rect) -> Int {
        guard let plan = plan(area, ctx.display) else { return 0 }
        let ellipsis = ctx.canvas.glyphs.ellipsis
        for ((figure, cell), lines) in zip(zip(figures, plan.columns), plan.lines) {
            var y = cell.y
            func rows(_ texts: [String], count: Int, _ style: Style) {
                for (index, text) in texts.prefix(count).enumerated() {
                    let cut = index == count - 1 && texts.count > count ? text + ellipsis : text
                    ctx.centred(cut, in: Rect(x: cell.x, y: y + index, width: cell.width, height: 1), style: style)
                }
                y += count
            }
            rows(lines.label, count: plan.labelRows, Style(.text, bold: true))
            let size: BigText.Size = plan.big == 10 ? .ten : plan.big == 5 ? .five : .three
            ctx.draw(BigText(figure.big, size: size, alignment: .center, style: Style(figure.role, bold: true)),
                     in: Rect(x: cell.x, y: y, width: cell.width, height: plan.big))
            y += plan.big
            rows(lines.figure, count: plan.figureRows, Style(.accent))
            rows(figure.status.isEmpty ? [] : [figure.status], count: plan.statusRows, Style(figure.role, bold: true))
            rows(lines.target, count: plan.targetRows, .text)
            if plan.barRows > 0, figure.share != nil {
                let width = min(cell.width - 4, 32)
                ctx.draw(Gauge(ratio: figure.share, label: "", role: figure.role, expected: figure.expected),
                         in: Rect(x: cell.x + (cell.width - width) / 2, y: y, width: width, height: 1))
            }
        }
        return plan.height
    }
}
