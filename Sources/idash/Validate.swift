import FileFormats
import ArgumentParser
import BuiltinData
import IndustryModel

/// `idash validate [DIR]`: prints each problem as `file:line:column: message`.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check a data directory (the built-in data when none is given).",
        discussion: """
            Prints each problem as file:line:column: message, at most \(DiagnosticReport.perFile) a file (then how many \
            more). Past a syntax error the rest of the file is checked too. Exits 1 on any error, 0 when clean.
            """
    )

    @Argument(help: "A directory of city JSON files and observation CSV files.")
    var directory: String?

    func run() throws {
        do throws(DiagnosticsError) {
            let dataset: Dataset
            if let directory {
                // Every problem, past syntax errors too: validating is for the whole list.
                dataset = try DatasetLoader.load(directory: directory, afterSyntaxError: .resume)
            } else {
                dataset = try BuiltinData.load()
            }
            let indicators = dataset.cities.reduce(0) { $0 + $1.indicators.count }
            let observations = dataset.cities.reduce(0) { total, city in
                total + city.indicators.reduce(0) { $0 + $1.observations.count }
            }
            print("ok: \(directory ?? "built-in data"): \(dataset.cities.count) cities, \(indicators) indicators, \(observations) observations")
        } catch {
            for line in DiagnosticReport.lines(error.diagnostics) { print(line) }
            print("\(error.diagnostics.count) problem\(error.diagnostics.count == 1 ? "" : "s") found")
            throw ExitCode(1)
        }
    }
}
