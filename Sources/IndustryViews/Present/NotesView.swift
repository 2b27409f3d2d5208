import TerminalKit
import IndustryModel

/// `idash follow --notes`: the speaker's second screen. The current slide's number and
/// title, the time the talk has run and the clock, then its notes, wrapped, and at the
/// bottom the next slide's title, so the speaker knows what comes (plain text: notes are
/// read up close, not from the back of the room).
public enum NotesView {
    public static func render(number: String, title: String, notes: String, _ display: Display,
                              footer: SlideFooter, next: String = "", elapsed: String = "") -> Frame {
        SlideView.fullScreen(NotesScreen(number: number, title: title, notes: notes, footer: footer, next: next, elapsed: elapsed),
                             display, Dataset(cities: []), minimum: nil)
    }

    static func draw(_ ctx: inout RenderContext, _ screen: NotesScreen, in whole: Rect) {
        let display = ctx.display
        let margin = whole.width >= 40 ? 2 : 0
        let area = Rect(x: whole.x + margin, y: whole.y, width: max(0, whole.width - 2 * margin), height: max(0, whole.height - 1))
        var y = area.y
        let times = [screen.elapsed.isEmpty ? "" : display.t(Labels.elapsed) + " " + screen.elapsed, screen.footer.clock]
            .filter { !$0.isEmpty }.joined(separator: "  ")
        let timesWidth = CellWidth.of(times)
        let titleWidth = area.width - (timesWidth > 0 && area.width > timesWidth + 12 ? timesWidth + 2 : 0)
        ctx.text(screen.number + "  " + screen.title, in: Rect(x: area.x, y: y, width: titleWidth, height: 1),
                 style: Style(.title, bold: true))
        if titleWidth < area.width { ctx.text(times, in: Rect(x: area.x, y: y, width: area.width, height: 1), style: Style(.accent, bold: true), alignRight: true) }
        y += 2
        let nextRows = screen.next.isEmpty ? 0 : 2
        let bottom = area.bottom - nextRows
        let notes = screen.notes
        let text = notes.isEmpty ? display.t(Labels.noNotes) : notes
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
            paragraph.isEmpty ? [""] : TextFit.wrap(String(paragraph), width: area.width)  // "" : a blank line between paragraphs
        }
        let room = max(0, bottom - y)
        // Notes longer than the screen say how much is left out rather than stop mid-sentence.
        let shown = lines.count > room ? Array(lines.prefix(max(0, room - 1))) : lines
        for line in shown {
            ctx.text(line, in: Rect(x: area.x, y: y, width: area.width, height: 1), style: notes.isEmpty ? Style(.muted) : .text)
            y += 1
        }
        if shown.count < lines.count, room > 0 {
            ctx.text(display.t(Labels.notesCut(lines.count - shown.count)), in: Rect(x: area.x, y: y, width: area.width, height: 1),
                     style: Style(.muted))
        }
        if nextRows > 0, area.height > 4 {
            ctx.text(display.t(Labels.nextSlide) + " " + screen.next, in: Rect(x: area.x, y: area.bottom - 1, width: area.width, height: 1),
                     style: Style(.muted))
        }
        if whole.height >= 1 {
            let footer = screen.footer
            let row = Rect(x: whole.x, y: whole.bottom - 1, width: whole.width, height: 1)
            ctx.canvas.grid.fill(row, style: Style(.statusBar))
            ctx.canvas.text(" " + footer.number + "  " + footer.status + " ", in: row, style: Style(.statusBar, bold: true))
        }
    }
}

extension Labels {
    static let elapsed = LocalizedText(zh: "已讲", en: "elapsed")
    static let nextSlide = LocalizedText(zh: "下一页:", en: "Next:")
    static func notesCut(_ lines: Int) -> LocalizedText {
        LocalizedText(zh: "……另有\(lines)行(终端再大些可见,或见讲义 --notes)",
                      en: "… " + MeasureWords.counted(lines, "more lines") + " (a taller terminal shows them; so does handout --notes)")
    }
}
