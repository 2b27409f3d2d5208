import TerminalKit
import IndustryModel

/// Pop-ups drawn over the screen: the key list and search as you type.
public enum Overlays {
    /// The help overlay's rows: the key table's, so help lists what the keys really do.
    static let keys: [(key: String, zh: String, en: String)] = KeyTable.browsing.map { ($0.label, $0.text.zh, $0.text.en) }

    /// At most this many rows of help: the keys and a legend of a few lines.
    public static let helpLength = keys.count + 6

    /// The key list, then the legend of status marks wrapped to the width (never cut: it
    /// explains every screen). Taller than the screen, it scrolls (↑↓, PgUp PgDn, g G).
    static func help(_ ctx: inout RenderContext, over body: Rect) {
        let display = ctx.display
        let width = min(body.width, 72)
        let keyWidth = 18
        let legend = ProgressStatus.allCases.map { Format.mark($0, ascii: display.ascii) + " " + display.t($0.label) }
            + (display.language == .en ? [display.t(Labels.aimMeans)] : [])
        let legendLines = packed(legend, width: max(1, width - 2))
        let total = keys.count + legendLines.count
        let height = min(body.height, total + 2)
        let area = Rect(x: body.x + (body.width - width) / 2, y: body.y + (body.height - height) / 2, width: width, height: height)
        let visible = max(0, height - 2)
        let offset = min(ctx.navigation.helpScroll, max(0, total - visible))
        let more = total - visible > 0 ? (offset + visible < total ? "↓ " : "↑ ") + "\(offset + 1)-\(offset + visible)/\(total)  " : ""
        let inner = ctx.panel(display.t(Labels.help) + " · " + display.t(Labels.keys), right: more + "Esc", in: area)
        for line in 0..<visible {
            let index = offset + line
            if index < keys.count {
                let entry = keys[index]
                ctx.text(entry.key, in: Rect(x: inner.x, y: inner.y, width: keyWidth, height: inner.height), row: line, style: Style(.key))
                ctx.text(display.language == .zh ? entry.zh : entry.en,
                         in: Rect(x: inner.x + keyWidth, y: inner.y, width: inner.width - keyWidth, height: inner.height), row: line)
            } else if index - keys.count < legendLines.count {
                ctx.text(legendLines[index - keys.count], in: inner, row: line, style: Style(.muted))
            }
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
            let kind: LocalizedText = switch hit.kind {
            case .city: Labels.kindCity
            case .cluster: Labels.kindCluster
            case .indicator: Labels.kindIndicator
            case .fact: Labels.kindFact
            case .project: Labels.kindProject
            case .enterprise: Labels.kindEnterprise
            case .institution: Labels.kindInstitution
            }
            // Kind and city first: a long name is cut at its end, never the city.
            let place = hit.kind == .city ? "" : " · " + hit.cityName.text(display.language)
            let text = "[" + display.t(kind) + place + "] " + hit.title.text(display.language)
            let isSelected = offset + row == selected
            if isSelected { ctx.canvas.grid.fill(list.row(row), style: Style(.selection)) }
            ctx.text(text, in: list, row: row, style: isSelected ? Style(.selection) : .text)
        }
    }
}
