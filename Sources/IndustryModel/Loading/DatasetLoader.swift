import FileFormats
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A file of a data directory: its name (for messages) and its bytes.
public struct DataFile: Sendable {
    public var name: String
    public var bytes: [UInt8]

    public init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
    }

    /// City files are JSON; the JSON Schema that describes them is not one.
    var isCityFile: Bool { name.hasSuffix(".json") && !name.hasSuffix("schema.json") }
    var isObservationFile: Bool { name.hasSuffix(".csv") }
}

/// Loads and validates a data set: one JSON file per city plus CSV observations.
public enum DatasetLoader {
    /// A city file is tens of KB; one past this is not a city file, and parsing it whole
    /// would take seconds and hundreds of MB before saying so.
    static let maxCityFileBytes = 16_000_000

    /// Loads the given files; throws every problem found, each with file, line and column.
    /// A city file with a syntax error is refused either way; `afterSyntaxError` says whether
    /// its first error is all that is said of it (loading to show the data) or the rest of
    /// the file is checked too (`idash validate`).
    public static func load(_ files: [DataFile], afterSyntaxError: AfterSyntaxError = .stop) throws(DiagnosticsError) -> Dataset {
        try load(names: files.map(\.name), afterSyntaxError: afterSyntaxError) { index in files[index].bytes }
    }

    /// Loads every city and observation file in a directory. Each file is read when its
    /// turn comes and dropped after, so memory holds one file's bytes at a time.
    public static func load(directory: String, afterSyntaxError: AfterSyntaxError = .stop) throws(DiagnosticsError) -> Dataset {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw DiagnosticsError([Diagnostic(file: directory, position: nil, message: "cannot read the data directory")])
        }
        let paths = names.filter { name in
            let file = DataFile(name: name, bytes: [])
            return file.isCityFile || file.isObservationFile
        }.map { directory.hasSuffix("/") ? directory + $0 : directory + "/" + $0 }
        // Every file must be readable, as before any was decoded: one unreadable file is the
        // only problem reported, whatever the others hold.
        for path in paths where !FileManager.default.isReadableFile(atPath: path) {
            throw DiagnosticsError([Diagnostic(file: path, position: nil, message: "cannot read the file")])
        }
        return try load(names: paths, afterSyntaxError: afterSyntaxError) { (index) throws(DiagnosticsError) -> [UInt8] in
            guard let data = FileManager.default.contents(atPath: paths[index]) else {
                throw DiagnosticsError([Diagnostic(file: paths[index], position: nil, message: "cannot read the file")])
            }
            return [UInt8](data)
        }
    }

    /// City files first (in name order), then observation files; `read` gives a file's bytes
    /// by its index in `names`. Files are decoded on every core, a batch at a time, and
    /// merged in name order, so the result and the messages do not depend on timing.
    private static func load(names: [String], afterSyntaxError: AfterSyntaxError,
                             read: (Int) throws(DiagnosticsError) -> [UInt8]) throws(DiagnosticsError) -> Dataset {
        var diagnostics: [Diagnostic] = []
        var cities: [(city: City, file: String)] = []
        var broken: Set<String> = []  // the ids of city files with errors
        let order = names.indices.sorted { names[$0] < names[$1] }
        let cityFiles = order.filter { DataFile(name: names[$0], bytes: []).isCityFile }
        let observationFiles = order.filter { DataFile(name: names[$0], bytes: []).isObservationFile }
        try Parallel.map(cityFiles, { index in
            decodeCity(names[index], afterSyntaxError: afterSyntaxError) { () throws(DiagnosticsError) in try read(index) }
        }, each: { (outcome: Result<(City?, String, [Diagnostic]), DiagnosticsError>) throws(DiagnosticsError) in
            let (city, file, found) = try outcome.get()
            if let city { cities.append((city, file)) } else { broken.insert(cityID(fromFileName: file)) }
            diagnostics += found
        })
        if cities.isEmpty && diagnostics.isEmpty {
            diagnostics.append(Diagnostic(file: ".", position: nil, message: "no city files (*.json) found"))
        }
        var dataset = Dataset(cities: cities.map(\.city))
        var merge = ObservationMerge(cities: dataset.cities, unchecked: broken)
        dataset.cities = []  // the merge owns the only copy while it appends
        try Parallel.map(observationFiles, { index -> Result<(ObservationTable, DiagnosticLog), DiagnosticsError> in
            let log = DiagnosticLog(file: names[index])
            do throws(DiagnosticsError) {
                return .success((ObservationTable(bytes: try read(index), log: log), log))
            } catch {
                return .failure(error)
            }
        }, each: { (outcome: Result<(ObservationTable, DiagnosticLog), DiagnosticsError>) throws(DiagnosticsError) in
            var (table, log) = try outcome.get()
            merge.merge(&table.rows, log: log)  // in place: the table holds the only copy
            diagnostics += log.diagnostics
        })
        dataset.cities = merge.cities
        diagnostics += DatasetChecks.check(dataset, files: Dictionary(cities.map { ($0.city.id, $0.file) }) { a, _ in a })
        guard diagnostics.isEmpty else { throw DiagnosticsError(diagnostics) }
        return dataset
    }

    /// The id a city file defines, told by its name (nantong.json: nantong), which holds
    /// even when the file is too broken to read its "id".
    private static func cityID(fromFileName name: String) -> String {
        let file = name.split(separator: "/").last.map(String.init) ?? name
        return file.hasSuffix(".json") ? String(file.dropLast(5)) : file
    }

    /// One city file: its city (nil when it has errors) and its problems, or the failure to
    /// read it at all.
    private static func decodeCity(_ name: String, afterSyntaxError: AfterSyntaxError,
                                   _ read: () throws(DiagnosticsError) -> [UInt8])
        -> Result<(City?, String, [Diagnostic]), DiagnosticsError> {
        let decoder = CityDecoder(file: name)
        let bytes: [UInt8]
        do throws(DiagnosticsError) {
            bytes = try read()
        } catch {
            return .failure(error)
        }
        guard bytes.count <= maxCityFileBytes else {
            decoder.log.error("the file is \(bytes.count / 1_000_000) MB; a city file may be at most "
                              + "\(maxCityFileBytes / 1_000_000) MB (observations belong in CSV files)", at: nil)
            return .success((nil, name, decoder.log.diagnostics))
        }
        // Syntax errors are in the log before decoding, so a file with one gives no city.
        let city = JSONParser.parse(bytes, into: decoder.log, afterSyntaxError: afterSyntaxError).flatMap(decoder.decode)
        return .success((city, name, decoder.log.diagnostics))
    }
}
