import TerminalKit
import IndustryModel

/// `?` in present mode: the presenter's keys in a box over the slide, so a speaker who
/// forgets one finds it without leaving the room's screen for long. The rows are the ones
/// `PresentKeyMap` binds; a test checks the two agree.
public enum PresentHelp {
    public static let rows: [(keys: String, text: LocalizedText)] = [
        ("→ ↓ PgDn Space", LocalizedText(zh: "下一页", en: "next slide")),
        ("← ↑ PgUp", LocalizedText(zh: "上一页", en: "previous slide")),
        ("Home End", LocalizedText(zh: "第一页、最后一页", en: "first, last slide")),
        ("12 ↵", LocalizedText(zh: "跳到第12页", en: "go to slide 12")),
        ("a", LocalizedText(zh: "自动翻页开关", en: "auto-advance on or off")),
        ("b", LocalizedText(zh: "黑屏开关", en: "blank the screen, or show it again")),
        ("L", LocalizedText(zh: "中文/英文", en: "Chinese or English")),
        ("T", LocalizedText(zh: "换主题", en: "next theme")),
        ("Esc", LocalizedText(zh: "到仪表盘(p 回到本页)", en: "the dashboard at this view (p comes back)")),
        ("?", LocalizedText(zh: "关闭本帮助", en: "close this help")),
        ("q", LocalizedText(zh: "结束演示", en: "end the talk")),
    ]

    /// The slide with the key box drawn over its middle.
    public static func draw(over frame: Frame, _ display: Display) -> Frame {
        let glyphs: Glyphs = display.ascii ? .ascii : .unicode
        var canvas = Canvas(width: frame.grid.width, height: frame.grid.height, glyphs: glyphs)
        canvas.grid = frame.grid
        let keyWidth = 16
        let width = min(canvas.area.width, 64)
        let height = min(canvas.area.height - 1, rows.count + 2)
        guard width >= 30, height >= 4 else { return frame }
        let area = Rect(x: (canvas.area.width - width) / 2, y: max(0, (canvas.area.height - 1 - height) / 2), width: width, height: height)
        let panel = Panel(title: display.t(Labels.presenterKeys), rightTitle: "? Esc", focused: true)
        panel.render(in: area, on: &canvas)
        let inner = panel.inner(of: area)
        canvas.grid.fill(inner)
        for (row, entry) in rows.prefix(inner.height).enumerated() {
            canvas.text(entry.keys, in: Rect(x: inner.x + 1, y: inner.y + row, width: keyWidth, height: 1), style: Style(.key))
            canvas.text(display.t(entry.text), in: Rect(x: inner.x + 1 + keyWidth, y: inner.y + row, width: inner.width - keyWidth - 1, height: 1))
        }
        if display.ascii { canvas.grid.foldToASCII() }
        return Frame(grid: canvas.grid, hits: [])
    }
}

extension Labels {
    static let presenterKeys = LocalizedText(zh: "演示按键", en: "Presenter keys")
}
