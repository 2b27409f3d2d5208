import Foundation
import IndustryApp
import IndustryModel
import IndustryViews
import TerminalKit
import Testing

/// Each screen declares its rows once (`Screens`): `update` moves over them and the screen
/// draws them. Walking every panel and row with the keys, the row highlighted on screen must
/// be the row the state says is selected: a view that drew its own list in another order,
/// or a panel count that disagreed with what is drawn, fails here.
@Suite("Screens own their rows") struct ScreenRowsWalkTests {
    /// The highlighted text of the screen below the header (whose city tab is highlighted
    /// too): the row of the selection band (a table row, or a city card's title bar).
    static func highlighted(_ grid: Grid) -> String? {
        for y in 1..<grid.height {
            let cells = (0..<grid.width).map { grid[$0, y] }
            let band = cells.indices.filter { cells[$0].style.role == .selection && !cells[$0].isContinuation }
            guard band.count >= 3 else { continue }
            // The selected row's marker is part of the band, not of the row's text.
            return band.map { cells[$0].text }.joined().trimmingCharacters(in: .whitespaces.union(["▶"]))
        }
        return nil
    }

    /// What a row must show, as it is named on screen.
    static func name(_ target: RowTarget, _ dataset: Dataset, _ language: Language) -> String? {
        switch target {
        case .city(let id): return dataset.city(id)?.name.text(language)
        case .cluster(let city, let cluster): return dataset.city(city)?.cluster(cluster)?.name.text(language)
        case .indicator(let city, let id):
            let indicator = dataset.city(city)?.indicator(id)
            return indicator.map { ($0.number.map { "\($0). " } ?? "") + $0.name.text(language) }
        case .comparison(let id): return dataset.cities.lazy.compactMap { $0.indicator(id)?.name.text(language) }.first
        // A fact's row starts with its category where the table is wide enough for one.
        case .fact(let city, let id):
            return dataset.city(city)?.facts.first { $0.id == id }?.group.label.text(language)
        case .task(let city, let action, let number):
            let task = dataset.city(city)?.actions.first { $0.number == action }?.tasks.first { $0.number == number }
            return task?.name.text(language)  // after its number, which `shows` drops as it does a card's
        case .entity(let city, let id): return dataset.city(city)?.entities.first { $0.id == id }?.name.text(language)
        case .department(let city, let id): return dataset.city(city)?.department(id)?.name.text(language)
        case .item: return nil
        }
    }

    /// A highlighted row shows `name` if it starts with it, or with the part of it that fit
    /// before the ellipsis: at least six characters of it, so that a cut so short that many
    /// rows would share it ("S…" for Suzhou and Shipbuilding) does not pass for a match.
    static func shows(_ text: String, _ name: String) -> Bool {
        // A city card's title bar numbers the card ("2 Suzhou"), a task's row the task ("23 Smart upgrading").
        let digits = text.prefix { $0.isNumber }
        let text = !digits.isEmpty && text.dropFirst(digits.count).first == " " ? String(text.dropFirst(digits.count + 1)) : text
        let shown = text.split(separator: "…", maxSplits: 1).first.map(String.init) ?? text
        let head = shown.components(separatedBy: "  ").first ?? shown
        return text.hasPrefix(name) || (head.count >= min(name.count, 6) && name.hasPrefix(head))
    }

    /// `f`, the text, Enter: a kept filter on the focused table.
    static func filter(_ text: String) -> [Key] { [.character("f")] + text.map { .character($0) } + [.enter] }

    static let walks: [(String, [Key])] = {
        var walks: [(String, [Key])] = [
            ("overview", []), ("city", [.enter]), ("cluster", [.enter, .enter]), ("targets", [.character("t")]),
            ("compare", [.character("c")]),
        ]
        // With filters kept, the rows walked are the rows each filter leaves, and the
        // highlighted one is still the one selected (the keys end on the first panel again).
        let overview: [Key] = [.tab] + filter("digital") + [.tab]
        let city: [Key] = [.enter] + filter("new") + [.tab, .tab] + filter("smart") + [.tab]
        let cluster: [Key] = [.enter, .enter, .tab] + filter("smart") + [.tab, .tab, .tab]
        let targets: [Key] = [.character("t")] + filter("digital")
        let compare: [Key] = [.character("c")] + filter("digital")
        walks += [("overview filtered", overview), ("city filtered", city), ("cluster filtered", cluster),
                  ("targets filtered", targets), ("compare filtered", compare)]
        return walks
    }()

    @Test(arguments: walks)
    func everyRowOfEveryPanelIsTheOneHighlighted(screen: String, keys: [Key]) {
        var session = Session(width: 120, height: 40, language: .en)
        session.press(keys)
        let panels = Screens.panels(session.state.navigation, session.state.display, session.dataset)
        #expect(!panels.isEmpty)
        // A filtered panel walks fewer rows than it has, but some: a filter that left all or
        // none would prove nothing.
        var unfiltered = session.state.navigation
        unfiltered.filters = [:]
        let all = Screens.panels(unfiltered, session.state.display, session.dataset)
        for panel in panels.indices where session.state.navigation.filter(panel) != nil {
            #expect(!panels[panel].rows.isEmpty && panels[panel].rows.count < all[panel].rows.count, "\(screen) panel \(panel)")
        }
        #expect(screen.hasSuffix("filtered") == !session.state.navigation.filters.isEmpty)
        for panel in panels.indices {
            #expect(session.state.navigation.focus == panel, "\(screen): Tab should reach panel \(panel)")
            let rows = panels[panel].rows
            for index in rows.indices {
                // The selection the screen draws, however it stores it (the overview's cards are the city).
                let selected = Screens.selection(session.state.navigation, panel: panel, session.state.display, session.dataset)
                #expect(selected == index, "\(screen) panel \(panel): selection \(selected), expected \(index)")
                if let name = Self.name(rows[index], session.dataset, .en) {
                    let text = Self.highlighted(session.grid) ?? "(nothing highlighted)"
                    #expect(Self.shows(text, name), "\(screen) panel \(panel) row \(index): highlighted \"\(text)\", the row is \"\(name)\"")
                }
                session.press(.down)
            }
            session.press(.tab)
        }
        #expect(session.state.navigation.focus == 0, "\(screen): Tab comes back to the first panel after \(panels.count)")
    }
}
