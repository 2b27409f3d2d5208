import TerminalKit
import IndustryModel

/// The parts around every screen: the city tabs on top, the path and keys below, and the
/// message shown when the terminal is too small.
enum Chrome {
    // Below this the overview can no longer show every city card: say so instead.
    static let minimumWidth = 60
    static let minimumHeight = 18

    static func header(_ ctx: inout RenderContext, row: Rect) {
        let display = ctx.display
        ctx.canvas.grid.fill(row, style: Style(.statusBar))
        var x = row.x
        let name = display.width >= 100 ? display.t(Labels.appName) : "IndustryDash"
        x += ctx.canvas.text(" " + name + " ", in: Rect(x: x, y: row.y, width: row.width, height: 1),
                             style: Style(.statusBar, bold: true))
        for (index, city) in ctx.dataset.cities.enumerated() {
            let label = " \(index + 1) \(city.name.text(display.language)) "
            let selected = city.id == ctx.navigation.cityID
            let area = Rect(x: x, y: row.y, width: max(0, row.right - x), height: 1)
            let used = ctx.canvas.text(label, in: area, style: selected ? Style(.selection, bold: true) : Style(.statusBar))
            ctx.hit(Rect(x: x, y: row.y, width: used, height: 1), .cityTab(index))
            x += used
        }
        let right = " " + display.t(Labels.asOf) + " " + display.asOf.description + " "
        if row.right - x > CellWidth.of(right) {
            ctx.canvas.text(right, in: row, style: Style(.statusBar), alignRight: true)
        }
    }

    static func footer(_ ctx: inout RenderContext, statusRow: Rect, keysRow: Rect, path: [String],
                       status: StatusLine, source: String, hints: HintContext) {
        // A data error (from --watch) comes first, then a message (no match, the new theme);
        // the source is cut to the room left rather than dropped, so a figure's origin stays
        // on screen at 80 columns.
        let right = [status.dataError, status.message, source].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "  ")
        let pathWidth = CellWidth.of(path.joined(separator: ctx.canvas.glyphs.separator))
        let room = statusRow.width - pathWidth - 4  // the bar pads each end and keeps a gap of 2
        let fitted = room >= 8 ? TextFit.truncate(right, to: room, ellipsis: ctx.canvas.glyphs.ellipsis) : ""
        ctx.draw(StatusBar(path: path, right: fitted), in: statusRow)
        ctx.draw(KeyHints(KeyTable.hints(for: hints, language: ctx.display.language)), in: keysRow)
    }

    /// Below the minimum size: say so, centred, cut to whatever fits (down to 1x1). Slides
    /// have their own minimum, so it is a parameter.
    static func tooSmall(_ ctx: inout RenderContext, minimumWidth: Int = minimumWidth, minimumHeight: Int = minimumHeight) {
        let display = ctx.display
        let lines = [display.t(Labels.tooSmall) + ":",
                     display.t(Labels.needAtLeast) + "\(minimumWidth) x \(minimumHeight)",
                     display.t(Labels.now) + "\(display.width) x \(display.height)"]
        let top = max(0, (display.height - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < display.height {
            let fitted = TextFit.center(line, in: display.width, ellipsis: ctx.canvas.glyphs.ellipsis)
            ctx.canvas.text(fitted, in: Rect(x: 0, y: top + index, width: display.width, height: 1),
                            style: Style(index == 0 ? .behind : .text, bold: index == 0))
        }
    }
}
