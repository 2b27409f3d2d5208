import TerminalKit
import IndustryModel

/// `idash follow --notes`: the speaker's second screen. The current slide's number and
/// title, then its notes, wrapped, as large as a terminal allows (plain text: notes are
/// read up close, not from the back of the room).
public enum NotesView {
    public static func render(number: String, title: String, notes: String, _ display: Display,
                              footer: SlideFooter) -> Frame {
        SlideView.fullScreen(NotesScreen(number: number, title: title, notes: notes, footer: footer), display,
                             Dataset(cities: []), minimum: nil)
    }

    static func draw(_ ctx: inout RenderContext, _ screen: NotesScreen, in whole: Rect) {
        let display = ctx.display
        let margin = whole.width >= 40 ? 2 : 0
        let area = Rect(x: whole.x + margin, y: whole.y, width: max(0, whole.width - 2 * margin), height: max(0, whole.height - 1))
        var y = area.y
        ctx.text(screen.number + "  " + screen.title, in: Rect(x: area.x, y: y, width: area.width, height: 1),
                 style: Style(.title, bold: true))
        y += 2
        let notes = screen.notes
        let text = notes.isEmpty ? display.t(Labels.noNotes) : notes
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            for line in TextFit.wrap(String(paragraph), width: area.width) where y < area.bottom {
                ctx.text(line, in: Rect(x: area.x, y: y, width: area.width, height: 1), style: notes.isEmpty ? Style(.muted) : .text)
                y += 1
            }
        }
        if whole.height >= 1 {
            let footer = screen.footer
            let row = Rect(x: whole.x, y: whole.bottom - 1, width: whole.width, height: 1)
            ctx.canvas.grid.fill(row, style: Style(.statusBar))
            ctx.canvas.text(" " + footer.number + "  " + footer.status + " ", in: row, style: Style(.statusBar, bold: true))
            if !footer.clock.isEmpty, whole.width > CellWidth.of(footer.status) + 20 {
                ctx.canvas.text(" " + footer.clock + " ", in: row, style: Style(.statusBar, bold: true), alignRight: true)
            }
        }
    }
}
