import BuiltinData
import FileFormats
import IndustryModel
import Testing

/// Errors that say what was meant, and only once.
@Suite("Helpful errors") struct HelpfulErrorTests {
    /// The sample data with the first occurrence of `text` in `file` replaced.
    static func load(_ file: String, replacing text: String, with replacement: String) -> [Diagnostic] {
        let files = BuiltinData.files.map { data -> DataFile in
            guard data.name == file else { return data }
            let original = String(decoding: data.bytes, as: UTF8.self)
            let range = original.range(of: text)!
            return DataFile(name: data.name, bytes: Array(original.replacingCharacters(in: range, with: replacement).utf8))
        }
        do throws(DiagnosticsError) {
            _ = try DatasetLoader.load(files)
            return []
        } catch {
            return error.diagnostics
        }
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
