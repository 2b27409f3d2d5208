import TerminalKit
import IndustryModel
import IndustryViews

/// The dashboard's state, split by concern: where the user is, how the screen shows the
/// data, and what the status bar says. It changes only through `App.update`, so key
/// sequences test without a terminal; the views read each part, never the whole.
public struct DashboardState: Hashable, Sendable {
    public var navigation: Navigation
    public var display: Display
    public var status: StatusLine

    public init(navigation: Navigation, display: Display, status: StatusLine = StatusLine()) {
        self.navigation = navigation
        self.display = display
        self.status = status
    }

    public init(cityID: String, language: Language, themeName: String = "dark", asOf: Day, ascii: Bool = false) {
        self.init(navigation: Navigation(cityID: cityID),
                  display: Display(language: language, themeName: themeName, asOf: asOf, ascii: ascii))
    }

    public var screen: Screen { navigation.screen }

    /// The whole screen for this state.
    // Not inlined: each step of a key is one function that .ci/keycost.sh counts by name.
    @inline(never)
    public func render(_ dataset: Dataset) -> Frame {
        Dashboard.render(navigation, display, status, dataset)
    }
}
