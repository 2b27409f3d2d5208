import TerminalKit
import IndustryTerminal
import IndustryViews

/// Keys to actions. While searching, printable keys type into the query.
public enum KeyMap {
    public static func action(for key: Key, in state: ViewState) -> Action? {
        if state.search != nil { return searchAction(key) }
        if state.showHelp { return helpAction(key) }
        switch key {
        case .left, .character("h"): return .previousCity
        case .right, .character("l"): return .nextCity
        case .up, .character("k"): return .move(-1)
        case .down, .character("j"): return .move(1)
        case .pageUp: return .page(-1)
        case .pageDown: return .page(1)
        case .home, .character("g"): return .first
        case .end, .character("G"): return .last
        case .tab: return .nextPanel
        case .backTab: return .previousPanel
        case .enter: return .drillDown
        case .escape, .backspace: return .back
        case .character("o"): return .showOverview
        case .character("t"): return .showTargets
        case .character("c"): return .showCompare
        case .character("v"): return .toggleCompareMode
        case .character("/"): return .startSearch
        case .character("s"): return .cycleSort
        case .character("T"): return .nextTheme
        case .character("L"): return .toggleLanguage
        case .character("?"), .function(1): return .toggleHelp
        case .character("q"), .control("c"), .hangup: return .quit
        case .character(let c) where c.isASCII && c.isNumber && c != "0":
            return .selectCity(number: Int(String(c))!)
        case .resize(let width, let height): return .resize(width: width, height: height)
        case .mouse(let event): return mouseAction(event)
        default: return nil
        }
    }

    /// Help covers the screen: only closing it, quitting and resizing get through.
    private static func helpAction(_ key: Key) -> Action? {
        switch key {
        case .escape, .backspace, .character("?"), .function(1): return .toggleHelp
        case .character("q"), .control("c"), .hangup: return .quit
        case .resize(let width, let height): return .resize(width: width, height: height)
        default: return nil
        }
    }

    private static func searchAction(_ key: Key) -> Action? {
        switch key {
        case .escape, .control("c"): return .searchCancel
        case .enter: return .searchSubmit
        case .backspace, .delete: return .searchErase
        case .up: return .searchMove(-1)
        case .down, .tab: return .searchMove(1)
        case .character(let c): return .searchType(c)
        case .resize(let width, let height): return .resize(width: width, height: height)
        case .hangup: return .quit
        default: return nil
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
