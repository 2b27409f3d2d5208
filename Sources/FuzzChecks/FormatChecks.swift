import FileFormats
import TerminalKit
import IndustryModel
import IndustryApp
import BuiltinData

/// The file formats: a refusal names the file and a place inside it, the same input gives
/// the same answer twice, and what the readers take in comes back out of the writers.
enum FormatChecks {
    static func json(_ bytes: [UInt8]) throws(FuzzViolation) {
        for options in [JSONParseOptions.strict, .relaxed] {
            let result = parse(bytes, options)
            try require(String(describing: result) == String(describing: parse(bytes, options)), "two parses of one input differ")
            switch result {
            case .failure(let error):
                try require(Positions.isInside(error.position, bytes), "syntax error outside the input: \(error)")
            case .success(let value):
                try strings(in: value) { text throws(FuzzViolation) in
                    // The writer's literal reads back as the same string.
                    guard case .success(let back) = parse(Array(JSONWriter.literal(text).utf8), .strict),
                          case .string(let read) = back.kind else {
                        throw FuzzViolation(description: "JSONWriter.literal(\(text.debugDescription)) does not parse as a string")
                    }
                    try require(read == text, "a string written and read back changed: \(text.debugDescription) -> \(read.debugDescription)")
                }
            }
        }
    }

    private static func parse(_ bytes: [UInt8], _ options: JSONParseOptions) -> Result<JSONValue, JSONSyntaxError> {
        Result { () throws(JSONSyntaxError) in try JSONParser.parse(bytes, options: options) }
    }

    private static func strings(in value: JSONValue, _ body: (String) throws(FuzzViolation) -> Void) throws(FuzzViolation) {
        switch value.kind {
        case .string(let text): try body(text)
        case .array(let items): for item in items { try strings(in: item, body) }
        case .object(let members):
            for member in members {
                try body(member.key)
                try strings(in: member.value, body)
            }
        default: break
        }
    }

    static func csv(_ bytes: [UInt8]) throws(FuzzViolation) {
        let whole = Result { () throws(CSVSyntaxError) in try CSVReader.parse(bytes) }
        var streamed: [CSVRecord] = []
        let stream = Result { () throws(CSVSyntaxError) in try CSVReader.read(bytes) { streamed.append($0) } }
        switch (whole, stream) {
        case (.success(let records), .success):
            try require(records == streamed, "parse and read give different records")
            for record in records {
                for field in record.fields {
                    try require(Positions.isInside(field.position, bytes, breaks: .any), "a field's place is outside the input: \(field.position)")
                }
            }
        case (.failure(let error), .failure(let again)):
            try require(error == again, "parse and read report different errors: \(error) / \(again)")
            try require(Positions.isInside(error.position, bytes, breaks: .any), "syntax error outside the input: \(error)")
        default:
            throw FuzzViolation(description: "parse and read disagree on whether the input is CSV")
        }
    }

    static func theme(_ bytes: [UInt8]) throws(FuzzViolation) {
        struct Read: Equatable { var name: String, description: String, styles: [Role: ResolvedStyle] }
        try document(bytes, file: "fuzz.theme.json") { bytes, file throws(DiagnosticsError) in
            let theme = try Theme.parse(bytes, file: file)
            return Read(name: theme.name, description: theme.description, styles: theme.styles)
        }
    }

    static func settings(_ bytes: [UInt8]) throws(FuzzViolation) {
        let location = SettingsLocation(path: "/fuzz/idash/settings.json", chosenBy: "--config")
        try document(bytes, file: "/fuzz/idash/settings.json") { bytes, _ throws(DiagnosticsError) in
            try SettingsFile.parse(bytes, location: location, home: "/fuzz-home")
        }
    }

    static let dataset = try! BuiltinData.load()

    static func deck(_ bytes: [UInt8]) throws(FuzzViolation) {
        try document(bytes, file: "fuzz.deck.json") { bytes, file throws(DiagnosticsError) in
            try Deck.parse(bytes, file: file, dataset: dataset)
        }
    }

    /// A reader of files with diagnostics: deterministic, and every refusal names one of
    /// `files` and a place inside it. Gives what was read, or nil for a refusal.
    @discardableResult
    static func document<Value: Equatable>(files: [String: [UInt8]],
                                           _ read: () throws(DiagnosticsError) -> Value) throws(FuzzViolation) -> Value? {
        func attempt() -> Result<Value, DiagnosticsError> { Result { () throws(DiagnosticsError) in try read() } }
        switch (attempt(), attempt()) {
        case (.success(let a), .success(let b)):
            try require(a == b, "two reads of one input differ")
            return a
        case (.failure(let a), .failure(let b)):
            try require(a.description == b.description, "two reads of one input report differently")
            try Positions.checkReport(a, files: files)
            return nil
        default:
            throw FuzzViolation(description: "one input both accepted and refused")
        }
    }

    private static func document<Value: Equatable>(_ bytes: [UInt8], file: String,
                                                   _ read: ([UInt8], String) throws(DiagnosticsError) -> Value) throws(FuzzViolation) {
        try document(files: [file: bytes]) { () throws(DiagnosticsError) in try read(bytes, file) }
    }
}
