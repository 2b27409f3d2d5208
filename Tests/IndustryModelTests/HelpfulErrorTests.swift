import BuiltinData
import FileFormats
import IndustryModel
import Testing

/// Errors that say what was meant, and only once.
@Suite("Helpful errors") struct HelpfulErrorTests {
    /// The sample data with the first occurrence of `text` in `file` replaced.
    static func load(_ file: String, replacing text: String, with replacement: String) -> [Diagnostic] {
        load(file, replacing: [(text, replacement)])
    }

    /// The sample data with the first occurrence of each text in `file` replaced, in order.
    static func load(_ file: String, replacing edits: [(String, String)],
                     afterSyntaxError: AfterSyntaxError = .stop) -> [Diagnostic] {
        let files = BuiltinData.files.map { data -> DataFile in
            guard data.name == file else { return data }
            var text = String(decoding: data.bytes, as: UTF8.self)
            for (old, new) in edits { text = text.replacingCharacters(in: text.range(of: old)!, with: new) }
            return DataFile(name: data.name, bytes: Array(text.utf8))
        }
        do throws(DiagnosticsError) {
            _ = try DatasetLoader.load(files, afterSyntaxError: afterSyntaxError)
            return []
        } catch {
            return error.diagnostics
        }
    }

    /// A missing comma on line 4 and a mistyped field on line 866.
    static let brokenTwice = [("\"order\": 1,", "\"order\": 1"), ("\"wording\":", "\"wordng\":")]

    @Test func validatingGoesOnPastASyntaxErrorToTheErrorsAfterIt() {
        let found = Self.load("nantong.json", replacing: Self.brokenTwice, afterSyntaxError: .resume)
        #expect(found.map(\.description) == [
            "nantong.json:5:2: expected ',' or '}' after object member",
            "nantong.json:866:5: unknown field 'wordng' in a target (did you mean 'wording'? known fields: value, text, year, qualifiers, wording, source)",
        ])
    }

    @Test func loadingToShowTheDataStopsAtTheSyntaxError() {
        let found = Self.load("nantong.json", replacing: Self.brokenTwice)
        #expect(found.map(\.description) == ["nantong.json:5:2: expected ',' or '}' after object member"])
    }

    @Test func aMistypedFieldNameSuggestsTheNearestKnownOne() throws {
        let found = Self.load("nantong.json", replacing: "\"wording\":", with: "\"wordng\":")
        let first = try #require(found.first)
        #expect(first.file == "nantong.json")
        #expect(first.message.hasPrefix("unknown field 'wordng' in "), "\(first.message)")
        #expect(first.message.contains(" (did you mean 'wording'? known fields: "), "\(first.message)")
    }

    @Test func aCityFileWithErrorsIsTheOnlyProblemReportedForItsCity() {
        let found = Self.load("nantong.json", replacing: "\"wording\":", with: "\"wordng\":")
        // Before, every Nantong row of every CSV file also said "unknown city 'nantong'".
        #expect(found.count == 1, "\(found.map(\.description))")
        #expect(!found.contains { $0.message.hasPrefix("unknown city 'nantong'") })
    }

    @Test func nearestNamesAreTyposNotGuesses() {
        let known = ["wording", "value", "unit", "date", "source", "qualifiers"]
        #expect(FieldNames.nearest(to: "wordng", among: known) == "wording")
        #expect(FieldNames.nearest(to: "soruce", among: known) == "source", "two letters swapped is one edit")
        #expect(FieldNames.nearest(to: "Unit", among: known) == "unit")
        #expect(FieldNames.nearest(to: "colour", among: known) == nil, "nothing close: no guess")
        #expect(FieldNames.nearest(to: "dat", among: ["date", "data"]) == nil, "a tie is not a suggestion")
    }
}
