import TerminalKit
import IndustryModel

/// The thin line under a slide. The presentation works out the words (slide number,
/// auto-advance, a number being typed, the clock); the slide adds its source.
public struct SlideFooter: Hashable, Sendable {
    /// "3/12".
    public var number: String
    /// The wall clock, e.g. "14:05"; empty for none (handouts, tests).
    public var clock: String
    /// Auto-advance, the number typed so far, a message; empty when there is nothing to say.
    public var status: String

    public init(number: String, clock: String = "", status: String = "") {
        self.number = number
        self.clock = clock
        self.status = status
    }
}

/// One slide, full screen: a title, the headline figures in big digits, the top items with
/// heavy bars and their statuses in words, and a one-line footer naming the source. No
/// header, tabs or key hints: on a projector, every row goes to what the room should read.
public enum SlideView {
    /// Below this a slide cannot show a figure legibly; it says so instead.
    public static let minimumWidth = 40
    public static let minimumHeight = 12

    public static func render(_ subject: SlideSubject, title: LocalizedText? = nil, _ display: Display, _ dataset: Dataset,
                              footer: SlideFooter) -> Frame {
        render(SlideContent.make(subject, title: title, display: display, dataset: dataset), display, dataset, footer: footer)
    }

    public static func render(_ content: SlideContent, _ display: Display, _ dataset: Dataset, footer: SlideFooter) -> Frame {
        fullScreen(SlideScreen(content: content, footer: footer), display, dataset,
                   minimum: (minimumWidth, minimumHeight))
    }

    /// A screen with no chrome around it (a slide, the notes): the whole terminal is its
    /// area. Below `minimum` it says the size it needs instead.
    static func fullScreen(_ screen: some ScreenContent, _ display: Display, _ dataset: Dataset,
                           minimum: (width: Int, height: Int)?) -> Frame {
        var ctx = RenderContext(display, dataset: dataset)
        if let minimum, display.width < minimum.width || display.height < minimum.height {
            Chrome.tooSmall(&ctx, minimumWidth: minimum.width, minimumHeight: minimum.height)
        } else {
            _ = screen.render(&ctx, in: ctx.canvas.area)
        }
        if display.ascii { ctx.canvas.grid.foldToASCII() }
        return Frame(grid: ctx.canvas.grid, hits: [])
    }

    /// The slide in `screen` (the whole terminal): the body, and the footer on its last row.
    static func draw(_ ctx: inout RenderContext, _ content: SlideContent, _ footer: SlideFooter, in screen: Rect) {
        body(&ctx, content, in: Rect(x: screen.x, y: screen.y, width: screen.width, height: screen.height - 1))
        footerLine(&ctx, content, footer, in: Rect(x: screen.x, y: screen.bottom - 1, width: screen.width, height: 1))
    }

    /// A blanked screen (`b`): nothing at all, so the room looks at the speaker.
    public static func blank(_ display: Display) -> Frame {
        Frame(grid: Grid(width: display.width, height: display.height), hits: [])
    }

    private static func body(_ ctx: inout RenderContext, _ content: SlideContent, in body: Rect) {
        let display = ctx.display
        let margin = body.width >= 60 ? 2 : 1
        let roomy = display.height >= 20
        let area = Rect(x: body.x + margin, y: body.y, width: body.width - 2 * margin, height: body.height)
        var y = area.y + (content.isTitlePage ? area.height / 5 : 0)
        func line(_ text: String, _ style: Style) {
            let row = Rect(x: area.x, y: y, width: area.width, height: 1)
            let fitted = content.isTitlePage ? TextFit.center(text, in: area.width, ellipsis: ctx.canvas.glyphs.ellipsis) : text
            ctx.text(fitted, in: row, style: style)
            y += 1
        }
        line(content.title, Style(.title, bold: true))
        if !content.subtitle.isEmpty && display.height >= 16 { line(content.subtitle, Style(.muted)) }
        if roomy { y += 1 }
        let notes = Array(content.notes.prefix(roomy ? 2 : 1))
        let itemsNeed = content.items.isEmpty ? 0 : min(content.items.count, 3)
        if !content.figures.isEmpty {
            let room = area.bottom - y - notes.count - itemsNeed
            let used = figures(&ctx, content.figures, in: Rect(x: area.x, y: y, width: area.width, height: room),
                               centered: content.isTitlePage)
            y += used + (roomy && used > 0 ? 1 : 0)
        }
        let itemsArea = Rect(x: area.x, y: y, width: area.width, height: area.bottom - y - notes.count)
        items(&ctx, content.items, in: itemsArea)
        for (index, note) in notes.enumerated() {
            ctx.text(note, in: Rect(x: area.x, y: area.bottom - notes.count + index, width: area.width, height: 1),
                     style: Style(.muted))
        }
    }

