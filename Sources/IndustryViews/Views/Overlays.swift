import TerminalKit
import IndustryModel

/// Pop-ups drawn over the screen: the key list, search as you type, and the filter box.
public enum Overlays {
    /// The help overlay's rows: the key table's, so help lists what the keys really do.
    static let keys: [(key: String, zh: String, en: String)] = KeyTable.browsing.map { ($0.label, $0.text.zh, $0.text.en) }

    /// The overlay's width at most, and the key column's inside it.
    private static let helpWidth = 72
    private static let keyWidth = 18

    /// The help's lines at this width: each key's text wrapped under itself, never cut
    /// (what `/` finds is a long list), then the legend of status marks (no key: nil).
    static func helpLines(_ display: Display, width: Int) -> [(key: String?, text: String)] {
        let textWidth = max(1, width - keyWidth)
        var lines: [(key: String?, text: String)] = []
        for entry in keys {
            for (index, line) in TextFit.wrap(display.language == .zh ? entry.zh : entry.en, width: textWidth).enumerated() {
                lines.append((index == 0 ? entry.key : "", line))
            }
        }
        let legend = ProgressStatus.allCases.map { Format.mark($0, ascii: display.ascii) + " " + display.t($0.label) }
            + (display.language == .en ? [display.t(Labels.aimMeans)] : [])
        return lines + packed(legend, width: width).map { (nil, $0) }
    }

    /// How far the help scrolls on this display: its lines beyond the overlay's, so ↑
    /// answers at once after G, as in the row reader.
    public static func helpScrollLimit(_ display: Display) -> Int {
        let body = Dashboard.body(display)
        let total = helpLines(display, width: max(1, min(body.width, helpWidth) - 2)).count
        return max(0, total - max(0, min(body.height, total + 2) - 2))
    }

    /// The key list, then the legend of status marks wrapped to the width (never cut: it
    /// explains every screen). Taller than the screen, it scrolls (↑↓, PgUp PgDn, g G).
    static func help(_ ctx: inout RenderContext, over body: Rect) {
        let display = ctx.display
        let width = min(body.width, helpWidth)
        let lines = helpLines(display, width: max(1, width - 2))
        let total = lines.count
        let height = min(body.height, total + 2)
        let area = Rect(x: body.x + (body.width - width) / 2, y: body.y + (body.height - height) / 2, width: width, height: height)
        let visible = max(0, height - 2)
        let offset = min(ctx.navigation.helpScroll, max(0, total - visible))
        let more = total - visible > 0 ? (offset + visible < total ? "↓ " : "↑ ") + "\(offset + 1)-\(offset + visible)/\(total)  " : ""
        let inner = ctx.panel(display.t(Labels.help) + " · " + display.t(Labels.keys), right: more + "Esc", in: area)
        for (row, line) in lines.dropFirst(offset).prefix(visible).enumerated() {
            guard let key = line.key else {
                ctx.text(line.text, in: inner, row: row, style: Style(.muted))
                continue
            }
            ctx.text(key, in: Rect(x: inner.x, y: inner.y, width: keyWidth, height: inner.height), row: row, style: Style(.key))
            ctx.text(line.text, in: Rect(x: inner.x + keyWidth, y: inner.y, width: inner.width - keyWidth, height: inner.height), row: row)
        }
    }

    /// Items on as few lines as fit, two spaces apart, never breaking an item ("% pace
    /// unknown" stays whole); an item wider than the line is wrapped on its own.
    static func packed(_ items: [String], width: Int) -> [String] {
        var lines: [String] = []
        for item in items {
            if let last = lines.last, !last.isEmpty, CellWidth.of(last) + 2 + CellWidth.of(item) <= width {
                lines[lines.count - 1] = last + "  " + item
            } else {
                lines += TextFit.wrap(item, width: width)
            }
        }
        return lines
    }

    /// The one-line box a table's filter is typed into (`f`), over the status line: the
    /// table stays in view above it, narrowing as one types, and its title names the filter.
    static func filterBox(_ ctx: inout RenderContext, _ query: String, over row: Rect) {
        let display = ctx.display
        ctx.canvas.grid.fill(row)
        let style = Style(.title, bold: true)
        let typed = ctx.canvas.text(" " + display.t(Labels.filter) + display.t(Labels.colon) + query, in: row, style: style)
        guard typed < row.width else { return }
        // As in the search box: a reversed blank where ASCII has no cursor glyph.
        let cursor = ctx.canvas.glyphs.cursor
        ctx.canvas.grid.set(row.x + typed, row.y, Cell(cursor, style: Style(.title, bold: true, reverse: cursor == " ")))
    }

    static func search(_ ctx: inout RenderContext, _ search: SearchState, over body: Rect) {
        let display = ctx.display
        let hits = SearchIndex.hits(for: search.query, in: ctx.dataset)
        let width = min(body.width, 70), height = min(body.height, 14)
        let area = Rect(x: body.x + (body.width - width) / 2, y: body.y + 1, width: width, height: height)
        let inner = ctx.panel(display.t(Labels.search), right: "\(hits.count)", in: area)
        guard !inner.isEmpty else { return }
        let typed = ctx.canvas.text("/ " + search.query, in: inner, style: Style(.title, bold: true))
        if typed < inner.width {
            // ASCII has no glyph free for a cursor: a reversed blank shows where typing goes.
            let cursor = ctx.canvas.glyphs.cursor
            ctx.canvas.grid.set(inner.x + typed, inner.y, Cell(cursor, style: Style(.title, bold: true, reverse: cursor == " ")))
        }
        if hits.isEmpty && !search.query.isEmpty {
            ctx.text(display.t(Labels.noMatch), in: inner, row: 1, style: Style(.muted))
            return
        }
        let list = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        let selected = min(search.selected, max(0, hits.count - 1))
        let offset = max(0, selected - list.height + 1)
        for (row, hit) in hits.dropFirst(offset).prefix(list.height).enumerated() {
            // Kind and city first: a long name is cut at its end, never the city.
            let place = hit.kind == .city ? "" : " · " + hit.cityName.text(display.language)
            let text = "[" + display.t(hit.kind.label) + place + "] " + hit.title.text(display.language)
            let isSelected = offset + row == selected
            if isSelected { ctx.canvas.grid.fill(list.row(row), style: Style(.selection)) }
            ctx.text(text, in: list, row: row, style: isSelected ? Style(.selection) : .text)
        }
    }
}
