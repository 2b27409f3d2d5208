import TerminalKit
import IndustryModel

/// The whole screen: header, the current view, footer and any overlay. The live terminal,
/// `idash snapshot` and the tests all render through this one function.
public enum Dashboard {
    public static func render(_ navigation: Navigation, _ display: Display, _ status: StatusLine, _ dataset: Dataset) -> Frame {
        var ctx = RenderContext(navigation, display, dataset: dataset)
        guard display.width >= Chrome.minimumWidth, display.height >= Chrome.minimumHeight else {
            Chrome.tooSmall(&ctx)
            return Frame(grid: ctx.canvas.grid, hits: [])
        }
        let rows = Layout.split(ctx.canvas.area, .vertical, rowsOfScreen)
        Chrome.header(&ctx, row: rows[0])
        let content = Screens.content(navigation, display, ctx.aggregates)
        let source = content.render(&ctx, in: rows[1])
        let hints = Screens.hintContext(content, navigation)
        Chrome.footer(&ctx, statusRow: rows[2], keysRow: rows[3], path: path(navigation, display, dataset),
                      status: status, source: source, hints: hints)
        if let typing = navigation.filtering {
            Overlays.filterBox(&ctx, navigation.filters[typing] ?? "", over: rows[2])
        }
        if let search = navigation.search {
            Overlays.search(&ctx, search, over: rows[1])
        } else if navigation.showHelp {
            HelpOverlay.render(&ctx, hints, over: rows[1])
        } else if let reader = navigation.reader {
            RowReader.render(&ctx, reader, over: rows[1])
        }
        if display.ascii { ctx.canvas.grid.foldToASCII() }
        return Frame(grid: ctx.canvas.grid, hits: ctx.hits)
    }

    /// Header, body, status line, key hints.
    private static let rowsOfScreen: [Constraint] = [.length(1), .fill(1), .length(1), .length(1)]

    /// Where screens draw on this display: between the header and the footer.
    public static func body(_ display: Display) -> Rect {
        Layout.split(Rect(x: 0, y: 0, width: display.width, height: display.height), .vertical, rowsOfScreen)[1]
    }

    /// The breadcrumb path of the view stack, e.g. 总览 › 南通 › 船舶海工: each screen names its step.
    public static func path(_ navigation: Navigation, _ display: Display, _ dataset: Dataset) -> [String] {
        navigation.stack.map { Screens.unfiltered($0, display, dataset.derived).crumb(display.language) }
    }
}
