import FileFormats

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
        /// Where the fields that later checks may point at stand (all on one line).
        var positions: Positions
    }

    /// Columns of the fields a merge check can report on. Kept as columns of one line rather
    /// than a dictionary of positions: a file holds a row like this for each of its lines.
    struct Positions {
        var line: Int
        var city, indicator, date, value, source: Int32

        func of(_ column: Int32) -> TextPosition { TextPosition(line: line, column: Int(column)) }
    }

    static let required = ["city", "indicator", "date", "value", "source"]
    static let optional = ["qualifiers", "wording"]

    /// Field indices of the columns, resolved once from the header.
    private struct Columns {
        var city, indicator, date, value, source: Int
        var qualifiers, wording: Int?
        var width: Int
        /// The required columns in the order of `required`.
        var requiredIndices: [Int] { [city, indicator, date, value, source] }
    }

    /// The rows of the file. The whole file is read before any row is used, so a syntax
    /// error anywhere leaves the data untouched (one message, no half-merged file).
    var rows: [Row] = []

    /// Parses the file; problems go to the log and their rows are skipped.
    init(bytes: [UInt8], log: DiagnosticLog) {
        var columns: Columns?
        var sawHeader = false
        var rows: [Row] = []
        do {
            try CSVReader.read(bytes) { record in
                guard !log.isFull else { return }  // enough said about this file
                guard sawHeader else {
                    sawHeader = true
                    columns = Self.columns(record, log: log)
                    return
                }
                if let columns, let row = Self.row(record, columns, log: log) { rows.append(row) }
            }
        } catch {
            log.error(error.message, at: error.position)
            return
        }
        guard sawHeader else {
            log.error("empty file: expected a header line \(Self.required.joined(separator: ","))", at: nil)
            return
        }
        self.rows = rows
    }

    private static func columns(_ header: CSVRecord, log: DiagnosticLog) -> Columns? {
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
        return Columns(city: columns["city"]!, indicator: columns["indicator"]!, date: columns["date"]!,
                       value: columns["value"]!, source: columns["source"]!, qualifiers: columns["qualifiers"],
                       wording: columns["wording"], width: header.fields.count)
    }

    private static func row(_ record: CSVRecord, _ columns: Columns, log: DiagnosticLog) -> Row? {
        guard record.fields.count == columns.width else {
            log.error("expected \(columns.width) fields as in the header, found \(record.fields.count)",
                      at: TextPosition(line: record.line, column: 1))
            return nil
        }
        let fields = record.fields
        var ok = true
        for (name, index) in zip(required, columns.requiredIndices) where fields[index].text.isEmpty {
            log.error("empty \(name)", at: fields[index].position)
            ok = false
        }
        guard ok else { return nil }
        let dateField = fields[columns.date], valueField = fields[columns.value]
        guard let date = ISODay.parse(dateField.text) else {
            log.error("date must be written YYYY-MM-DD, found \"\(dateField.text)\"", at: dateField.position)
            return nil
        }
        guard let value = parseNumber(valueField.text) else {
            log.error("value must be a finite decimal number, found \"\(valueField.text)\"", at: valueField.position)
            return nil
        }
        var qualifiers: [Qualifier] = []
        if let index = columns.qualifiers, !fields[index].text.isEmpty {
            let qualifierField = fields[index]
            for word in qualifierField.text.split(whereSeparator: { $0 == " " || $0 == ";" }) {
                guard let qualifier = Qualifier(rawValue: String(word)) else {
                    let allowed = Qualifier.allCases.map(\.rawValue).joined(separator: ", ")
                    log.error("unknown qualifier '\(word)' (one of \(allowed))", at: qualifierField.position)
                    return nil
                }
                qualifiers.append(qualifier)
            }
        }
        let wording = columns.wording.map { fields[$0].text }.flatMap { $0.isEmpty ? nil : $0 }
        let observation = Observation(date: date, value: value, qualifiers: qualifiers, wording: wording,
                                      source: fields[columns.source].text)
        func column(_ index: Int) -> Int32 { Int32(clamping: fields[index].position.column) }
        let positions = Positions(line: fields[columns.city].position.line, city: column(columns.city),
                                  indicator: column(columns.indicator), date: column(columns.date),
                                  value: column(columns.value), source: column(columns.source))
        return Row(city: fields[columns.city].text, indicator: fields[columns.indicator].text, observation: observation,
                   positions: positions)
    }

    /// Plain decimal numbers only: Swift's `Double("nan")`, `"inf"` and hex floats are refused.
    static func parseNumber(_ text: String) -> Double? {
        guard !text.isEmpty, text.utf8.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == 46 || $0 == 45 || $0 == 43 || $0 == 101 || $0 == 69 }),
              let value = Double(text), value.isFinite else { return nil }
        return value
    }
}
