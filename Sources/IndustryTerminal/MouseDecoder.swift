import TerminalKit
/// Turns an ncurses mouse report (`MEVENT.bstate` and position) into a `MouseEvent`.
/// Pure: the button masks are passed in (the backend takes them from the header, whose
/// layout differs between ncurses mouse versions).
public struct MouseDecoder: Sendable {
    /// `BUTTONn_PRESSED` for buttons 1 to 5 (index 0 is button 1). Buttons 4 and 5 are the
    /// wheel: terminals report a wheel step as a press of them.
    public var pressedMasks: [UInt32]

    public init(pressedMasks: [UInt32]) {
        self.pressedMasks = pressedMasks
    }

    /// All the masks the backend asks ncurses to report, so `mousemask` and `decode` agree.
    public var wantedMask: UInt32 { pressedMasks.reduce(0, |) }

    /// The event a report stands for, or nil for reports the dashboard ignores (releases,
    /// motion, buttons beyond 5). Presses are reported at once; double clicks are found by
    /// `ClickTracker`, so ncurses' own click timing (which delays every click) stays off.
    public func decode(buttonState: UInt32, x: Int, y: Int) -> MouseEvent? {
        for (index, mask) in pressedMasks.enumerated() where mask != 0 && buttonState & mask != 0 {
            switch index {
            case 0, 1, 2: return MouseEvent(.click(button: index + 1), x: x, y: y)
            case 3: return MouseEvent(.wheelUp, x: x, y: y)
            case 4: return MouseEvent(.wheelDown, x: x, y: y)
            default: return nil
            }
        }
        return nil
    }
}

/// Recognises double clicks: a second press of the same button on the same cell within
/// `interval` milliseconds. A third press starts over, so triple clicks do not chain.
public struct ClickTracker: Sendable {
    public var interval: UInt64
    private var last: (button: Int, x: Int, y: Int, time: UInt64)?

    public init(interval: UInt64 = 400) {
        self.interval = interval
    }

    /// The event as the app should see it; `time` is any monotonic clock in milliseconds.
    public mutating func resolve(_ event: MouseEvent, at time: UInt64) -> MouseEvent {
        guard case .click(let button) = event.action else { return event }
        if let last, last.button == button, last.x == event.x, last.y == event.y,
           time >= last.time, time - last.time <= interval {
            self.last = nil
            return MouseEvent(.doubleClick(button: button), x: event.x, y: event.y)
        }
        last = (button, event.x, event.y, time)
        return event
    }
}
