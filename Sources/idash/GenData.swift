#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ArgumentParser
import IndustrySynthetic

/// `idash gen-data`: a deterministic synthetic data set for performance work (issue #7).
/// Every name and source title says the data is synthetic, so it cannot pass for real figures.
struct GenData: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gen-data",
        abstract: "Write a synthetic data set (for benchmarks) into a directory.",
        discussion: "One city JSON file and one observation CSV per city; `idash validate DIR` accepts it. "
            + "The same options give the same bytes."
    )

    @Option(name: .long, help: "Number of cities (1-999).")
    var cities: Int = 300

    @Option(name: .long, help: "Indicators per city (1-999); every indicator is shared by all cities.")
    var indicators: Int = 200

    @Option(name: .long, help: "Yearly observations per indicator, ending in 2025.")
    var years: Int = 20

    @Option(name: .long, help: "Seed of the generator.")
    var seed: UInt64 = 1

    @Argument(help: "The directory to write into (created if missing).")
    var directory: String

    func validate() throws {
        let spec = SyntheticSpec(cities: cities, indicators: indicators, years: years, seed: seed)
        if let problem = spec.problems.first { throw ValidationError(problem) }
    }

    func run() throws {
        let spec = SyntheticSpec(cities: cities, indicators: indicators, years: years, seed: seed)
        let files = FileManager.default
        do {
            try files.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            printError("idash gen-data: cannot create \(directory)")
            throw ExitCode(1)
        }
        var written = 0
        try SyntheticData.generate(spec) { name, bytes in
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            guard files.createFile(atPath: path, contents: Data(bytes)) else {
                printError("idash gen-data: cannot write \(path)")
                throw ExitCode(1)
            }
            written += 1
        }
        print("wrote \(written) files to \(directory): \(spec.cities) synthetic cities, "
              + "\(spec.cities * spec.indicators) indicators, \(spec.observationCount) observations")
    }
}
