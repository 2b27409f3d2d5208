import TerminalKit
import IndustryTerminal
import IndustryViews

/// Presenter keys to actions. Clickers send →/← or PgDn/PgUp, so all of them work; Space
/// and Enter go on as in every slide program.
public enum PresentKeyMap {
    public static func action(for key: Key, in presentation: Presentation) -> PresentAction? {
        switch key {
        case .right, .pageDown, .down, .character(" "): return .next
        case .left, .pageUp, .up: return .previous
        case .home: return .first
        case .end: return .last
        case .character(let c) where c.isASCII && c.isNumber: return .digit(Int(String(c))!)
        case .backspace, .delete: return .eraseDigit
        case .enter: return .enter
        case .character("a"): return .toggleAutoAdvance
        case .character("b"): return .toggleBlank
        case .character("?"): return .toggleHelp
        case .character("L"): return .toggleLanguage
        case .character("T"): return .nextTheme
        case .escape: return .leave
        case .character("q"), .control("c"), .hangup: return .quit
        case KeyTable.suspendKey: return .suspend
        case .resize(let width, let height): return .resize(width: width, height: height)
        default: return nil
        }
    }
}
