import Testing
import TestSupport
import FileFormats

@Suite("CSVReader")
struct CSVReaderTests {
    private func parse(_ text: String) throws(CSVSyntaxError) -> [CSVRecord] {
        try CSVReader.parse(Array(text.utf8))
    }

    private func texts(_ records: [CSVRecord]) -> [[String]] {
        records.map { $0.fields.map(\.text) }
    }

    private func at(_ line: Int, _ column: Int) -> TextPosition {
        TextPosition(line: line, column: column)
    }

    private func error(_ message: String, _ line: Int, _ column: Int) -> CSVSyntaxError {
        CSVSyntaxError(message: message, position: at(line, column))
    }

    @Test("a simple file gives one record per line with field positions")
    func simpleFile() throws {
        let records = try parse("city,indicator,date,value,source\nBeijing,GDP,2023-12-31,4376.06,NBS\n")
        #expect(texts(records) == [
            ["city", "indicator", "date", "value", "source"],
            ["Beijing", "GDP", "2023-12-31", "4376.06", "NBS"],
        ])
        #expect(records.map(\.line) == [1, 2])
        #expect(records[1].fields.map(\.position) == [at(2, 1), at(2, 9), at(2, 13), at(2, 24), at(2, 32)])
    }

    @Test("a byte order mark is skipped and columns start after it")
    func byteOrderMark() throws {
        let records = try CSVReader.parse([0xEF, 0xBB, 0xBF] + Array("a,b\n".utf8))
        #expect(texts(records) == [["a", "b"]])
        #expect(records[0].fields.map(\.position) == [at(1, 1), at(1, 3)])
    }

    @Test("CRLF line breaks end records")
    func crlf() throws {
        let records = try parse("a,b\r\nc,d\r\n")
        #expect(texts(records) == [["a", "b"], ["c", "d"]])
        #expect(records[1].fields.map(\.position) == [at(2, 1), at(2, 3)])
    }

    @Test("a lone CR ends a record like LF")
    func loneCR() throws {
        let records = try parse("a,b\rc,d\re")
        #expect(texts(records) == [["a", "b"], ["c", "d"], ["e"]])
        #expect(records.map(\.line) == [1, 2, 3])
    }

    @Test("a quoted field keeps commas, doubled quotes and CRLF, and later positions stay right")
    func quotedField() throws {
        let records = try parse("x,\"a, \"\"b\"\"\r\nc\",y\r\nnext,row\r\n")
        #expect(texts(records) == [["x", "a, \"b\"\r\nc", "y"], ["next", "row"]])
        #expect(records[0].fields.map(\.position) == [at(1, 1), at(1, 3), at(2, 4)])
        #expect(records.map(\.line) == [1, 3])
        #expect(records[1].fields.map(\.position) == [at(3, 1), at(3, 6)])
    }

    @Test("Chinese text counts one column per scalar")
    func chineseText() throws {
        let records = try parse("北京,\"国内生产总值, 亿元\",2023-12-31\n")
        #expect(texts(records) == [["北京", "国内生产总值, 亿元", "2023-12-31"]])
        // 北京 is two scalars, the quoted field is 1 + 10 + 1 scalars.
        #expect(records[0].fields.map(\.position) == [at(1, 1), at(1, 4), at(1, 17)])
    }

    @Test("empty fields are kept and a trailing comma gives an empty last field")
    func emptyFields() throws {
        let records = try parse(",a,,\n\"\",b,\n")
        #expect(texts(records) == [["", "a", "", ""], ["", "b", ""]])
        #expect(records[0].fields.map(\.position) == [at(1, 1), at(1, 2), at(1, 4), at(1, 5)])
    }

    @Test("whitespace around fields is kept as is")
    func whitespaceKept() throws {
        #expect(texts(try parse(" a , b\t\n")) == [[" a ", " b\t"]])
    }

    @Test("blank lines are skipped but still counted")
    func blankLinesSkipped() throws {
        let records = try parse("\n\na,b\n\r\n\rc,d\n\n")
        #expect(texts(records) == [["a", "b"], ["c", "d"]])
        #expect(records.map(\.line) == [3, 6])
        #expect(try parse("").isEmpty)
        #expect(try parse("\r\n\n").isEmpty)
    }

    @Test("an unterminated quoted field is reported at its opening quote")
    func unterminatedQuote() {
        #expect(throws: error("unterminated quoted field", 2, 3)) {
            try parse("a,b\nc,\"open\nmore,fields\n")
        }
    }

    @Test("a character after a closing quote is reported where it stands")
    func characterAfterClosingQuote() {
        #expect(throws: error("unexpected character 'c' after closing quote", 2, 5)) {
            try parse("name\n\"ab\"c,d\n")
        }
        #expect(throws: error("unexpected character ' ' after closing quote", 1, 4)) {
            try parse("\"a\" ,b")
        }
        #expect(throws: error("unexpected character '\\t' after closing quote", 1, 4)) {
            try parse("\"a\"\t")
        }
        #expect(throws: error("unexpected character '元' after closing quote", 1, 6)) {
            try parse("亿,\"1\"元")
        }
    }

    @Test("a quote inside an unquoted field is reported at the quote")
    func quoteInsideUnquotedField() {
        #expect(throws: error("quote inside an unquoted field (quote the whole field and double the quote)", 2, 4)) {
            try parse("a,b\nc,5\"x\n")
        }
    }

    @Test("invalid UTF-8 is reported at the first byte of the bad sequence")
    func invalidUTF8() {
        #expect(throws: error("invalid UTF-8 byte 0xFF", 1, 3)) {
            try CSVReader.parse([0x61, 0x2C, 0xFF])
        }
        // Two scalars of Chinese before the bad byte: column 4, not byte offset 8.
        #expect(throws: error("invalid UTF-8 byte 0x80", 2, 4)) {
            try CSVReader.parse(Array("x\n北京,".utf8) + [0x80])
        }
        #expect(throws: error("invalid UTF-8 byte 0xE4", 1, 2)) {  // cut short by the end
            try CSVReader.parse([0x61, 0xE4, 0xB8])
        }
        #expect(throws: error("invalid UTF-8 byte 0xC0", 1, 1)) {  // overlong
            try CSVReader.parse([0xC0, 0x80])
        }
        #expect(throws: error("invalid UTF-8 byte 0xED", 2, 2)) {  // surrogate, inside quotes
            try CSVReader.parse(Array("\"a\n".utf8) + [0x62, 0xED, 0xA0, 0x80, 0x22])
        }
        #expect(throws: error("invalid UTF-8 byte 0xF4", 1, 1)) {  // above U+10FFFF
            try CSVReader.parse([0xF4, 0x90, 0x80, 0x80])
        }
    }

    @Test("a file exported by a spreadsheet (BOM, CRLF, quoted header) parses")
    func spreadsheetExport() throws {
        let text = "\"city\",\"indicator\",\"date\",\"value\",\"source\"\r\n"
            + "Beijing,GDP,2023-12-31,4376.06,\"NBS, 2024 release\"\r\n"
            + "上海,GDP,2023-12-31,4721.87,\"上海统计局 \"\"年鉴\"\"\"\r\n"
        let records = try CSVReader.parse([0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(texts(records) == [
            ["city", "indicator", "date", "value", "source"],
            ["Beijing", "GDP", "2023-12-31", "4376.06", "NBS, 2024 release"],
            ["上海", "GDP", "2023-12-31", "4721.87", "上海统计局 \"年鉴\""],
        ])
        #expect(records[0].fields.map(\.position) == [at(1, 1), at(1, 8), at(1, 20), at(1, 27), at(1, 35)])
        #expect(records[2].fields.map(\.position) == [at(3, 1), at(3, 4), at(3, 8), at(3, 19), at(3, 27)])
    }

    @Test("records of different lengths are returned for the caller to check")
    func raggedRecords() throws {
        #expect(texts(try parse("a,b,c\nd\ne,f,g,h\n")) == [["a", "b", "c"], ["d"], ["e", "f", "g", "h"]])
    }

    @Test("written fields read back the same, whatever they contain")
    func roundTrip() throws {
        var random = SplitMix64(seed: 42)
        let pieces = ["a", "7", " ", ",", "\"", "\r\n", "\n", "\r", "北", "é", "😀", "\t"]
        for _ in 0..<500 {
            let table = (0..<random.below(4) + 1).map { _ in
                (0..<random.below(4) + 1).map { _ in
                    (0..<random.below(5)).map { _ in pieces[random.below(pieces.count)] }.joined()
                }
            }
            let text = table.map { $0.map(quoted).joined(separator: ",") }.joined(separator: "\r\n")
            #expect(texts(try parse(text)) == table, "\(text.debugDescription)")
        }
    }

    @Test("random and mutated input either parses or throws a syntax error, never crashes")
    func fuzz() {
        var random = SplitMix64(seed: 2024)
        // Bytes that matter to the parser, so random input reaches the interesting paths.
        let alphabet: [UInt8] = [0x2C, 0x22, 0x0D, 0x0A, 0x61, 0x20, 0xEF, 0xBB, 0xBF, 0xE4, 0xB8, 0x80, 0xC3, 0xA9, 0xFF, 0xF0, 0x9F, 0xED]
        let valid = Array(("\u{FEFF}\"city\",indicator,date,value,source\r\n"
            + "北京,GDP,2023-12-31,\"4,376.06\",\"NBS \"\"A\"\"\r\nline\"\r\n\r\n"
            + "上海,,2023-12-31,1.5,\rx,y\n").utf8)
        #expect((try? CSVReader.parse(valid))?.map(\.line) == [1, 2, 5, 6])
        var inputs: [[UInt8]] = []
        for round in 0..<3000 {
            let length = random.below(48)
            if round % 3 == 0 {
                inputs.append((0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) })
            } else {
                inputs.append((0..<length).map { _ in alphabet[random.below(alphabet.count)] })
            }
        }
        for _ in 0..<2000 {
            var bytes = valid
            for _ in 0..<random.below(3) + 1 {
                let index = random.below(bytes.count + 1)
                switch random.below(3) {
                case 0 where index < bytes.count: bytes.remove(at: index)
                case 1 where index < bytes.count: bytes[index] = alphabet[random.below(alphabet.count)]
                default: bytes.insert(alphabet[random.below(alphabet.count)], at: index)
                }
            }
            inputs.append(bytes)
        }
        var parsed = 0, rejected = 0
        for bytes in inputs {
            do {
                let records = try CSVReader.parse(bytes)
                parsed += 1
                #expect(records.allSatisfy { !$0.fields.isEmpty && $0.line >= 1 })
                #expect(zip(records, records.dropFirst()).allSatisfy { $0.line < $1.line })
            } catch {
                rejected += 1
                #expect(error.position.line >= 1 && error.position.column >= 1)
                #expect(!error.message.isEmpty)
            }
        }
        // Both outcomes must occur, or the generator is not exercising the parser.
        #expect(parsed > 100 && rejected > 100)
    }

    @Test("a long quoted field with many doubled quotes parses in one pass")
    func longInput() throws {
        let field = String(repeating: "\"\"", count: 200_000)
        let records = try parse("\"" + field + "\",x\n")
        #expect(records[0].fields[0].text.utf8.count == 200_000)
        #expect(records[0].fields[1].position == at(1, 400_004))
    }
}

/// Quotes a field only when it needs it, as spreadsheets do; empty fields are
/// quoted so a record of one empty field is not mistaken for a blank line.
private func quoted(_ field: String) -> String {
    let needsQuotes = field.isEmpty || field.unicodeScalars.contains { "\",\r\n".unicodeScalars.contains($0) }
    guard needsQuotes else { return field }
    return "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"") + "\""
}

