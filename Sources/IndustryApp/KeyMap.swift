import TerminalKit
import IndustryTerminal
import IndustryViews

/// Keys to actions: the key table (`KeyTable`, which help and the footer also read), plus
/// what is no key press: resizes, and the mouse while nothing covers the screen.
public enum KeyMap {
    public static func action(for key: Key, in state: ViewState) -> Action? {
        switch key {
        case .resize(let width, let height): return .resize(width: width, height: height)
        case .mouse(let event): return state.search == nil && !state.showHelp ? mouseAction(event) : nil
        default: return KeyTable.action(for: key, in: state)
        }
    }

    private static func mouseAction(_ event: MouseEvent) -> Action? {
        switch event.action {
        case .click(button: 1): return .click(x: event.x, y: event.y)
        case .doubleClick(button: 1): return .doubleClick(x: event.x, y: event.y)
        case .wheelUp: return .move(-3)
        case .wheelDown: return .move(3)
        default: return nil
        }
    }
}
