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
    /// Loads the given files; throws every problem found, each with file, line and column.
    public static func load(_ files: [DataFile]) throws(LoadFailure) -> Dataset {
        var diagnostics: [Diagnostic] = []
        var cities: [(city: City, file: String)] = []
        let sorted = files.sorted { $0.name < $1.name }
        for file in sorted where file.isCityFile {
            let decoder = CityDecoder(file: file.name)
            do {
                let root = try JSONParser.parse(file.bytes)
                if let city = decoder.decode(root) { cities.append((city, file.name)) }
            } catch {
                decoder.log.error(error.message, at: error.position)
            }
            diagnostics += decoder.log.diagnostics
        }
        if cities.isEmpty && diagnostics.isEmpty {
            diagnostics.append(Diagnostic(file: ".", position: nil, message: "no city files (*.json) found"))
        }
        var dataset = Dataset(cities: cities.map(\.city))
        for file in sorted where file.isObservationFile {
            let log = DiagnosticLog(file: file.name)
            let table = ObservationTable(bytes: file.bytes, log: log)
            merge(table, into: &dataset, log: log)
            diagnostics += log.diagnostics
        }
        diagnostics += DatasetChecks.check(dataset, files: Dictionary(cities.map { ($0.city.id, $0.file) }) { a, _ in a })
        guard diagnostics.isEmpty else { throw LoadFailure(diagnostics) }
        return dataset
    }

    /// Loads every city and observation file in a directory.
    public static func load(directory: String) throws(LoadFailure) -> Dataset {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            throw LoadFailure([Diagnostic(file: directory, position: nil, message: "cannot read the data directory")])
        }
        var files: [DataFile] = []
        for name in names {
            let file = DataFile(name: name, bytes: [])
            guard file.isCityFile || file.isObservationFile else { continue }
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else {
                throw LoadFailure([Diagnostic(file: path, position: nil, message: "cannot read the file")])
            }
            files.append(DataFile(name: path, bytes: [UInt8](data)))
        }
        return try load(files)
    }

    private static func merge(_ table: ObservationTable, into dataset: inout Dataset, log: DiagnosticLog) {
        for row in table.rows {
            guard let cityIndex = dataset.cities.firstIndex(where: { $0.id == row.city }) else {
                let known = dataset.cities.map(\.id).joined(separator: ", ")
                log.error("unknown city '\(row.city)' (known cities: \(known))", at: row.fields["city"])
                continue
            }
            let city = dataset.cities[cityIndex]
            guard let indicatorIndex = city.indicators.firstIndex(where: { $0.id == row.indicator }) else {
                log.error("unknown indicator '\(row.indicator)' for city '\(row.city)'", at: row.fields["indicator"])
                continue
            }
            guard city.source(row.observation.source) != nil else {
                log.error("unknown source '\(row.observation.source)' for city '\(row.city)'", at: row.fields["source"])
                continue
            }
            var indicator = city.indicators[indicatorIndex]
            if let problem = indicator.unit.problem(with: row.observation.value) {
                log.error(problem, at: row.fields["value"])
                continue
            }
            if indicator.observations.contains(where: { $0.date == row.observation.date }) {
                log.error("a second observation of \(row.city)/\(row.indicator) on \(row.observation.date)",
                          at: row.fields["date"])
                continue
            }
            indicator.observations.append(row.observation)
            indicator.observations.sort { $0.date < $1.date }
            dataset.cities[cityIndex].indicators[indicatorIndex] = indicator
        }
    }
}
