import TerminalKit
import IndustryViews

/// What an update asks the run loop to do besides redrawing: one vocabulary for the
/// dashboard, the presenter and the follower.
public enum Effect: Hashable, Sendable {
    case quit
    /// Leave the slides for the dashboard in this state: the current slide's view, in the
    /// presentation's language, theme and size.
    case leave(DashboardState)
}
