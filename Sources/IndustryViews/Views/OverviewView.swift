import TerminalKit
import IndustryModel

/// The cities side by side (stacked when narrow): their system, headline figure, target
/// statuses and enterprise tiers; below, one indicator compared across the cities.
enum OverviewView {
    static func render(_ ctx: inout RenderContext, _ screen: OverviewScreen, in body: Rect) -> String {
        let cities = screen.cities
        let sideBySide = body.width >= 100 && !cities.isEmpty && body.width / cities.count >= 30
        // Stacked cards shrink (down to a one-line card) so the comparison panel keeps
        // four rows: Tab must never focus a panel that is not drawn.
        let stackedHeight = cities.isEmpty ? 0 : min(5, max(3, (body.height - 4) / cities.count))
        let cardHeight = sideBySide ? min(18, max(7, body.height * 3 / 5)) : stackedHeight
        let current = screen.selection(OverviewScreen.cardsPanel, ctx.navigation)
        let shown = shownCards(current, count: cities.count, cardHeight: cardHeight, bodyHeight: body.height, all: sideBySide)
        let cardsHeight = sideBySide ? cardHeight : min(body.height, cardHeight * shown.count)
        let layout = Layout.split(body, .vertical, [.length(cardsHeight), .fill(1)])
        let parts = [ctx.place(OverviewScreen.cardsPanel, layout[0], body: body),
                     ctx.place(OverviewScreen.comparablePanel, layout[1], body: body)]
        let cardAreas = sideBySide
            ? Layout.split(parts[0], .horizontal, shown.map { _ in .fill(1) })
            : Layout.split(parts[0], .vertical, shown.map { _ in .length(cardHeight) })
        for (area, index) in zip(cardAreas, shown) {
            card(&ctx, cities[index], index: index, selected: index == current, in: area, tall: sideBySide)
        }
        comparison(&ctx, screen.comparable, in: parts[1])
        let sources = ctx.aggregates.sourceCount
        return ctx.display.t(Labels.citedSources(sources))
    }

    /// The cards drawn: all of them when they fit above the comparison panel (which needs
    /// three rows to be drawn at all); else a page of them holding the selected city, as a
    /// table pages, so three hundred cities cost one screenful and Tab still finds the panel.
    private static func shownCards(_ current: Int, count: Int, cardHeight: Int, bodyHeight: Int, all: Bool) -> Range<Int> {
        guard !all, count > 0, cardHeight * count > bodyHeight - 3 else { return 0..<count }
        let perPage = max(1, (bodyHeight - 3) / max(1, cardHeight))
        let first = min(current, count - 1) / perPage * perPage
        return first..<min(count, first + perPage)
    }

    private static func card(_ ctx: inout RenderContext, _ city: City, index: Int, selected current: Bool, in area: Rect, tall: Bool) {
        let display = ctx.display
        let cards = OverviewScreen.cardsPanel
        let selected = ctx.navigation.focus == cards && current
        // The current card carries the selection glyph too, so plain text and mono show it.
        let marker = current ? (selected ? ctx.canvas.glyphs.selected : ctx.canvas.glyphs.selectedIdle) + " " : ""
        let panel = Panel(title: marker + "\(index + 1) \(city.name.text(display.language))", rightTitle: city.system?.code ?? "",
                          selected: selected)
        ctx.draw(panel, in: area)
        ctx.hit(area, .row(panel: cards, index: index))
        let inner = panel.inner(of: area)
        // A card's text changes with the data and the settings, never with a key: it is
        // made once per city, settings and size (issue 16: three cards were half a frame).
        let text = ctx.aggregates.remembered(CardKey(city: city.id, display: display, width: inner.width, height: inner.height, tall: tall)) {
            cardText(city, display, ctx.aggregates, inner: inner, tall: tall)
        }
        for (row, line) in text.lines.prefix(inner.height).enumerated() {
            ctx.text(line.text, in: inner, row: row, style: line.style)
        }
        if let bigRow = text.bigRow, let figure = text.bigFigure, bigRow + 3 <= inner.height {
            // Headline figures in big digits, readable from the back of a room.
            ctx.draw(BigText(figure, style: Style(.accent, bold: true)),
                     in: Rect(x: inner.x, y: inner.y + bigRow, width: inner.width, height: 3))
        }
    }

    private struct CardKey: Hashable, Sendable {
        var city: String, display: Display, width: Int, height: Int, tall: Bool
    }

    /// A card's lines below its title, and where its big digits go.
    private struct CardText: Sendable {
        var lines: [(text: String, style: Style)] = []
        var bigRow: Int?
        var bigFigure: String?
    }

