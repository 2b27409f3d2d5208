import TerminalKit
import IndustryModel

/// Pop-ups drawn over the screen: search as you type and the filter box (help is
/// `HelpOverlay`).
public enum Overlays {
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
