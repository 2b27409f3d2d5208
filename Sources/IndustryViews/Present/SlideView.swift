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

    /// The title centred over a rule, the subtitle under it; then the figures (or the
    /// headline in words) and the items, as one block centred in the rows left; the notes
    /// on the last rows.
    private static func body(_ ctx: inout RenderContext, _ content: SlideContent, in body: Rect) {
        let display = ctx.display
        let margin = body.width >= 60 ? 2 : 1
        let roomy = display.height >= 20
        let area = Rect(x: body.x + margin, y: body.y, width: body.width - 2 * margin, height: body.height)
        let ellipsis = ctx.canvas.glyphs.ellipsis
        var y = area.y + (roomy ? 1 : 0)
        func centred(_ text: String, _ style: Style) {
            ctx.centred(text, in: Rect(x: area.x, y: y, width: area.width, height: 1), style: style)
            y += 1
        }
        let title = TextFit.wrap(content.title, width: area.width).prefix(roomy ? 2 : 1)
        title.forEach { centred($0, Style(.title, bold: true)) }
        if roomy {
            let width = min(area.width, (title.map(CellWidth.of).max() ?? 0) + 8)
            centred(String(repeating: ctx.canvas.glyphs.heavyHorizontal, count: width), Style(.border))
        }
        if !content.subtitle.isEmpty && display.height >= 16 {
            TextFit.wrap(content.subtitle, width: area.width).prefix(2).forEach { centred($0, Style(.muted)) }
        }
        let notes = content.notes.prefix(roomy ? 2 : 1).flatMap { note in
            // A note cut to its rows ends with the ellipsis, so the room sees it goes on.
            let lines = TextFit.wrap(note, width: area.width), rows = roomy ? 2 : 1
            guard lines.count > rows else { return lines }
            return Array(lines.prefix(rows - 1)) + [TextFit.truncate(lines[rows - 1] + ellipsis, to: area.width, ellipsis: ellipsis)]
        }
        let region = Rect(x: area.x, y: y + 1, width: area.width, height: max(0, area.bottom - notes.count - (roomy ? 1 : 0) - y - 1))
        if content.isTitlePage {
            titleItems(&ctx, content.items, in: region)
        } else {
            results(&ctx, content, in: region)
        }
        for (index, note) in notes.enumerated() {
            ctx.text(note, in: Rect(x: area.x, y: area.bottom - notes.count + index, width: area.width, height: 1), style: Style(.muted))
        }
    }

    /// The figures or the headline, then the items, centred as one block in `region`.
    private static func results(_ ctx: inout RenderContext, _ content: SlideContent, in region: Rect) {
        let figures = SlideFigures(figures: content.figures)
        let itemsWanted = min(content.items.count, itemLimit(ctx.display))
        let headlineRows = content.headline.isEmpty ? 0 : 1
        let figuresHeight = content.figures.isEmpty
            ? 0 : figures.height(in: Rect(x: region.x, y: region.y, width: region.width, height: region.height - min(itemsWanted, 3)),
                                 display: ctx.display)
        let top = figuresHeight + headlineRows
        let gap = top > 0 && itemsWanted > 0 ? (region.height - top - itemsWanted >= 4 ? 2 : 1) : 0
        let itemRows = min(itemsWanted, max(0, region.height - top - gap))
        let free = max(0, region.height - top - gap - itemRows)
        var y = region.y + free / 3
        if headlineRows > 0 {
            ctx.centred(content.headline, in: Rect(x: region.x, y: y, width: region.width, height: 1), style: Style(.noData, bold: true))
            y += 1
        }
        if figuresHeight > 0 {
            figures.draw(&ctx, in: Rect(x: region.x, y: y, width: region.width, height: figuresHeight))
            y += figuresHeight
        }
        items(&ctx, content.items, in: Rect(x: region.x, y: y + gap, width: region.width, height: itemRows))
    }

    /// The title page's lines (each city and its system), centred, a blank row apart when
    /// there is room.
    private static func titleItems(_ ctx: inout RenderContext, _ items: [SlideItem], in region: Rect) {
        let spacing = items.count * 2 <= region.height ? 2 : 1
        let shown = items.prefix(region.height / spacing)
        var y = region.y + max(0, (region.height - shown.count * spacing) / 2)
        let ellipsis = ctx.canvas.glyphs.ellipsis
        for item in shown {
            let row = Rect(x: region.x, y: y, width: region.width, height: 1)
            let line = TextFit.center(item.label + "  " + item.figure, in: region.width, ellipsis: ellipsis)
            let lead = line.prefix { $0 == " " }.count
            ctx.text(line, in: row)
            ctx.text(item.label, in: Rect(x: row.x + lead, y: y, width: CellWidth.of(item.label), height: 1), style: Style(.accent, bold: true))
            y += spacing
        }
    }

    /// At most this many items a slide: more cannot be read from the back of a room.
    static let itemLimit = 10

    /// Twice as many on a wall-sized terminal (50 rows and more), whose rows are as tall
    /// in the room as a projector's at 24.
    static func itemLimit(_ display: Display) -> Int { display.height >= 50 ? 2 * itemLimit : itemLimit }

    /// The items that fit (up to `itemLimit`), one a row, each status in its own column so
    /// it is never the part cut off. With shares they are bars on a 0-100% scale, full blocks
    /// in the status colour. What does not fit is counted, not squeezed: a slide is no place
    /// for a dense table.
    private static func items(_ ctx: inout RenderContext, _ items: [SlideItem], in area: Rect) {
        guard !area.isEmpty, !items.isEmpty else { return }
        let rows = min(area.height, itemLimit(ctx.display))
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
