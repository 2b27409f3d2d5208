#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import BuiltinData
import IndustryModel
import IndustrySynthetic

/// `swift run -c release idash-bench`: times load, validation, progress and rendering on
/// the sample data and on the large synthetic set, and prints a markdown table.
/// Benchmarks, not tests: the machine's speed drifts, so nothing here passes or fails.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "idash-bench",
        abstract: "Time loading, validation, progress and rendering (medians and minimums in ms)."
    )

    @Option(name: .long, help: "Use this existing large data set (from `idash gen-data`) instead of generating one.")
    var large: String?

    @Flag(name: .long, help: "A short run: fewer repetitions.")
    var quick = false

    @Flag(name: .customLong("sample-only"), help: "Skip the large data set.")
    var sampleOnly = false

    func run() throws {
        let runs = quick ? 5 : 30
        var scenarios = Scenarios(runs: runs)

        let sample = try scenarios.loading("sample", files: BuiltinData.files, loadRuns: runs) { try BuiltinData.load() }
        scenarios.progress("sample", sample)
        scenarios.rendering("sample", sample)
        scenarios.slides("sample", sample)
        var columns = ["sample"]

        if !sampleOnly {
            let (directory, generated) = try largeDirectory()
            defer { if generated { try? FileManager.default.removeItem(atPath: directory) } }
            let files = try readDataFiles(directory)
            let dataset = try scenarios.loading("large", files: files, loadRuns: quick ? 1 : 3) {
                try DatasetLoader.load(directory: directory)
            }
            scenarios.progress("large", dataset)
            scenarios.rendering("large", dataset)
            columns.append("large")
        }
        print(table(scenarios.steps, columns: columns))
        if let peak = peakResidentMB() { print("\npeak RSS of the benchmark process: \(Stopwatch.format(peak)) MB") }
    }

    /// The given directory, or the large set generated into a temporary one.
    private func largeDirectory() throws -> (String, Bool) {
        if let large { return (large, false) }
        var template = Array("/tmp/idash-bench-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw BenchError("cannot make a temporary directory") }
        let directory = String(cString: made)
        let spec = SyntheticSpec.large
        let clock = ContinuousClock()
        let took = try clock.measure {
            try SyntheticData.generate(spec) { name, bytes in
                guard FileManager.default.createFile(atPath: directory + "/" + name, contents: Data(bytes)) else {
                    throw BenchError("cannot write \(directory)/\(name)")
                }
            }
        }
        print("generated \(spec.observationCount) observations into \(directory) in \(took)\n")
        return (directory, true)
    }

    private func table(_ steps: [Step], columns: [String]) -> String {
        var lines = ["| step | " + columns.map { "\($0) median ms | \($0) min ms" }.joined(separator: " | ") + " |",
                     "|---|" + columns.map { _ in "---:|---:|" }.joined()]
        for step in steps {
            let cells = columns.map { column in
                step.timings[column].map { Stopwatch.format($0.median) + " | " + Stopwatch.format($0.minimum) } ?? "– | –"
            }
            lines.append("| \(step.name) | " + cells.joined(separator: " | ") + " |")
        }
        return lines.joined(separator: "\n")
    }
}
