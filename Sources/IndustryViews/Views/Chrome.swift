import TerminalKit
import IndustryModel

/// The parts around every screen: the city tabs on top, the path and keys below, and the
/// message shown when the terminal is too small.
enum Chrome {
    // Below this the overview can no longer show every city card: say so instead.
    static let minimumWidth = 60
    static let minimumHeight = 18

    static func header(_ ctx: inout RenderContext, row: Rect) {
        let state = ctx.state
        ctx.canvas.grid.fill(row, style: Style(.statusBar))
        var x = row.x
        let name = state.width >= 100 ? state.t(Labels.appName) : "IndustryDash"
        x += ctx.canvas.text(" " + name + " ", in: Rect(x: x, y: row.y, width: row.width, height: 1),
                             style: Style(.statusBar, bold: true))
        for (index, city) in ctx.dataset.cities.enumerated() {
            let label = " \(index + 1) \(city.name.text(state.language)) "
            let selected = city.id == state.cityID
            let area = Rect(x: x, y: row.y, width: max(0, row.right - x), height: 1)
            let used = ctx.canvas.text(label, in: area, style: selected ? Style(.selection, bold: true) : Style(.statusBar))
            ctx.hit(Rect(x: x, y: row.y, width: used, height: 1), .cityTab(index))
            x += used
        }
        let right = " " + state.t(Labels.asOf) + " " + state.asOf.description + " "
        if row.right - x > CellWidth.of(right) {
            ctx.canvas.text(right, in: row, style: Style(.statusBar), alignRight: true)
        }
    }

    static func footer(_ ctx: inout RenderContext, statusRow: Rect, keysRow: Rect, path: [String], source: String) {
        // A data error (from --watch) comes first, then a message (no match, the new theme);
        // the source is cut to the room left rather than dropped, so a figure's origin stays
        // on screen at 80 columns.
        let right = [ctx.state.dataError, ctx.state.message, source].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "  ")
        let pathWidth = CellWidth.of(path.joined(separator: ctx.canvas.glyphs.separator))
        let room = statusRow.width - pathWidth - 4  // the bar pads each end and keeps a gap of 2
        let fitted = room >= 8 ? TextFit.truncate(right, to: room, ellipsis: ctx.canvas.glyphs.ellipsis) : ""
        ctx.draw(StatusBar(path: path, right: fitted), in: statusRow)
        ctx.draw(KeyHints(hints(for: ctx.state)), in: keysRow)
    }

    static func hints(for state: ViewState) -> [KeyHints.Hint] { KeyTable.hints(for: state) }

    /// Below the minimum size: say so, centred, cut to whatever fits (down to 1x1). Slides
    /// have their own minimum, so it is a parameter.
    static func tooSmall(_ ctx: inout RenderContext, minimumWidth: Int = minimumWidth, minimumHeight: Int = minimumHeight) {
        let state = ctx.state
        let lines = [state.t(Labels.tooSmall) + ":",
                     state.t(Labels.needAtLeast) + "\(minimumWidth) x \(minimumHeight)",
                     state.t(Labels.now) + "\(state.width) x \(state.height)"]
        let top = max(0, (state.height - lines.count) / 2)
        for (index, line) in lines.enumerated() where top + index < state.height {
            let fitted = TextFit.center(line, in: state.width, ellipsis: ctx.canvas.glyphs.ellipsis)
            ctx.canvas.text(fitted, in: Rect(x: 0, y: top + index, width: state.width, height: 1),
                            style: Style(index == 0 ? .behind : .text, bold: index == 0))
        }
    }
}
