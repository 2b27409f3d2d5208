import IndustryModel

/// What a table's laid-out rows depend on besides the data: which table, whose, the
/// settings, the items listed (in order) and the width. A key to `DatasetDerived.remembered`,
/// so a key that only moves the selection redraws rows made once (issue 16).
struct TableKey: Hashable, Sendable {
    var table: String
    var city: String
    var display: Display
    var ids: [String]
    var width: Int
}
