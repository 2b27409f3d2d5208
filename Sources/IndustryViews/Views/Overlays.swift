import TerminalKit
import IndustryModel

/// Pop-ups drawn over the screen: the key list and search as you type.
enum Overlays {
    static let keys: [(key: String, zh: String, en: String)] = [
        ("← → / h l", "上一个 / 下一个城市", "previous / next city"),
        ("1 … 9", "按编号选城市", "city by number"),
        ("Tab / Shift-Tab", "下一个 / 上一个面板", "next / previous panel"),
        ("↑ ↓ / k j", "移动选择", "move the selection"),
        ("PgUp PgDn", "翻页", "page up / down"),
        ("g G", "第一项 / 最后一项", "first / last"),
        ("Enter", "进入所选项", "drill down into the selection"),
        ("Esc / Backspace", "返回上一级", "back one level"),
        ("o / t / c", "总览 / 本市目标 / 对比所选指标", "overview / city targets / compare"),
        ("v", "对比:绝对值 / 占目标", "compare: values / share of target"),
        ("/", "搜索城市、集群、指标", "search cities, clusters, indicators"),
        ("s", "切换排序", "cycle the sort of the table"),
        ("T", "下一个主题", "next theme"),
        ("L", "切换语言 中文/English", "switch language"),
        ("?", "帮助", "help"),
        ("q / Ctrl-C", "退出", "quit"),
        ("mouse", "单击选择,双击进入,滚轮滚动", "click selects, double click opens, wheel scrolls"),
    ]

    static func help(_ ctx: inout RenderContext, over body: Rect) {
        let state = ctx.state
        let width = min(body.width, 72), height = min(body.height, keys.count + 3)
        let area = Rect(x: body.x + (body.width - width) / 2, y: body.y + (body.height - height) / 2, width: width, height: height)
        let inner = ctx.panel(state.t(Labels.help) + " · " + (state.language == .zh ? "按键" : "keys"), right: "Esc",
                              in: area)
        let keyWidth = 18
        for (row, entry) in keys.prefix(inner.height).enumerated() {
            ctx.text(entry.key, in: Rect(x: inner.x, y: inner.y, width: keyWidth, height: inner.height), row: row, style: Style(.key))
            ctx.text(state.language == .zh ? entry.zh : entry.en,
                     in: Rect(x: inner.x + keyWidth, y: inner.y, width: inner.width - keyWidth, height: inner.height), row: row)
        }
        let legend = ProgressStatus.allCases.map { Format.mark($0, ascii: state.ascii) + " " + state.t($0.label) }
            .joined(separator: "  ") + (state.language == .en ? "  aim = striving for" : "")
        // The legend goes last but is never the row that gets cut: it explains every screen.
        ctx.text(legend, in: inner, row: min(keys.count, inner.height - 1), style: Style(.muted))
    }

    static func search(_ ctx: inout RenderContext, _ search: SearchState, over body: Rect) {
        let state = ctx.state
        let hits = SearchIndex.hits(for: search.query, in: ctx.dataset)
        let width = min(body.width, 70), height = min(body.height, 14)
        let area = Rect(x: body.x + (body.width - width) / 2, y: body.y + 1, width: width, height: height)
        let inner = ctx.panel(state.t(Labels.search), right: "\(hits.count)", in: area)
        guard !inner.isEmpty else { return }
        ctx.text("/ " + search.query + (ctx.canvas.glyphs.isASCII ? "_" : "▏"), in: inner, style: Style(.title, bold: true))
        if hits.isEmpty && !search.query.isEmpty {
            ctx.text(state.t(Labels.noMatch), in: inner, row: 1, style: Style(.muted))
            return
        }
        let list = Rect(x: inner.x, y: inner.y + 1, width: inner.width, height: inner.height - 1)
        let selected = min(search.selected, max(0, hits.count - 1))
        let offset = max(0, selected - list.height + 1)
        for (row, hit) in hits.dropFirst(offset).prefix(list.height).enumerated() {
            let kind: String
            switch hit.kind {
            case .city: kind = state.language == .zh ? "城市" : "city"
            case .cluster: kind = state.language == .zh ? "集群" : "cluster"
            case .indicator: kind = state.language == .zh ? "指标" : "indicator"
            }
            let text = "[\(kind)] " + hit.title.text(state.language) + (hit.kind == .city ? "" : " · " + hit.cityName.text(state.language))
            let isSelected = offset + row == selected
            if isSelected { ctx.canvas.grid.fill(list.row(row), style: Style(.selection)) }
            ctx.text(text, in: list, row: row, style: isSelected ? Style(.selection) : .text)
        }
    }
}
