import FileFormats
import ArgumentParser
import IndustryApp
import IndustryModel

/// `--deck FILE`, shared by the commands that show a deck: the file when given, else the
/// deck built from the data (title, overview, each city, each comparison).
struct DeckOptions: ParsableArguments {
    @Option(name: .long, help: "A deck file (JSON5, see docs/presenting.md); default: every view of the data.")
    var deck: String?

    /// `asOf`: the day progress is judged on, which decides the figures the default deck shows.
    func deck(_ dataset: Dataset, asOf: Day) throws -> Deck {
        guard let deck else { return Deck.default(dataset, asOf: asOf) }
        do throws(DiagnosticsError) {
            return try Deck.load(file: deck, dataset: dataset)
        } catch {
            throw DeckFileError(failure: error)
        }
    }
}

/// A deck file that fails to load: every problem, one a line, and exit status 1.
struct DeckFileError: Error, CustomStringConvertible {
    let failure: DiagnosticsError
    var description: String { failure.description }
}
