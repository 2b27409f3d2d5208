import Testing
import TestSupport
import FileFormats

@Suite("JSONParser")
struct JSONParserTests {
    // MARK: Helpers

    private func parse(_ text: String, _ options: JSONParseOptions = .strict) throws(JSONSyntaxError) -> JSONValue {
        try JSONParser.parse(Array(text.utf8), options: options)
    }

    private func at(_ line: Int, _ column: Int) -> TextPosition {
        TextPosition(line: line, column: column)
    }

    private func error(_ message: String, _ line: Int, _ column: Int) -> JSONSyntaxError {
        JSONSyntaxError(message: message, position: at(line, column))
    }

    private func members(_ value: JSONValue) -> [JSONMember] {
        if case .object(let members) = value.kind { return members }
        Issue.record("expected an object, found \(value.typeName)")
        return []
    }

    private func elements(_ value: JSONValue) -> [JSONValue] {
        if case .array(let elements) = value.kind { return elements }
        Issue.record("expected an array, found \(value.typeName)")
        return []
    }

    private func member(_ value: JSONValue, _ key: String) -> JSONMember? {
        members(value).first { $0.key == key }
    }

    private func string(_ value: JSONValue?) -> String? {
        if case .string(let s)? = value?.kind { return s }
        return nil
    }

    private func number(_ value: JSONValue?) -> Double? {
        if case .number(let n)? = value?.kind { return n }
        return nil
    }

    // MARK: Values and positions

