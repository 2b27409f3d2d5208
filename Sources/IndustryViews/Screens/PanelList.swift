import TerminalKit
import IndustryModel

/// What one panel lists: its items narrowed by the panel's filter (`f`). A screen makes
/// each of its lists once, when it is made, and both its rows (what `update` moves over and
/// Enter opens) and its view (what is drawn and highlighted) read `items`: the filter is
/// applied in this one place, so the two cannot disagree.
struct PanelList<Item> {
    let items: [Item]
    /// How many the panel has unfiltered.
    let total: Int
    /// The filter in force; nil for none.
    let filter: String?

    /// `text` gives an item's row as its table shows it (every column) in a language; a
    /// row is kept when it contains the filter in the language shown or in the other one,
    /// so an English name finds its row on a Chinese screen and the other way round.
    init(_ all: [Item], filter: String?, _ display: Display, text: (Item, Display) -> [String]) {
        total = all.count
        guard let filter, !filter.isEmpty else {
            items = all
            self.filter = nil
            return
        }
        self.filter = filter
        var other = display
        other.language = display.language == .zh ? .en : .zh
        let needle = filter.lowercased()
        items = all.filter { item in
            (text(item, display) + text(item, other)).contains { $0.lowercased().contains(needle) }
        }
    }

    var count: Int { items.count }
    var isEmpty: Bool { items.isEmpty }

    /// The count in the panel's title, "(43)"; filtered, "(5 of 43) · filter: 数字", so the
    /// title says the table is narrowed and by what. `count` overrides the plain form.
    func title(_ display: Display, count plain: String? = nil) -> String {
        guard let filter else { return " (" + (plain ?? "\(total)") + ")" }
        return " (" + display.t(Labels.filtered(items.count, of: total)) + ") · " + display.t(Labels.filter)
            + display.t(Labels.colon) + filter
    }

    /// What an empty table says: "no match" under a filter that left nothing, else nil (the
    /// panel says in its own way that it has nothing).
    func emptyText(_ display: Display) -> String? {
        filter != nil && items.isEmpty ? display.t(Labels.noMatch) : nil
    }
}
