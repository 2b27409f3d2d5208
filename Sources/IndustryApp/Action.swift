import TerminalKit
import IndustryViews

/// What `update` asks the run loop to do besides redrawing.
public enum Effect: Hashable, Sendable {
    case quit
}
