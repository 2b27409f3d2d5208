import IndustryModel
import IndustryViews

/// A row read in full (Enter on a key fact, a plan task, a project): its scroll, kept
/// within the text so ↑ answers at once after scrolling past the end.
enum Reading {
    static func scroll(_ state: inout DashboardState, by delta: Int, _ dataset: Dataset) {
        guard var reader = state.navigation.reader else { return }
        let limit = RowReader.scrollLimit(reader, state.display, dataset)
        reader.scroll = min(max(0, reader.scroll.addingReportingOverflow(delta).partialValue), limit)
        state.navigation.reader = reader
    }
}
