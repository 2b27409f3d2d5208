import TerminalKit
import IndustryModel

/// The whole screen for a state: header, the current view, footer and any overlay.
/// The live terminal, `idash snapshot` and the tests all render through this one function.
public enum Dashboard {
    public static func render(_ state: ViewState, _ dataset: Dataset) -> Frame {
        var ctx = RenderContext(state: state, dataset: dataset)
        guard state.width >= Chrome.minimumWidth, state.height >= Chrome.minimumHeight else {
            Chrome.tooSmall(&ctx)
            return Frame(grid: ctx.canvas.grid, hits: [])
        }
        let rows = Layout.split(ctx.canvas.area, .vertical, [.length(1), .fill(1), .length(1), .length(1)])
        Chrome.header(&ctx, row: rows[0])
        let source = body(&ctx, in: rows[1])
        Chrome.footer(&ctx, statusRow: rows[2], keysRow: rows[3], path: path(state, dataset), source: source)
        if let search = state.search {
            Overlays.search(&ctx, search, over: rows[1])
        } else if state.showHelp {
            Overlays.help(&ctx, over: rows[1])
        }
        if state.ascii { ctx.canvas.grid.foldToASCII() }
        return Frame(grid: ctx.canvas.grid, hits: ctx.hits)
    }

    /// Draws the current screen; returns the source line for the status bar.
    private static func body(_ ctx: inout RenderContext, in area: Rect) -> String {
        Screens.content(of: ctx.state.screen, ctx.state, ctx.aggregates).render(&ctx, in: area)
    }

    /// The breadcrumb path of the view stack, e.g. 总览 › 南通 › 船舶海工: each screen names its step.
    public static func path(_ state: ViewState, _ dataset: Dataset) -> [String] {
        state.stack.map { Screens.content(of: $0, state, dataset.derived).crumb(state) }
    }
}
