import IndustryModel
import IndustryViews

extension App {
    /// `y`: the selected figure with its date and source, as a `.copy` effect the loop sends
    /// to the terminal. The status line says what was copied, or why nothing was: copying
    /// is off until the user allows it, and a figure is not copied while the data on disk
    /// fails validation, since the screen then shows data the files no longer hold.
    static func copy(_ state: inout DashboardState, _ context: AppContext) -> [Effect] {
        let display = state.display
        guard context.clipboard else {
            state.status.message = display.t(Labels.copyOff)
            return []
        }
        guard state.status.dataError == nil else {
            state.status.message = display.t(Labels.copyRefused)
            return []
        }
        guard let row = Screens.copySubject(state.navigation, display, context.dataset),
              let text = CopyText.text(row, display, context.dataset) else {
            state.status.message = display.t(Labels.nothingToCopy)
            return []
        }
        // The status bar is one line: a comparison's lines follow one another in it.
        state.status.message = display.t(Labels.copied) + text.split(separator: "\n").joined(separator: display.t(Labels.semicolon))
        return [.copy(text)]
    }
}