    @Test("Parses every kind of value")
    func parsesEveryKind() throws {
        let value = try parse(#"{"o": {}, "a": [1, "x", true, false, null], "s": "hi"}"#)
        #expect(members(value).map(\.key) == ["o", "a", "s"])
        #expect(members(value).map(\.value.typeName) == ["object", "array", "string"])
        let array = elements(try #require(member(value, "a")).value)
        #expect(array.map(\.typeName) == ["number", "string", "boolean", "boolean", "null"])
        #expect(string(member(value, "s")?.value) == "hi")
    }

    @Test("Records the positions of nested keys and values across lines")
    func nestedPositions() throws {
        let text = """
        {
          "city": {
            "name": "Riverton",
            "parks": [ 1,
                       {"size": -2.5e1} ]
          },
          "ok": true
        }
        """
        let root = try parse(text)
        #expect(root.position == at(1, 1))
        let city = try #require(member(root, "city"))
        #expect(city.keyPosition == at(2, 3))
        #expect(city.value.position == at(2, 11))
        let name = try #require(member(city.value, "name"))
        #expect(name.keyPosition == at(3, 5))
        #expect(name.value.position == at(3, 13))
        let parks = try #require(member(city.value, "parks")).value
        #expect(parks.position == at(4, 14))
        let items = elements(parks)
        #expect(items.map(\.position) == [at(4, 16), at(5, 16)])
        let size = try #require(member(items[1], "size"))
        #expect(size.keyPosition == at(5, 17))
        #expect(size.value.position == at(5, 25))
        #expect(number(size.value) == -25)
        #expect(try #require(member(root, "ok")).value.position == at(7, 9))
    }

    @Test("Counts columns in Unicode scalars, not bytes")
    func columnsCountScalars() throws {
        let root = try parse("{\"名字\": \"北京市\", \"n\": 1,\n \"城\": [\"😀\", 2]}")
        #expect(member(root, "名字")?.value.position == at(1, 8))
        #expect(member(root, "n")?.keyPosition == at(1, 15))
        #expect(member(root, "n")?.value.position == at(1, 20))
        let list = try #require(member(root, "城")).value
        #expect(list.position == at(2, 7))
        #expect(elements(list).map(\.position) == [at(2, 8), at(2, 13)])
    }

    @Test("Treats CRLF line endings as one line break")
    func crlfLineEndings() throws {
        let root = try parse("[\r\n  1,\r\n  2\r\n]")
        #expect(elements(root).map(\.position) == [at(2, 3), at(3, 3)])
    }

    @Test("Keeps member order and duplicate keys")
    func keepsDuplicates() throws {
        let root = try parse(#"{"b": 1, "a": 2, "b": 3}"#)
        #expect(members(root).map(\.key) == ["b", "a", "b"])
        #expect(members(root).map { number($0.value) } == [1, 2, 3])
        #expect(members(root).map(\.keyPosition) == [at(1, 2), at(1, 10), at(1, 18)])
    }

    @Test("Skips a UTF-8 byte order mark without counting it as a column")
    func skipsBOM() throws {
        let value = try JSONParser.parse([0xEF, 0xBB, 0xBF] + Array(#"{"a": 1}"#.utf8))
        #expect(value.position == at(1, 1))
        #expect(member(value, "a")?.value.position == at(1, 7))
        #expect(throws: error("unexpected end of input", 1, 1)) { try JSONParser.parse([0xEF, 0xBB, 0xBF]) }
    }

    @Test("Decodes escapes and surrogate pairs")
    func decodesEscapes() throws {
        let value = try parse(#"["a\"b\\c\/d\b\f\n\r\t", "\u00e9\u4E2D", "\ud83d\ude00!", "plain é 中"]"#)
        #expect(elements(value).map { string($0) } == ["a\"b\\c/d\u{08}\u{0C}\n\r\t", "é中", "😀!", "plain é 中"])
    }

    @Test("Parses numbers: negative, fractions, exponents and big integers")
    func parsesNumbers() throws {
        let text = "[0, -0, 13000, -42, 0.1, -2.5, 1e3, 2E-2, 1.5e+2, 123456789012345678901234567890, 9007199254740993, 1e-999]"
        let values = elements(try parse(text)).map { number($0) }
        #expect(values == [0, 0, 13000, -42, 0.1, -2.5, 1000, 0.02, 150, 1.2345678901234568e29, 9007199254740992, 0])
        #expect(number(try parse("-0"))?.sign == .minus)
        #expect(number(try parse(" 7 ")) == 7)
    }

    @Test("Describes positions and errors as line:column")
    func descriptions() {
        #expect(at(3, 14).description == "3:14")
        #expect(error("unterminated string", 2, 5).description == "2:5: unterminated string")
    }

    // MARK: Errors

    struct ErrorCase: Sendable, CustomTestStringConvertible {
        var input: String
        var message: String
        var line: Int
        var column: Int
        var testDescription: String { "\(input.debugDescription) -> \(message)" }
        init(_ input: String, _ message: String, _ line: Int, _ column: Int) {
            (self.input, self.message, self.line, self.column) = (input, message, line, column)
        }
    }

    @Test("Reports each syntax error with its message and exact position", arguments: [
        ErrorCase("", "unexpected end of input", 1, 1),
        ErrorCase("  \n ", "unexpected end of input", 2, 2),
        ErrorCase("{\"a\": 1\n \"b\": 2}", "expected ',' or '}' after object member", 2, 2),
        ErrorCase("[1 2]", "expected ',' or ']' after array element", 1, 4),
        ErrorCase("{\"a\" 1}", "expected ':' after object key", 1, 6),
        ErrorCase("{1: 2}", "expected a string key", 1, 2),
        ErrorCase("[1,", "unexpected end of input", 1, 4),
        ErrorCase("{\"a\": [1, \"abc", "unterminated string", 1, 11),
        ErrorCase("\"abc\\", "unterminated string", 1, 1),
        ErrorCase("[\"ok\", \"a\\qb\"]", "invalid escape \\q", 1, 10),
        ErrorCase("\"中\\é\"", "invalid escape \\é", 1, 3),
        ErrorCase("{\"a\":\n  \"line\nbreak\"}", "control character U+000A in string (escape it as \\n)", 2, 8),
        ErrorCase("\"tab\there\"", "control character U+0009 in string (escape it as \\t)", 1, 5),
        ErrorCase("\"bell\u{07}\"", "control character U+0007 in string (escape it as \\u0007)", 1, 6),
        ErrorCase("[1] [2]", "trailing characters after the JSON value", 1, 5),
        ErrorCase("{}\n}", "trailing characters after the JSON value", 2, 1),
        ErrorCase("[NaN]", "NaN and Infinity are not allowed: numbers must be finite", 1, 2),
        ErrorCase("[1, Infinity]", "NaN and Infinity are not allowed: numbers must be finite", 1, 5),
        ErrorCase("[1, -Infinity]", "NaN and Infinity are not allowed: numbers must be finite", 1, 5),
        ErrorCase("[1e999]", "number out of range", 1, 2),
        ErrorCase("-1e999", "number out of range", 1, 1),
        ErrorCase("[01]", "leading zeros are not allowed in numbers", 1, 2),
        ErrorCase("-007", "leading zeros are not allowed in numbers", 1, 2),
        ErrorCase("[+1]", "a number cannot start with '+'", 1, 2),
        ErrorCase("[.5]", "a number cannot start with '.' (write 0.5, not .5)", 1, 2),
        ErrorCase("[1.]", "expected a digit after '.'", 1, 4),
        ErrorCase("1.e5", "expected a digit after '.'", 1, 3),
        ErrorCase("[1e]", "expected a digit in the exponent", 1, 4),
        ErrorCase("1e+", "unexpected end of input", 1, 4),
        ErrorCase("[-]", "expected a digit after '-'", 1, 3),
        ErrorCase("[tru]", "invalid literal 'tru' (strings need double quotes)", 1, 2),
        ErrorCase("{\"color\": red}", "invalid literal 'red' (strings need double quotes)", 1, 11),
        ErrorCase("[1, }", "expected a value", 1, 5),
        ErrorCase("\"\\ud800\"", "unpaired surrogate \\uD800 in string", 1, 2),
        ErrorCase("\"x\\uDC00\"", "unpaired surrogate \\uDC00 in string", 1, 3),
        ErrorCase("\"\\uD83D\\u0041\"", "unpaired surrogate \\uD83D in string", 1, 2),
        ErrorCase("\"\\u12G4\"", "invalid \\u escape: expected 4 hex digits", 1, 2),
        ErrorCase("\"\\u12", "invalid \\u escape: expected 4 hex digits", 1, 2),
        ErrorCase("[1, // note\n 2]", "comments are not allowed in strict JSON", 1, 5),
        ErrorCase("/* a */ 1", "comments are not allowed in strict JSON", 1, 1),
        ErrorCase("[1,\n 2,\n]", "trailing comma before ']' is not allowed", 2, 3),
        ErrorCase("{\"a\": 1,}", "trailing comma before '}' is not allowed", 1, 8),
        ErrorCase("{name: 1}", "object keys must be in double quotes", 1, 2),
    ])
    func reportsSyntaxErrors(_ c: ErrorCase) {
        #expect(throws: error(c.message, c.line, c.column)) { try parse(c.input) }
    }

    @Test("Reports invalid UTF-8 at the offending byte, counting columns in scalars")
    func invalidUTF8() {
        let cases: [([UInt8], String, TextPosition)] = [
            (Array("[\"中".utf8) + [0xFF] + Array("\"]".utf8), "invalid UTF-8 byte 0xFF", at(1, 4)),
            ([0x5B, 0xFF, 0x5D], "invalid UTF-8 byte 0xFF", at(1, 2)),
            (Array("\"a".utf8) + [0xC0, 0xAF, 0x22], "invalid UTF-8 byte 0xC0", at(1, 3)),   // overlong
            (Array("\"".utf8) + [0xED, 0xA0, 0x80, 0x22], "invalid UTF-8 byte 0xED", at(1, 2)), // encoded surrogate
            (Array("\"".utf8) + [0xE4, 0xB8], "invalid UTF-8 byte 0xE4", at(1, 2)),             // truncated
            (Array("\"".utf8) + [0x80, 0x22], "invalid UTF-8 byte 0x80", at(1, 2)),             // stray continuation
            (Array("1\n  ".utf8) + [0xFE], "invalid UTF-8 byte 0xFE", at(2, 3)),
        ]
        for (bytes, message, position) in cases {
            #expect(throws: JSONSyntaxError(message: message, position: position)) { try JSONParser.parse(bytes) }
        }
    }

    @Test("Limits nesting depth and reports the first level too deep")
    func nestingLimit() throws {
        let ok = String(repeating: "[", count: 128) + String(repeating: "]", count: 128)
        #expect(throws: Never.self) { try parse(ok) }
        let deep = String(repeating: "[", count: 129) + String(repeating: "]", count: 129)
        #expect(throws: error("nesting deeper than 128 levels", 1, 129)) { try parse(deep) }
        let objects = String(repeating: "{\"a\":", count: 200)
        #expect(throws: error("nesting deeper than 128 levels", 1, 129 * 5 - 4)) { try parse(objects) }
        // A hostile 1 MB of brackets must stop at the limit rather than overflow the stack.
        #expect(throws: error("nesting deeper than 128 levels", 1, 129)) {
            try JSONParser.parse([UInt8](repeating: 0x5B, count: 1_000_000))
        }
        let shallow = JSONParseOptions(maxDepth: 2)
        #expect(throws: Never.self) { try parse("[[1]]", shallow) }
        #expect(throws: error("nesting deeper than 2 levels", 1, 3)) { try parse("[[[1]]]", shallow) }
    }

    // MARK: Relaxed options

    @Test("Accepts comments, trailing commas and unquoted keys only when relaxed")
    func relaxedSyntax() throws {
        let theme = """
        // Theme for dark terminals
        {
          background: "black", /* block
          comment spanning lines */ "accent": "#ff8800",
          $private_1: [1, 2, 3,],
        }
        """
        #expect(throws: error("comments are not allowed in strict JSON", 1, 1)) { try parse(theme) }
        let root = try parse(theme, .relaxed)
        #expect(members(root).map(\.key) == ["background", "accent", "$private_1"])
        #expect(members(root).map(\.keyPosition) == [at(3, 3), at(4, 29), at(5, 3)])
        #expect(member(root, "accent")?.value.position == at(4, 39))
        #expect(elements(try #require(member(root, "$private_1")).value).count == 3)

        #expect(throws: error("trailing comma before ']' is not allowed", 1, 3)) { try parse("[1,]") }
        #expect(number(elements(try parse("[1,]", JSONParseOptions(allowTrailingCommas: true))).first) == 1)
        #expect(throws: error("object keys must be in double quotes", 1, 2)) { try parse("{a: 1}", JSONParseOptions(allowComments: true)) }
        #expect(member(try parse("{a: 1}", JSONParseOptions(allowUnquotedKeys: true)), "a") != nil)
        #expect(number(try parse("1 // done", JSONParseOptions(allowComments: true))) == 1)
    }

    @Test("Still rejects malformed comments and double trailing commas when relaxed")
    func relaxedErrors() {
        #expect(throws: error("unterminated comment", 2, 3)) { try parse("[1,\n  /* never closed\n", .relaxed) }
        #expect(throws: error("expected '//' or '/*' to start a comment", 1, 5)) { try parse("[1, /x]", .relaxed) }
        #expect(throws: error("expected a value", 1, 4)) { try parse("[1,,]", .relaxed) }
        #expect(throws: error("expected a value", 1, 2)) { try parse("[,]", .relaxed) }
        #expect(throws: error("expected a string key", 1, 2)) { try parse("{,}", .relaxed) }
        #expect(throws: error("invalid UTF-8 byte 0xFF", 1, 6)) {
            try JSONParser.parse(Array("/* é ".utf8) + [0xFF] + Array(" */ 1".utf8), options: .relaxed)
        }
    }

    // MARK: Scale and robustness

    @Test("Parses a 5 MB single-line array of objects")
    func parsesLargeInput() throws {
        var bytes: [UInt8] = [0x5B]
        var count = 0
        while bytes.count < 5_000_000 {
            if count > 0 { bytes.append(0x2C) }
            bytes += Array(#"{"id": \#(count), "name": "item \#(count) 名", "price": \#(count).25, "tags": ["a", "b"], "ok": true, "none": null}"#.utf8)
            count += 1
        }
        bytes.append(0x5D)
        let items = elements(try JSONParser.parse(bytes))
        #expect(items.count == count)
        #expect(number(member(items[count - 1], "id")?.value) == Double(count - 1))
        #expect(items[1].position.line == 1)
        #expect(items[count - 1].position.column > items[count - 2].position.column)
    }


    @Test("Never crashes on random bytes or mutated documents")
    func fuzz() {
        var random = SplitMix64(seed: 0x1D45_2024)
        let alphabet = Array(#"{}[]:,"\/ubfnrt0123456789-+.eE truefalsenullNaInfy*\#n\#r\#t"#.utf8) + [0xE4, 0xB8, 0xAD, 0xFF, 0xED, 0xA0, 0xF0, 0x9F, 0x00, 0x1F]
        let seeds = [
            #"{"a": [1, -2.5e3, true, null, {"b": "x\u00e9\ud83d\ude00"}], "c": "中文"}"#,
            "// c\n{a: [1, 2,], /* b */ \"k\": {\"z\": [[[]]]},}",
            #"[0, 13000, 0.1, 1e-5, "\\\"\n", false]"#,
        ].map { Array($0.utf8) }
        var parsed = 0, rejected = 0
        func check(_ bytes: [UInt8]) {
            let lines = bytes.filter { $0 == 0x0A }.count + 1
            for options in [JSONParseOptions.strict, .relaxed] {
                let recovered = JSONParser.parseRecovering(bytes, options: options, maxErrors: 8)
                do {
                    _ = try JSONParser.parse(bytes, options: options)
                    #expect(recovered.errors.isEmpty && recovered.value != nil, "\(recovered.errors) for \(bytes)")
                    parsed += 1
                } catch {
                    // Typed throws already guarantees a JSONSyntaxError; its position must be sane.
                    #expect(error.position.line >= 1 && error.position.line <= lines, "\(error) for \(bytes)")
                    #expect(error.position.column >= 1 && error.position.column <= bytes.count + 1, "\(error) for \(bytes)")
                    // Recovering changes nothing up to the first error, and stays in the file after it.
                    #expect(recovered.errors.first == error, "\(recovered.errors) for \(bytes)")
                    #expect(recovered.errors.count <= 8)
                    #expect(recovered.errors.allSatisfy { $0.position.line >= 1 && $0.position.line <= lines
                        && $0.position.column >= 1 && $0.position.column <= bytes.count + 1 }, "\(recovered.errors) for \(bytes)")
                    rejected += 1
                }
            }
        }
        for _ in 0..<2_000 {
            let length = random.below(40)
            check((0..<length).map { _ in
                random.below(4) == 0 ? UInt8(truncatingIfNeeded: random.next()) : alphabet[random.below(alphabet.count)]
            })
        }
        for _ in 0..<3_000 {
            var bytes = seeds[random.below(seeds.count)]
            for _ in 0...random.below(3) {
                let i = random.below(bytes.count)
                switch random.below(4) {
                case 0: bytes[i] = alphabet[random.below(alphabet.count)]
                case 1: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: i)
                case 2: bytes.remove(at: i)
                default: bytes.removeSubrange(i...)
                }
                if bytes.isEmpty { break }
            }
            check(bytes)
        }
        #expect(parsed + rejected == 10_000)
        #expect(parsed > 0 && rejected > 0)
    }

    // MARK: Recovering after errors

    /// Every error of a recovering parse, as `line:column: message`.
    private func recovered(_ text: String, _ options: JSONParseOptions = .strict, maxErrors: Int = 100) -> [String] {
        JSONParser.parseRecovering(Array(text.utf8), options: options, maxErrors: maxErrors).errors.map(\.description)
    }

    /// The members of a recovered object as `key=type`, unreadable ones included.
    private func recoveredMembers(_ text: String, _ options: JSONParseOptions = .strict) -> [String] {
        guard let value = JSONParser.parseRecovering(Array(text.utf8), options: options).value else { return ["no value"] }
        return members(value).map { "\($0.key)=\($0.value.typeName)" }
    }

    @Test("A recovering parse reports every syntax error and reads on at the next member")
    func recoversAtTheNextMember() {
        let text = """
        {
          "id": "x",
          "order": 1x,
          "name": tru,
          "list": [1 2, 3],
          "a": "ok" "b": 4,
          "c": 5,
        }
        """
        #expect(recovered(text) == [
            "3:12: '1x' is not a number",
            "4:11: invalid literal 'tru' (strings need double quotes)",
            "5:14: expected ',' or ']' after array element",
            "6:13: expected ',' or '}' after object member",
            "7:9: trailing comma before '}' is not allowed",
        ])
        #expect(recoveredMembers(text) == [
            "id=string", "order=unreadable value", "name=unreadable value", "list=array", "a=string", "b=number", "c=number",
        ])
        // The first error is the one `parse` stops at.
        #expect(throws: error("'1x' is not a number", 3, 12)) { try parse(text) }
    }

    @Test("A recovering parse resumes after the string an error was in, and after the line an unclosed one ends")
    func recoversPastStrings() {
        #expect(recovered(#"["a\qb, c", 1, tru]"#) == [
            "1:4: invalid escape \\q",
            "1:16: invalid literal 'tru' (strings need double quotes)",
        ])
        #expect(recovered("{\"a\": \"open,\n \"b\": 1,\n \"c\": tru}") == [
            "1:13: control character U+000A in string (escape it as \\n)",
            "3:7: invalid literal 'tru' (strings need double quotes)",
        ])
        // Brackets, commas and strings inside the broken member are skipped whole.
        let nested = #"{"a": {"k" [1, {"x": ","}], "j": 2}, "b": 2}"#
        #expect(recovered(nested) == ["1:12: expected ':' after object key"])
        #expect(recoveredMembers(nested) == ["a=object", "b=number"])
    }

    @Test("A key that cannot be read is kept as an unreadable member without a key")
    func recoversAfterABadKey() {
        #expect(recovered(#"{"a": 1, b: 2, "c": 3}"#) == ["1:10: object keys must be in double quotes"])
        #expect(recoveredMembers(#"{"a": 1, b: 2, "c": 3}"#) == ["a=number", "=unreadable value", "c=number"])
    }

    @Test("Comments in strict JSON are reported and read past")
    func recoversPastComments() {
        #expect(recovered("[1, // note\n 2, /* x */ 3]") == [
            "1:5: comments are not allowed in strict JSON",
            "2:5: comments are not allowed in strict JSON",
        ])
        let value = JSONParser.parseRecovering(Array("[1, // note\n 2]".utf8)).value
        #expect(value.map { elements($0).map { number($0) } } == [1, 2])
    }

    @Test("Where the brackets do not balance, recovery stops and gives no value")
    func stopsWhereTheShapeIsLost() {
        let cases: [(String, [String])] = [
            (#"{"a": [1, 2}, "b": tru}"#, ["1:12: expected ',' or ']' after array element"]),
            (#"{"a": tru, "b": [1,"#, ["1:7: invalid literal 'tru' (strings need double quotes)", "1:20: unexpected end of input"]),
            (#"{"a": 1}}"#, ["1:9: trailing characters after the JSON value"]),
            ("[1, /* never closed\n", ["1:5: unterminated comment"]),
        ]
        for (text, errors) in cases {
            let options: JSONParseOptions = text.contains("/*") ? .relaxed : .strict
            let document = JSONParser.parseRecovering(Array(text.utf8), options: options)
            #expect(document.errors.map(\.description) == errors, "\(text)")
            #expect(document.value == nil, "\(text)")
        }
        let deep = JSONParser.parseRecovering([UInt8](repeating: 0x5B, count: 1_000_000))
        #expect(deep.errors.map(\.description) == ["1:129: nesting deeper than 128 levels", "1:1000001: unexpected end of input"])
    }

    @Test("A recovering parse stops after its most errors, giving no value")
    func stopsAfterTooManyErrors() {
        #expect(recovered("[tru, tru, tru, tru]", maxErrors: 2) == [
            "1:2: invalid literal 'tru' (strings need double quotes)",
            "1:7: invalid literal 'tru' (strings need double quotes)",
        ])
        #expect(JSONParser.parseRecovering(Array("[tru, tru, tru]".utf8), maxErrors: 2).value == nil)
    }

    @Test("A number with a letter in it is reported as not a number, not as a missing comma")
    func aTypoInANumberIsNotANumber() {
        #expect(throws: error("'4O' is not a number", 1, 7)) { try parse("{\"a\": 4O}") }
        #expect(throws: error("'12px' is not a number", 1, 2)) { try parse("[12px, 3]") }
        #expect(throws: error("'3.5kg' is not a number", 1, 2)) { try parse("[3.5kg]") }
        // Still numbers, and still the grammar's own messages where they are the better ones.
        #expect(throws: error("expected a digit in the exponent", 1, 4)) { try parse("[1e]") }
        #expect((try? parse("[1e5, -2.5E-3]")) != nil)
    }
}