    private static func cardText(_ city: City, _ display: Display, _ aggregates: DatasetDerived, inner: Rect, tall: Bool) -> CardText {
        var lines: [(text: String, style: Style)] = []
        var bigRow: Int?
        if tall, let system = city.system {
            let counts = Labels.systemCounts(system).map(display.t)
            lines.append((([system.name.text(display.language)] + counts).joined(separator: " · "), Style(.muted)))
        }
        let headline = headline(city, asOf: display.asOf)
        if let headline {
            let progress = city.progress(of: headline, asOf: display.asOf)
            let due = headline.target.map { " (\($0.year))" } ?? ""
            if tall && !display.ascii && headline.judged(asOf: display.asOf) != nil && BigText.fits(bigFigure(headline, display), size: .three,
                                                              in: Rect(x: 0, y: 0, width: inner.width, height: 3)) {
                lines.append((headline.name.text(display.language), Style(.title, bold: true)))
                bigRow = lines.count
                lines += Array(repeating: ("", Style.text), count: 3)
                let date = headline.judged(asOf: display.asOf).map { " (\($0.date))" } ?? ""
                lines.append((Format.latest(headline, display) + date, Style(.accent)))
            } else {
                lines.append((headline.name.text(display.language) + ": " + Format.latest(headline, display), Style(.title, bold: true)))
            }
            let status = (Format.status(progress, display), Style(Format.role(progress.status), bold: true))
            if headline.target != nil {
                let target = display.t(Labels.target) + " " + Format.target(headline, display) + due
                // A short card keeps its line for the counts: the status goes beside the target.
                if inner.height <= 3 && CellWidth.of(target + "  " + status.0) <= inner.width {
                    lines.append((target + "  " + status.0, status.1))
                } else {
                    lines.append((target, .text))
                    lines.append(status)
                }
            } else {
                lines.append(status)
            }
        }
        let counts = aggregates.statusCounts(city, asOf: display.asOf)
        let forecasts = aggregates.forecastCount(city, asOf: display.asOf)
        let worded = Format.statusCounts(counts, forecasts: forecasts, display, words: true)
        lines.append((display.t(Labels.targets) + " " + (CellWidth.of(worded) + 3 <= inner.width ? worded
                     : Format.statusCounts(counts, forecasts: forecasts, display)), .text))
        if tall {
            for fact in city.facts.filter({ $0.tier != nil }).prefix(max(0, inner.height - lines.count - 2)) {
                lines.append((fact.name.text(display.language) + " " + Format.fact(fact, display) + " (\(fact.date))", .text))
            }
            for group in [FactGroup.projects, .smart, .green] {
                guard let fact = city.facts.first(where: { $0.group == group }), lines.count < inner.height else { continue }
                lines.append((fact.name.text(display.language) + " " + Format.fact(fact, display), Style(.muted)))
            }
        }
        // Side by side, a card has rows to spare: its lines wrap rather than end in a cut
        // (the big digits' rows stay where they were put, moved down by what wrapped above).
        if tall {
            var wrapped: [(String, Style)] = []
            let digitsAt = bigRow
            for (index, line) in lines.enumerated() {
                if index == digitsAt { bigRow = wrapped.count }
                let isBlank = line.0.isEmpty
                wrapped += isBlank ? [line] : TextFit.wrap(line.0, width: inner.width, hangingIndent: 2).map { ($0, line.1) }
            }
            lines = wrapped
        }
        let figure = headline.map { bigFigure($0, display) }
        return CardText(lines: lines, bigRow: bigRow, bigFigure: figure)
    }

    /// The headline number for big digits ("1.3"); the line under it gives the words and unit.
    private static func bigFigure(_ indicator: Indicator, _ display: Display) -> String {
        guard let latest = indicator.judged(asOf: display.asOf) else { return "" }
        let text = FigureFormat.value(latest.value, unit: indicator.unit, language: display.language)
        return String(text.prefix { $0.isASCII && ($0.isNumber || ".,%-".contains($0)) })
    }

    /// The indicator a city card leads with: the first money target, with data if any has.
    /// The card's big figure: a money target with a published figure, else a money series
    /// with one (Nanjing's GDP: its plans set no money target anyone has reported on), else
    /// the first money target, shown as "no data".
    static func headline(_ city: City, asOf: Day) -> Indicator? {
        let money = city.indicators.filter { $0.unit == .yiYuan }
        let targets = money.filter { $0.target?.value != nil }
        return targets.first { $0.judged(asOf: asOf) != nil } ?? money.first { $0.judged(asOf: asOf) != nil } ?? targets.first
    }

    private static func comparison(_ ctx: inout RenderContext, _ list: PanelList<String>, in area: Rect) {
        guard area.height >= 3 else { return }
        let display = ctx.display
        let aggregates = ctx.aggregates
        let panel = OverviewScreen.comparablePanel
        let ids = list.items
        let inner = ctx.panel(display.t(Labels.comparable) + list.title(display),
                              right: ctx.canvas.glyphs.isASCII ? KeyHints.asciiKey("Tab ↵") : "Tab ↵", in: area, panel: panel)
        guard list.total > 0 else { return }
        let columns = Layout.split(inner, .horizontal, [.percentage(40), .fill(1)], spacing: 1)
        ctx.table([Table.Column(display.t(Labels.indicator), width: .fill(1))], count: ids.count,
                  row: { Table.Row([aggregates.name(of: ids[$0], display.language)]) }, panel: panel,
                  empty: list.emptyText(display), in: columns[0])
        guard !ids.isEmpty else { return }
        let selected = min(ctx.navigation.selection(panel), ids.count - 1)
        if let comparison = aggregates.comparison(of: ids[selected], asOf: display.asOf) {
            // The chart says which indicator it shows, on its own row above the bars.
            let chart = Layout.split(columns[1], .vertical, [.length(1), .fill(1)])
            ctx.text(name(of: ids[selected], ctx.dataset, display), in: chart[0], style: Style(.title, bold: true))
            // A city's block is at least two rows (name, bar) and a blank: no more than this
            // many can show in a chart that does not scroll.
            let fit = chart[1].height / 3 + 1
            ctx.draw(Paragraphs(CompareView.chart(comparison, mode: .absolute, display, glyphs: ctx.canvas.glyphs, limit: fit)), in: chart[1])
        }
    }

    static func name(of indicatorID: String, _ dataset: Dataset, _ display: Display) -> String {
        dataset.derived.name(of: indicatorID, display.language)
    }
}
