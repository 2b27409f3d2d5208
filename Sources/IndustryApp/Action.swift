import TerminalKit
import IndustryShare
import IndustryViews

/// What an update asks the run loop to do besides redrawing: one vocabulary for the
/// dashboard, the presenter and the follower. Programs only say what they want; the loop
/// (`LiveLoop`) does it, and what comes of it returns to the program as a `LoopEvent`.
public enum Effect: Equatable, Sendable {
    case quit
    /// Leave the slides for the dashboard in this state: the current slide's view, in the
    /// presentation's language, theme and size.
    case leave(DashboardState)
    /// Ctrl-Z: give the terminal to the shell until `fg`.
    case suspend
    /// The watched folder has settled: load it again (`LoopEvent.loaded` brings the result).
    case reload(directory: String)
    /// Tell followers this position; the loop sends it once the frame showing it is drawn.
    case publish(SharePosition)
    /// Look for a presenter on this socket again (`LoopEvent.connected` brings the connection).
    case reconnect(path: String)
    /// Put this text on the terminal's clipboard (OSC 52), after the frame that says so.
    case copy(String)
    /// Keep the presenter's position in this file (atomically), for a restart to resume.
    case save(SavedPosition, to: PositionFile)
}