    /// Figures side by side, each a label, big digits, the qualified figure and its
    /// target or status. Five rows of digits where every figure fits them, else three, else
    /// one plain line (BigText's own fallback); returns the rows used.
    private static func figures(_ ctx: inout RenderContext, _ figures: [SlideFigure], in area: Rect, centered: Bool) -> Int {
        let columns = min(figures.count, 3, max(1, area.width / 24))
        guard area.height >= 3, columns > 0 else { return 0 }
        let shown = Array(figures.prefix(columns))
        let width = (area.width - 2 * (columns - 1)) / columns
        let fitsAll = { (size: BigText.Size) in shown.allSatisfy { BigText.width(of: $0.big, size: size) <= width } }
        let big: Int
        if area.height >= 3 + 5 && ctx.display.height >= 30 && fitsAll(.five) {
            big = 5
        } else if area.height >= 3 + 3 {
            big = 3
        } else {
            big = 1
        }
        let height = 3 + big
        let cells = Layout.split(Rect(x: area.x, y: area.y, width: area.width, height: height), .horizontal,
                                 shown.map { _ in .fill(1) }, spacing: 2)
        for (figure, cell) in zip(shown, cells) {
            func text(_ choices: [String], row: Int, _ style: Style) {
                let ellipsis = ctx.canvas.glyphs.ellipsis
                let text = choices.first { CellWidth.of($0) <= cell.width } ?? choices.last ?? ""
                ctx.text(centered ? TextFit.center(text, in: cell.width, ellipsis: ellipsis) : text, in: cell, row: row, style: style)
            }
            text([figure.label], row: 0, Style(.text, bold: true))
            ctx.draw(BigText(figure.big, size: big == 5 ? .five : .three, alignment: centered ? .center : .left),
                     in: Rect(x: cell.x, y: cell.y + 1, width: cell.width, height: big))
            let date = figure.date.isEmpty ? "" : " (\(figure.date))"
            text([figure.figure + date, figure.compactFigure + date, figure.compactFigure], row: 1 + big, Style(.accent))
            // The status comes first: when the line is cut, the target's tail goes, not the verdict.
            let parts = { (target: String) in [figure.status, target].filter { !$0.isEmpty }.joined(separator: " · ") }
            text([parts(figure.target), parts(figure.compactTarget)], row: 2 + big, Style(figure.role, bold: true))
        }
        return height
    }

    /// At most this many items a slide: more cannot be read from the back of a room.
    static let itemLimit = 10

    /// The items that fit (up to `itemLimit`), one a row, each status in its own column so
    /// it is never the part cut off. With shares they are bars on a 0-100% scale, full blocks
    /// in the status colour. What does not fit is counted, not squeezed: a slide is no place
    /// for a dense table.
    private static func items(_ ctx: inout RenderContext, _ items: [SlideItem], in area: Rect) {
        guard !area.isEmpty, !items.isEmpty else { return }
        let rows = min(area.height, itemLimit)
        let shown = items.count > rows ? Array(items.prefix(rows - 1)) : items
        let statusWidth = min(area.width / 4, shown.map { CellWidth.of($0.status) }.max() ?? 0)
        let list = Rect(x: area.x, y: area.y, width: area.width - (statusWidth > 0 ? statusWidth + 2 : 0), height: shown.count)
        for (row, item) in shown.enumerated() where statusWidth > 0 {
            ctx.text(item.status, in: Rect(x: list.right + 2, y: list.y + row, width: statusWidth, height: 1),
                     style: Style(item.role, bold: true))
        }
        if items.contains(where: { $0.share != nil }) {
            let bars = shown.map { item in
                BarChart.Item(item.label, value: item.share.map { min(1, max(0, $0)) } ?? .nan, role: item.role,
                              valueLabel: item.figure)
            }
            ctx.draw(BarChart(bars, maximum: 1, labelWidthLimit: list.width * 2 / 5), in: list)
        } else {
            for (row, item) in shown.enumerated() {
                let figureWidth = min(CellWidth.of(item.figure), list.width * 3 / 5)
                ctx.text(item.figure, in: Rect(x: list.right - figureWidth, y: list.y + row, width: figureWidth, height: 1),
                         style: Style(item.role, bold: true), alignRight: true)
                ctx.text(item.label, in: Rect(x: list.x, y: list.y + row, width: list.width - figureWidth - 2, height: 1))
            }
        }
        if shown.count < items.count {
            ctx.text(Labels.more(items.count - shown.count, ctx.display.language), in: area, row: shown.count, style: Style(.muted))
        }
    }

    /// Slide number (and status) on the left, the clock on the right, the source between:
    /// date first, so a cut line loses the end of a title, never the date.
    private static func footerLine(_ ctx: inout RenderContext, _ content: SlideContent, _ footer: SlideFooter, in row: Rect) {
        ctx.canvas.grid.fill(row, style: Style(.statusBar))
        let bar = Style(.statusBar, bold: true)
        let left = " " + footer.number + (footer.status.isEmpty ? "" : "  " + footer.status) + " "
        let leftWidth = ctx.canvas.text(left, in: row, style: bar)
        let right = footer.clock.isEmpty ? "" : " " + footer.clock + " "
        let rightWidth = CellWidth.of(right)
        if leftWidth + rightWidth <= row.width { ctx.canvas.text(right, in: row, style: bar, alignRight: true) }
        let room = Rect(x: row.x + leftWidth + 1, y: row.y, width: row.width - leftWidth - rightWidth - 2, height: 1)
        if room.width >= 8 { ctx.canvas.text(sourceLine(content.sources, ctx.display), in: room, style: Style(.statusBar)) }
    }

    /// "来源 2025-12-10: 南通市工业和信息化局《…》 (+2)" for the first source, counting the rest.
    static func sourceLine(_ sources: [CitedSource], _ display: Display) -> String {
        guard let first = sources.first?.source else { return "" }
        let more = sources.count > 1 ? " (+\(sources.count - 1))" : ""
        // The date first (a cut line keeps it), then the citation without its date.
        return display.t(Labels.source) + " " + first.date.description + more + ": " + first.citation(display.language, dated: false)
    }
}
