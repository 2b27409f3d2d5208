import FileFormats
import ArgumentParser
import BuiltinData
import IndustryModel
import IndustryApp

@main
struct IDash: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "idash",
        abstract: "IndustryDash: how Nantong, Suzhou and Nanjing are doing on their new-industrialization plans.",
        discussion: "Every figure comes from a dated public document; `idash validate` checks a data directory.",
        version: "0.1.0",
        subcommands: [Open.self, Snapshot.self, Summary.self, Validate.self, Themes.self, ConfigCommand.self, GenData.self, HandoutCommand.self,
                      PresentCommand.self, FollowCommand.self, ShareKeyCommand.self],
        defaultSubcommand: Open.self
    )
}

/// Options shared by the commands that show data (the data folder itself is a setting:
/// `SettingOptions`).
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("as-of"), help: "Judge progress on this day (YYYY-MM-DD) instead of today.")
    var asOf: String?

    /// The data folder the settings name, else the built-in data.
    func dataset(_ settings: Settings) throws -> Dataset {
        if let unreadable = settings.unreadableDataFolder { throw DataError(failure: DiagnosticsError([unreadable])) }
        do {
            if let data = settings.data.value { return try DatasetLoader.load(directory: data) }
            return try BuiltinData.load()
        } catch {
            throw DataError(failure: error)
        }
    }

    func day() throws -> Day {
        guard let asOf else { return Clock.today() }
        guard let day = Day(iso: asOf) else {
            throw ValidationError("--as-of must be a date written YYYY-MM-DD, found \"\(asOf)\"")
        }
        return day
    }
}

/// Data that fails to load: every problem, one a line, and exit status 1.
struct DataError: Error, CustomStringConvertible {
    let failure: DiagnosticsError
    var description: String { failure.description }
}
