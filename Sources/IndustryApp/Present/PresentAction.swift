import TerminalKit
import IndustryModel
import IndustryViews

/// Everything a presenter can do. Keys become actions (`PresentKeyMap`); `PresentApp.update`
/// applies them. Time passing is `Presentation.tick`, not an action, so a key never waits
/// on a clock.
public enum PresentAction: Hashable, Sendable {
    case next, previous, first, last
    /// A digit of a slide number; Enter jumps to it.
    case digit(Int)
    case eraseDigit
    /// Jumps to the number typed, or goes on to the next slide when none was typed.
    case enter
    case toggleAutoAdvance
    case toggleBlank
    /// `?`, `L`, `T`: as on the dashboard and for followers; only this screen changes.
    case toggleHelp
    case toggleLanguage
    case nextTheme
    /// Esc: back to the dashboard at this slide's view (or, while a number is being typed,
    /// forget the number).
    case leave
    case resize(width: Int, height: Int)
    case suspend
    case quit
}

/// The one place a presentation changes in answer to the presenter.
public enum PresentApp {
    @discardableResult
    public static func update(_ presentation: inout Presentation, _ action: PresentAction,
                              now: Presentation.Instant, dataset: Dataset, themeNames: [String] = []) -> [Effect] {
        if action != .suspend { presentation.message = nil }  // back from the shell, the footer says what it said
        switch action {
        case .next:
            presentation.go(to: presentation.index + 1, now: now)
        case .previous:
            presentation.go(to: presentation.index - 1, now: now)
        case .first:
            presentation.go(to: 0, now: now)
        case .last:
            presentation.go(to: presentation.deck.slides.count - 1, now: now)
        case .digit(let digit):
            // Four digits cover any deck; more would only be a stuck key.
            if presentation.pendingDigits.count < 4 { presentation.pendingDigits += "\(digit)" }
        case .eraseDigit:
            if !presentation.pendingDigits.isEmpty { presentation.pendingDigits.removeLast() }
        case .enter:
            jump(&presentation, now: now)
        case .toggleAutoAdvance:
            presentation.autoAdvance.toggle()
            presentation.lastChange = now  // a full interval from now, not from the last slide change
        case .toggleBlank:
            presentation.blanked.toggle()
            presentation.lastChange = now  // blanking pauses auto-advance; unblanking restarts it
        case .toggleHelp:
            presentation.showsHelp.toggle()
        case .toggleLanguage:
            if presentation.display.canShowChinese {
                presentation.display.language = presentation.display.language == .zh ? .en : .zh
            } else {
                presentation.message = "Chinese needs a UTF-8 terminal (LANG=C.UTF-8)"
            }
        case .nextTheme:
            if presentation.display.nextTheme(in: themeNames) { presentation.message = presentation.display.themeName }
        case .leave:
            if presentation.showsHelp {
                presentation.showsHelp = false  // Esc closes the help first, as on the dashboard
            } else if !presentation.pendingDigits.isEmpty {
                presentation.pendingDigits = ""
            } else {
                return [.leave(presentation.dashboardState(dataset))]
            }
        case .resize(let width, let height):
            presentation.display.width = max(0, width)
            presentation.display.height = max(0, height)
        case .suspend:
            return [.suspend]
        case .quit:
            return [.quit]
        }
        return []
    }

    /// Number + Enter. A number outside the deck keeps the slide and says which exist.
    private static func jump(_ presentation: inout Presentation, now: Presentation.Instant) {
        guard !presentation.pendingDigits.isEmpty else {
            presentation.go(to: presentation.index + 1, now: now)
            return
        }
        let count = presentation.deck.slides.count
        let typed = presentation.pendingDigits
        presentation.pendingDigits = ""
        guard let number = Int(typed), number >= 1, number <= count else {
            presentation.message = presentation.display.t(Labels.noSlide(typed, count))
            return
        }
        presentation.go(to: number - 1, now: now)
    }
}
