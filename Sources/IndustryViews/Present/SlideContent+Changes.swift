import TerminalKit
import IndustryModel

/// The slide of what changed since the last meeting (`--since DAY`): each figure published
/// after the day, the one it follows → the new one, with both dates and sources.
extension SlideContent {
    /// How many new figures each city has, in words (a count is no result to draw big);
    /// then each change, its earlier figure → the new one. With nothing new the slide says so in words, not with an empty list.
    static func changes(since: Day, _ display: Display, _ dataset: Dataset) -> SlideContent {
        let changes = dataset.changes(since: since, asOf: display.asOf)
        let title = display.t(Labels.changesTitle(since))
        let subtitle = display.t(Labels.asOf) + " " + display.asOf.description
        guard !changes.isEmpty else {
            // The title says it too: the note sits at the foot of the slide, the title is read first.
            return SlideContent(title: display.t(Labels.nothingNewTitle(since)), subtitle: subtitle,
                                notes: [display.t(Labels.nothingNew(since, display.asOf))])
        }
        let counts = dataset.cities.compactMap { city -> String? in
            let count = changes.filter { $0.cityID == city.id }.count
            return count > 0 ? city.name.text(display.language) + " " + display.t(Labels.newFigures(count)) : nil
        }
        let arrow = display.ascii ? " -> " : " → "
        let items = changes.compactMap { change -> SlideItem? in
            guard let city = dataset.city(change.cityID) else { return nil }
            let label = city.name.text(display.language) + " · " + change.name.text(display.language)
            let now = figureText(change.current, change, display)
            let before = change.previous.map { figureText($0, change, display) }
            let dated = { (figure: DatedFigure, text: String) in text + " (\(figure.date))" }
            var item = SlideItem(label: label, figure: (before.map { $0 + arrow } ?? "") + dated(change.current, now),
                                 status: "", role: .accent, share: nil,
                                 cells: [label, zip(change.previous, before).map(dated) ?? "", dated(change.current, now),
                                         change.current.published.description],
                                 source: cited(change.current.source, city))
            if let previous = change.previous, let source = cited(previous.source, city) { item.cellSources[1] = source }
            return item
        }
        return SlideContent(title: title, subtitle: ([subtitle] + counts).joined(separator: " · "),
                            columns: [display.t(Labels.indicator), display.t(Labels.beforeColumn), display.t(Labels.nowColumn),
                                      display.t(Labels.publishedColumn)],
                            items: items)
    }

    /// A figure in the document's words; a partial year's says which months it covers.
    private static func figureText(_ figure: DatedFigure, _ change: FigureChange, _ display: Display) -> String {
        let qualifiers = figure.qualifiers.filter { $0 != .partial }
        let text = FigureFormat.qualified(figure.value, unit: change.unit, measure: change.measure, qualifiers: qualifiers,
                                          language: display.language)
        return figure.qualifiers.contains(.partial) ? Format.months(figure.date, display) + " " + text : text
    }
}

private func zip(_ figure: DatedFigure?, _ text: String?) -> (DatedFigure, String)? {
    guard let figure, let text else { return nil }
    return (figure, text)
}

extension Labels {
    static func changesTitle(_ since: Day) -> LocalizedText {
        LocalizedText(zh: "\(since)以来的新数字", en: "New since \(since)")
    }
    static func nothingNewTitle(_ since: Day) -> LocalizedText {
        LocalizedText(zh: "\(since)以来没有新数字", en: "Nothing new since \(since)")
    }
    static func newFigures(_ count: Int) -> LocalizedText {
        LocalizedText(zh: "\(count)个新数字", en: MeasureWords.counted(count, "new figures"))
    }
    static func nothingNew(_ since: Day, _ asOf: Day) -> LocalizedText {
        LocalizedText(zh: "\(since)之后至\(asOf)没有发布新的数字。", en: "Nothing was published after \(since), up to \(asOf).")
    }
    static let beforeColumn = LocalizedText(zh: "此前", en: "Before")
    static let nowColumn = LocalizedText(zh: "现在", en: "Now")
    static let publishedColumn = LocalizedText(zh: "发布日", en: "Published")
    /// The help screen's legend for the new mark.
    public static let newSince = LocalizedText(zh: "--since 之后发布", en: "published after --since")
}
