import TerminalKit
import IndustryModel

/// `idash follow --notes`: the speaker's second screen. The current slide's number and
/// title, then its notes, wrapped, as large as a terminal allows (plain text: notes are
/// read up close, not from the back of the room).
public enum NotesView {
    public static func render(number: String, title: String, notes: String, _ display: Display,
                              footer: SlideFooter) -> Frame {
        var ctx = RenderContext(display, dataset: Dataset(cities: []))
        let margin = display.width >= 40 ? 2 : 0
        let area = Rect(x: margin, y: 0, width: max(0, display.width - 2 * margin), height: max(0, display.height - 1))
        var y = 0
        ctx.text(number + "  " + title, in: Rect(x: area.x, y: y, width: area.width, height: 1), style: Style(.title, bold: true))
        y += 2
        let text = notes.isEmpty ? display.t(Labels.noNotes) : notes
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            for line in TextFit.wrap(String(paragraph), width: area.width) where y < area.bottom {
                ctx.text(line, in: Rect(x: area.x, y: y, width: area.width, height: 1), style: notes.isEmpty ? Style(.muted) : .text)
                y += 1
            }
        }
        if display.height >= 1 {
            let row = Rect(x: 0, y: display.height - 1, width: display.width, height: 1)
            ctx.canvas.grid.fill(row, style: Style(.statusBar))
            ctx.canvas.text(" " + footer.number + "  " + footer.status + " ", in: row, style: Style(.statusBar, bold: true))
            if !footer.clock.isEmpty, display.width > CellWidth.of(footer.status) + 20 {
                ctx.canvas.text(" " + footer.clock + " ", in: row, style: Style(.statusBar, bold: true), alignRight: true)
            }
        }
        if display.ascii { ctx.canvas.grid.foldToASCII() }
        return Frame(grid: ctx.canvas.grid, hits: [])
    }
}
