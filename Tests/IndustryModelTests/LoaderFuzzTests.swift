import FileFormats
import BuiltinData
import Testing
import TestSupport
@testable import IndustryModel

/// Damaged data never crashes or hangs the loader: it loads, or it names every problem
/// with a file and a place inside that file.
@Suite("Loader fuzz")
struct LoaderFuzzTests {
    static let cityFiles = BuiltinData.files.filter(\.isCityFile)
    static let observations = BuiltinData.files.filter(\.isObservationFile)

    @Test("Mutated city files load or are reported, never crash")
    func mutatedCityFiles() {
        var mutator = Mutator(seed: 0xC17E_2026)
        var loaded = 0, reported = 0
        for _ in 0..<fuzzRounds(default: 150) {
            let original = Self.cityFiles[mutator.random.below(Self.cityFiles.count)]
            let damaged = DataFile(name: original.name, bytes: mutator.mutate(original.bytes))
            let stopping = outcome(of: [damaged])
            switch stopping {
            case .loaded: loaded += 1
            case .reported: reported += 1
            case .badReport(let why): Issue.record("\(why)"); return
            }
            // Reading on past syntax errors reports what stopping did, and maybe more.
            switch (stopping, outcome(of: [damaged], afterSyntaxError: .resume)) {
            case (.loaded, .loaded): break
            case (.reported(let first), .reported(let all)):
                #expect(Set(first).isSubset(of: Set(all)), "\(first) not in \(all)")
            case (_, let recovering): Issue.record("stopping: \(stopping), recovering: \(recovering)"); return
            }
        }
        #expect(reported > 0)
        #expect(loaded + reported == fuzzRounds(default: 150))
    }

    @Test("Mutated observation files load or are reported, never crash")
    func mutatedObservations() {
        var mutator = Mutator(seed: 0x0B5E_2026)
        let csv = Self.observations[0]
        for _ in 0..<fuzzRounds(default: 150) {
            let damaged = DataFile(name: csv.name, bytes: mutator.mutate(csv.bytes))
            if case .badReport(let why) = outcome(of: Self.cityFiles + [damaged]) { Issue.record("\(why)"); return }
        }
    }

    @Test("Nesting a million levels deep is one clear error, not a stack overflow")
    func deepNesting() {
        let deep = DataFile(name: "deep.json", bytes: Array(repeating: UInt8(ascii: "["), count: 1_000_000))
        guard case .reported(let messages) = outcome(of: [deep]) else { Issue.record("not reported"); return }
        #expect(messages.count == 1)
        #expect(messages[0].contains("nesting deeper than"), "\(messages)")
    }

    /// Lines as an editor counts them: LF, CRLF and a lone CR each end one.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        var lines = 1
        for index in bytes.indices where bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
            lines += 1
        }
        return lines
    }

    @Test("A 50 MB file is refused or cut short quickly, with a bounded list of problems")
    func hugeFiles() {
        let json = DataFile(name: "huge.json", bytes: [UInt8(ascii: "[")] + Array(repeating: UInt8(ascii: "0"), count: 50_000_000))
        guard case .reported(let messages) = outcome(of: [json]) else { Issue.record("not reported"); return }
        #expect(messages == ["the file is 50 MB; a city file may be at most 16 MB (observations belong in CSV files)"])

        let row = Array("nantong,no-such-indicator,2025-01-01,1,x\n".utf8)
        var csv = Array("city,indicator,date,value,source\n".utf8)
        csv.reserveCapacity(50_000_000)
        while csv.count < 50_000_000 { csv += row }
        guard case .reported(let problems) = outcome(of: Self.cityFiles + [DataFile(name: "huge.csv", bytes: csv)]) else {
            Issue.record("not reported"); return
        }
        #expect(problems.count == DiagnosticLog.limit + 1)
        #expect(problems.last == "more than 100 problems; the rest of this file was not checked")
    }

    enum Outcome {
        case loaded, reported([String]), badReport(String)
    }

    /// Loads `files`; a report must name one of them and a place within it.
    func outcome(of files: [DataFile], afterSyntaxError: AfterSyntaxError = .stop) -> Outcome {
        do {
            _ = try DatasetLoader.load(files, afterSyntaxError: afterSyntaxError)
            return .loaded
        } catch {
            var lineCounts: [String: Int] = [:]  // counted once a file: some are 50 MB
            for diagnostic in error.diagnostics {
                guard let file = files.first(where: { $0.name == diagnostic.file }) else {
                    if diagnostic.file == "." { continue }  // "no city files" names the folder
                    return .badReport("names no given file: \(diagnostic)")
                }
                if let position = diagnostic.position {
                    let lines = lineCounts[file.name] ?? Self.lineCount(file.bytes)
                    lineCounts[file.name] = lines
                    guard position.line >= 1, position.line <= lines, position.column >= 1 else {
                        return .badReport("place outside the file (\(lines) lines): \(diagnostic)")
                    }
                }
            }
            return error.diagnostics.isEmpty ? .badReport("a failure with no problem named") : .reported(error.diagnostics.map(\.message))
        }
    }
}
