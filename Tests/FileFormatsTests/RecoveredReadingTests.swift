import Testing
import FileFormats

/// Reading past syntax errors: the field reader says nothing more of what a syntax error made
/// unreadable, and the report keeps a file's long list short.
@Suite("Reading past syntax errors")
struct RecoveredReadingTests {
    private func problems(_ text: String, _ read: @escaping (FieldReader) -> Void) -> [String] {
        do throws(DiagnosticsError) {
            _ = try FieldReader.document(Array(text.utf8), file: "t.json", options: .strict) { root, log -> Bool? in
                guard let r = FieldReader(root, what: "the file", log: log) else { return nil }
                read(r)
                r.finish()
                return true
            }
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test("Unreadable values are neither missing nor of the wrong type; the rest is checked")
    func unreadableValuesAreSilent() {
        let text = """
        {
          "name": tru,
          "tags": ["a", tru, "b"],
          "colour": "red",
          "inner": {size: 3}
        }
        """
        var tags: [String] = []
        let found = problems(text) { r in
            _ = r.string("name")
            tags = r.strings("tags").map(\.text)
            _ = r.string("color", required: false)
            if let inner = r.object("inner") {
                // Its only key could not be read: it may have been either, so neither is missing.
                _ = inner.integer("size")
                _ = inner.string("label")
                inner.finish()
            }
            _ = r.string("title")
        }
        #expect(found == [
            "t.json:1:1: missing field 'title' in the file",
            "t.json:2:11: invalid literal 'tru' (strings need double quotes)",
            "t.json:3:17: invalid literal 'tru' (strings need double quotes)",
            "t.json:4:3: unknown field 'colour' in the file (did you mean 'color'? known fields: name, tags, color, inner, title)",
            "t.json:5:13: object keys must be in double quotes",
        ])
        #expect(tags == ["a", "b"])
    }

    @Test("Stopping at the first syntax error reports only it")
    func stoppingReportsTheFirstOnly() throws {
        let bytes = Array("{\"name\": tru,\n \"colour\": 1}".utf8)
        #expect(throws: DiagnosticsError.self) {
            _ = try FieldReader.document(bytes, file: "t.json", options: .strict, afterSyntaxError: .stop) { _, _ in true }
        }
        let log = DiagnosticLog(file: "t.json")
        #expect(JSONParser.parse(bytes, into: log, afterSyntaxError: .stop) == nil)
        #expect(log.diagnostics.map(\.description) == ["t.json:1:10: invalid literal 'tru' (strings need double quotes)"])
    }

    @Test("A report shows a file's first 20 problems, then how many more it has")
    func reportsAreCappedPerFile() {
        var diagnostics = (1...23).map { Diagnostic(file: "a.json", position: TextPosition(line: $0, column: 1), message: "problem \($0)") }
        diagnostics.insert(Diagnostic(file: "b.json", position: nil, message: "cannot read the file"), at: 5)
        let expected = (1...5).map { "a.json:\($0):1: problem \($0)" } + ["b.json: cannot read the file"]
            + (6...20).map { "a.json:\($0):1: problem \($0)" } + ["a.json: and 3 more problems"]
        #expect(DiagnosticReport.lines(diagnostics) == expected)
        #expect(DiagnosticReport.lines(Array(diagnostics.prefix(3))) == ["a.json:1:1: problem 1", "a.json:2:1: problem 2", "a.json:3:1: problem 3"])
    }

    @Test("A file whose log filled up says the rest was not checked")
    func aFullLogIsSaidOnce() {
        let log = DiagnosticLog(file: "f.json")
        for line in 1...150 { log.error("problem \(line)", at: TextPosition(line: line, column: 1)) }
        let lines = DiagnosticReport.lines(log.diagnostics)
        #expect(lines.count == 21)
        #expect(lines.last == "f.json: and 80 more problems; after those the file was not checked")
        #expect(DiagnosticReport.lines(log.diagnostics, perFile: 200).last == "f.json: more than 100 problems; the rest of this file was not checked")
    }

    /// Found by fuzzing (Fuzz/corpus/settings/crash-escaped-newline): after a string that ran
    /// on over a line break, the end of the file was placed on the line the string started
    /// on, past that line's end ("3:11" on a line of two characters).
    @Test("An error after a string runs over a line break is placed on the line it is on")
    func errorAfterAnEscapedLineBreak() {
        let text = "[ \"a\",\n \"date\"\n\"\\\n \"da: x"
        #expect(problems(text) { _ in } == [
            "t.json:3:1: expected ',' or ']' after array element",
            "t.json:3:3: control character U+000A in string (escape it as \\n)",
            "t.json:4:8: unexpected end of input",
        ])
    }

    /// Found by fuzzing (Fuzz/corpus/settings/crash-line-after-escaped-newline): the line
    /// break after a backslash was passed over uncounted, so every later line was numbered
    /// one short.
    @Test("Lines after a backslash before a line break keep their numbers")
    func linesAfterAnEscapedLineBreak() {
        let text = "[\"a\\\n\",\n 1,\n tru]"
        #expect(problems(text) { _ in } == [
            "t.json:1:1: the file must be an object, found array",
            "t.json:1:5: control character U+000A in string (escape it as \\n)",
            "t.json:4:2: invalid literal 'tru' (strings need double quotes)",
        ])
    }
}
