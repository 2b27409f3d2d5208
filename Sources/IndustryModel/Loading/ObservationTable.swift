/// Dated observations kept as CSV, so a statistician can maintain them in a spreadsheet.
///
/// Columns, in any order, named by the header: `city,indicator,date,value,source` are
/// required; `qualifiers` (space- or semicolon-separated, e.g. `expected over`) and `wording`
/// (the document's words) are optional. See docs/data-format.md.
struct ObservationTable {
    struct Row {
        var city: String
        var indicator: String
        var observation: Observation
        var line: Int
        var fields: [String: TextPosition]
    }

    static let required = ["city", "indicator", "date", "value", "source"]
    static let optional = ["qualifiers", "wording"]

    var rows: [Row] = []

    /// Parses the file; problems go to the log and their rows are skipped.
    init(bytes: [UInt8], log: DiagnosticLog) {
        let records: [CSVRecord]
        do {
            records = try CSVReader.parse(bytes)
        } catch {
            log.error(error.message, at: error.position)
            return
        }
        guard let header = records.first else {
            log.error("empty file: expected a header line \(Self.required.joined(separator: ","))", at: nil)
            return
        }
        guard let columns = Self.columns(header, log: log) else { return }
        for record in records.dropFirst() {
            if let row = Self.row(record, columns: columns, width: header.fields.count, log: log) {
                rows.append(row)
            }
        }
    }

    private static func columns(_ header: CSVRecord, log: DiagnosticLog) -> [String: Int]? {
        var columns: [String: Int] = [:]
        for (index, field) in header.fields.enumerated() {
            let name = field.text.lowercased()
            if !(required + optional).contains(name) {
                log.error("unknown column '\(field.text)' (columns: \((required + optional).joined(separator: ", ")))",
                          at: field.position)
            } else if columns[name] != nil {
                log.error("duplicate column '\(field.text)'", at: field.position)
            } else {
                columns[name] = index
            }
        }
        let missing = required.filter { columns[$0] == nil }
        if !missing.isEmpty {
            log.error("missing column\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", ")) in the header",
                      at: TextPosition(line: header.line, column: 1))
            return nil
        }
        return columns
    }

    private static func row(_ record: CSVRecord, columns: [String: Int], width: Int, log: DiagnosticLog) -> Row? {
        guard record.fields.count == width else {
            log.error("expected \(width) fields as in the header, found \(record.fields.count)",
                      at: TextPosition(line: record.line, column: 1))
            return nil
        }
        func field(_ name: String) -> CSVField? { columns[name].map { record.fields[$0] } }
        var positions: [String: TextPosition] = [:]
        for (name, index) in columns { positions[name] = record.fields[index].position }
        var ok = true
        for name in required where field(name)!.text.isEmpty {
            log.error("empty \(name)", at: field(name)!.position)
            ok = false
        }
        guard ok else { return nil }
        let dateField = field("date")!, valueField = field("value")!
        guard let date = Day(iso: dateField.text) else {
            log.error("date must be written YYYY-MM-DD, found \"\(dateField.text)\"", at: dateField.position)
            return nil
        }
        guard let value = parseNumber(valueField.text) else {
            log.error("value must be a finite decimal number, found \"\(valueField.text)\"", at: valueField.position)
            return nil
        }
        var qualifiers: [Qualifier] = []
        if let qualifierField = field("qualifiers") {
            for word in qualifierField.text.split(whereSeparator: { $0 == " " || $0 == ";" }) {
                guard let qualifier = Qualifier(rawValue: String(word)) else {
                    let allowed = Qualifier.allCases.map(\.rawValue).joined(separator: ", ")
                    log.error("unknown qualifier '\(word)' (one of \(allowed))", at: qualifierField.position)
                    return nil
                }
                qualifiers.append(qualifier)
            }
        }
        let wording = field("wording").map(\.text).flatMap { $0.isEmpty ? nil : $0 }
        let observation = Observation(date: date, value: value, qualifiers: qualifiers, wording: wording,
                                      source: field("source")!.text)
        return Row(city: field("city")!.text, indicator: field("indicator")!.text, observation: observation,
                   line: record.line, fields: positions)
    }

    /// Plain decimal numbers only: Swift's `Double("nan")`, `"inf"` and hex floats are refused.
    static func parseNumber(_ text: String) -> Double? {
        guard !text.isEmpty, text.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 46 || $0 == 45 || $0 == 43 || $0 == 101 || $0 == 69 }),
              let value = Double(text), value.isFinite else { return nil }
        return value
    }
}
