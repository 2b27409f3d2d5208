import TerminalKit
import ArgumentParser
import IndustryApp
import IndustryModel
import IndustryViews

/// `idash handout`: every slide of a deck with its figures and sources, for the minutes.
struct HandoutCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "handout",
        abstract: "Write every slide of a deck with its figures and sources, for the minutes.",
        discussion: "Example: idash handout --format html > minutes.html. The deck is --deck FILE, or every view of the data."
    )

    @Option(name: .long, help: "markdown, html or text.")
    var format: String = "markdown"

    @Flag(name: .long, help: "Include the speaker notes (left out by default: minutes go to those who were not meant to read them).")
    var notes = false

    @OptionGroup var deckOptions: DeckOptions
    @OptionGroup var settingOptions: SettingOptions
    @OptionGroup var look: LookOptions
    @OptionGroup var data: DataOptions
    @OptionGroup var display: DisplayOptions

    func run() throws {
        guard let chosen = HandoutFormat(rawValue: format) else {
            throw ValidationError("--format must be markdown, html or text, found \"\(format)\"")
        }
        let environment = Environment.current
        let settings = try settingOptions.settings(environment, look: look)
        let dataset = try data.dataset(settings)
        var state = try display.state(dataset, asOf: try data.day(), settings: settings, themeName: "dark")
        let deck = try deckOptions.deck(dataset, asOf: try data.day()).addingChanges(since: state.display.since)
        // A handout is a file, not a terminal: Chinese is fine whatever the locale says.
        state.display.ascii = false
        print(Handout.render(deck, dataset, display: state.display, format: chosen, notes: notes), terminator: "")
    }
}
