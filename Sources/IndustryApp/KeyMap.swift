import TerminalKit
import IndustryTerminal
import IndustryViews

/// Keys to actions: the key table (`KeyTable`, which help and the footer also read), plus
/// what is no key press: resizes, and the mouse while nothing covers the screen and no box
/// is being typed into (a click would move the focus from the table being filtered), hit-tested
/// against `frame`, the screen as last drawn (without one, clicks do nothing).
public enum KeyMap {
    public static func action(for key: Key, in navigation: Navigation, frame: Frame? = nil) -> Action? {
        switch key {
        case .resize(let width, let height): return .resize(width: width, height: height)
        case .mouse(let event):
            return navigation.search == nil && navigation.filtering == nil && !navigation.showHelp ? mouseAction(event, frame) : nil
        default: return KeyTable.action(for: key, in: navigation)
        }
    }

    private static func mouseAction(_ event: MouseEvent, _ frame: Frame?) -> Action? {
        switch event.action {
        case .click(button: 1), .doubleClick(button: 1):
            switch frame?.hit(x: event.x, y: event.y) {
            case .cityTab(let index)?: return .clickTab(index)
            case .row(let panel, let index)?:
                return .clickRow(panel: panel, index: index, open: event.action == .doubleClick(button: 1))
            case nil: return nil
            }
        case .wheelUp, .wheelDown:
            let delta = event.action == .wheelUp ? -3 : 3
            if case .row(let panel, _)? = frame?.hit(x: event.x, y: event.y) { return .wheel(panel: panel, delta: delta) }
            return .wheel(panel: nil, delta: delta)
        default: return nil
        }
    }
}
