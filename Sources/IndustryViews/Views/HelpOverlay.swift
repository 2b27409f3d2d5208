import TerminalKit
import IndustryModel

/// The key list, generated from the one key table: the keys that do something on the
/// current screen first (those its footer could offer), then every other key, then what
/// the marks mean. Descriptions wrap under themselves, never cut; taller than the screen,
/// it scrolls (↑↓, PgUp PgDn, g G).
public enum HelpOverlay {
    struct Line: Equatable {
        var key: String
        var text: String
        var style: Style
    }

    static let keyWidth = 18

    static func width(over body: Rect) -> Int { min(body.width, 72) }

    /// The help's rows for a screen, wrapped to the overlay's inside width.
    static func lines(_ context: HintContext, _ display: Display, width: Int) -> [Line] {
        let textWidth = max(1, width - keyWidth)
        func rows(_ entries: [KeyHelpRow]) -> [Line] {
            entries.flatMap { entry -> [Line] in
                let wrapped = TextFit.wrap(entry.text.text(display.language), width: textWidth, hangingIndent: 0)
                return wrapped.enumerated().map { Line(key: $0.offset == 0 ? entry.label : "", text: $0.element, style: .text) }
            }
        }
        func heading(_ text: LocalizedText) -> Line { Line(key: "", text: display.t(text), style: Style(.title, bold: true)) }
        let here = KeyTable.browsing.filter { row in row.bindings.contains { $0.hint?.when(context) == true } }
        let elsewhere = KeyTable.browsing.filter { row in !row.bindings.contains { $0.hint?.when(context) == true } }
        let marks = ProgressStatus.allCases.map { Format.mark($0, ascii: display.ascii) + " " + display.t($0.label) }
            + (display.language == .en ? [display.t(Labels.aimMeans)] : [])
        let glyphs: Glyphs = display.ascii ? .ascii : .unicode
        let selection = glyphs.selected == glyphs.selectedIdle ? glyphs.selected : glyphs.selected + glyphs.selectedIdle
        let symbols = [selection + " " + display.t(Labels.selectedRow), glyphs.moreBelow + " " + display.t(Labels.moreRows),
                       glyphs.targetMarker + " " + display.t(Labels.targetOnBar), glyphs.ellipsis + " " + display.t(Labels.cutText),
                       glyphs.new + " " + display.t(Labels.newSince)]
        return [heading(Labels.keysHere)] + rows(here) + [heading(Labels.otherKeys)] + rows(elsewhere) + [heading(Labels.marks)]
            + packed(marks + symbols, width: width).map { Line(key: "", text: $0, style: Style(.muted)) }
    }

    /// How far help scrolls on this display: its rows beyond the overlay's.
    public static func scrollLimit(_ context: HintContext, _ display: Display) -> Int {
        let body = Dashboard.body(display)
        let width = width(over: body)
        return max(0, lines(context, display, width: width - 2).count - max(0, body.height - 2))
    }

    static func render(_ ctx: inout RenderContext, _ context: HintContext, over body: Rect) {
        let display = ctx.display
        let width = width(over: body)
        let lines = lines(context, display, width: width - 2)
        let height = min(body.height, lines.count + 2)
        let area = Rect(x: body.x + (body.width - width) / 2, y: body.y + (body.height - height) / 2, width: width, height: height)
        let visible = max(0, height - 2)
        let total = lines.count
        let offset = min(ctx.navigation.helpScroll, max(0, total - visible))
        let glyphs = ctx.canvas.glyphs
        let more = total > visible
            ? (offset + visible < total ? glyphs.moreBelow : glyphs.moreAbove) + " \(offset + 1)-\(offset + visible)/\(total)  " : ""
        let inner = ctx.panel(display.t(Labels.help) + " · " + display.t(Labels.keys), right: more + "Esc", in: area)
        ctx.canvas.grid.fill(inner)
        for (row, line) in lines.dropFirst(offset).prefix(visible).enumerated() {
            if line.key.isEmpty && line.style != .text {
                ctx.text(line.text, in: inner, row: row, style: line.style)
                continue
            }
            ctx.text(line.key, in: Rect(x: inner.x, y: inner.y, width: keyWidth, height: inner.height), row: row, style: Style(.key))
            ctx.text(line.text, in: Rect(x: inner.x + keyWidth, y: inner.y, width: inner.width - keyWidth, height: inner.height),
                     row: row, style: line.style)
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
}
