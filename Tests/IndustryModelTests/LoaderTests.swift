import Testing
import Foundation
import FileFormats
@testable import IndustryModel

/// The test fixtures folder, found from this file so tests run from any working directory.
let fixtures: String = {
    let file = "\(#filePath)"
    let tests = file[..<file.range(of: "/IndustryModelTests/")!.lowerBound]
    return tests + "/Fixtures"
}()

private func messages(loading directory: String, afterSyntaxError: AfterSyntaxError = .stop) -> [String] {
    do {
        _ = try DatasetLoader.load(directory: directory, afterSyntaxError: afterSyntaxError)
        return []
    } catch {
        return error.diagnostics.map(\.description)
    }
}

@Test func everyProblemInABadDirectoryIsReportedWithFileLineAndColumn() {
    let dir = fixtures + "/invalid-data"
    let found = messages(loading: dir)
    let expected = [
        "\(dir)/city.json:5:3: unknown field 'colour' in the city file (known fields: id, order, name, sources, system, goals, departments, categories, clusters, indicators, facts, entities, actions, notes)",
        "\(dir)/city.json:13:26: field 'value' must be a number, found \"ten\"",
        "\(dir)/city.json:14:12: duplicate indicator id 'growth' (first defined at 12:12)",
        "\(dir)/city.json:15:16: missing field 'source' in a target",
        "\(dir)/city.json:18:16: target year 2020 is before the baseline date 2024-12-31",
        "\(dir)/city.json:20:50: a share of a whole is from 0 to 100 percent, found 130",
        "\(dir)/city.json:24:91: unknown indicator 'no-such-indicator' (known indicators: early, growth, share)",
        "\(dir)/nan.json:6:86: NaN and Infinity are not allowed: numbers must be finite",
        "\(dir)/syntaxville.json:5:3: expected ',' or '}' after object member",
        "\(dir)/observations.csv:2:29: value must be a finite decimal number, found \"inf\"",
        "\(dir)/observations.csv:3:18: date must be written YYYY-MM-DD, found \"2025-13-01\"",
    ]
    for message in expected {
        #expect(found.contains(message), "missing: \(message)\nfound:\n\(found.joined(separator: "\n"))")
    }
    #expect(found.count == expected.count, "found:\n\(found.joined(separator: "\n"))")
}

@Test func validatingReadsOnPastSyntaxErrorsToTheRestOfEachFile() {
    let dir = fixtures + "/invalid-data"
    let found = messages(loading: dir, afterSyntaxError: .resume).filter { !$0.hasPrefix("\(dir)/city.json:") }
    #expect(found == [
        // What the NaN hid: the fact's other fields were never checked.
        "\(dir)/nan.json:6:13: missing field 'unit' in a fact",
        "\(dir)/nan.json:6:13: missing field 'date' in a fact",
        "\(dir)/nan.json:6:13: missing field 'source' in a fact",
        "\(dir)/nan.json:6:86: NaN and Infinity are not allowed: numbers must be finite",
        // A wrong type before the syntax error, a bare word after it and a typo further down.
        "\(dir)/syntaxville.json:3:12: field 'order' must be a whole number from 1 to 999, found \"3\"",
        "\(dir)/syntaxville.json:5:3: expected ',' or '}' after object member",
        "\(dir)/syntaxville.json:10:81: invalid literal 'percent' (strings need double quotes)",
        "\(dir)/syntaxville.json:13:16: missing field 'year' in a target",
        "\(dir)/syntaxville.json:13:30: unknown field 'yaer' in a target (did you mean 'year'? known fields: value, text, year, qualifiers, wording, source)",
        "\(dir)/observations.csv:2:29: value must be a finite decimal number, found \"inf\"",
        "\(dir)/observations.csv:3:18: date must be written YYYY-MM-DD, found \"2025-13-01\"",
    ])
}

@Test func aFourthCityLoadsAndComparesWithTheOthers() throws {
    let dataset = try DatasetLoader.load(directory: fixtures + "/fourth-city")
    let wuxi = try #require(dataset.city("wuxi"))
    #expect(wuxi.indicators[0].observations.map(\.value) == [65])
    #expect(wuxi.progress(of: wuxi.indicators[0], asOf: Day(iso: "2025-01-01")!).share == 0.5)
}

private func city(_ body: String) -> DataFile {
    let json = """
    {"id": "c", "order": 1, "name": {"zh": "城", "en": "C"},
     "sources": [{"id": "s", "publisher": {"zh": "甲", "en": "A"}, "title": {"zh": "乙", "en": "B"}, "date": "2025-01-01",
                  "url": "https://example.gov.cn/a.html"},
                 {"id": "bare", "publisher": {"zh": "丙", "en": "C"}, "title": {"zh": "丁", "en": "D"}, "date": "2025-01-01"},
                 {"id": "early", "publisher": {"zh": "戊", "en": "E"}, "title": {"zh": "己", "en": "F"}, "date": "2024-03-01",
                  "via": {"zh": "转载", "en": "reprint"}, "viaUrl": "http://mirror.example/b.html"}],
     "categories": [{"id": "k", "name": {"zh": "类", "en": "K"}}]\(body)}
    """
    return DataFile(name: "c.json", bytes: Array(json.utf8))
}

private func problems(_ files: [DataFile]) -> [String] {
    do {
        _ = try DatasetLoader.load(files)
        return []
    } catch {
        return error.diagnostics.map(\.message)
    }
}

@Test func aMissingSourceOnAFigureIsAnError() {
    let file = city(#", "facts": [{"id": "f", "group": "economy", "name": {"zh": "数", "en": "n"}, "value": 1, "unit": "percent", "date": "2024-01-01"}]"#)
    #expect(problems([file]) == ["missing field 'source' in a fact"])
}

@Test func aReferenceToAnUnknownSourceIsAnError() {
    let file = city(#", "facts": [{"id": "f", "group": "economy", "name": {"zh": "数", "en": "n"}, "value": 1, "unit": "percent", "date": "2024-01-01", "source": "nope"}]"#)
    #expect(problems([file]) == ["unknown source 'nope' (known sources: bare, early, s)"])
}

@Test func aWrongEnumValueNamesTheAllowedOnes() {
    let file = city(#", "indicators": [{"id": "i", "name": {"zh": "指", "en": "i"}, "category": "k", "unit": "furlongs"}]"#)
    #expect(problems([file]) == ["field 'unit' must be one of percent, share, index, yi-yuan, petaflops, count, unspecified, found \"furlongs\""])
}

@Test func aHugeNumberIsOutOfRange() {
    let file = city(#", "facts": [{"id": "f", "group": "economy", "name": {"zh": "数", "en": "n"}, "value": 1e999, "unit": "percent", "date": "2024-01-01", "source": "s"}]"#)
    #expect(problems([file]).count == 1)
    #expect(problems([file]).first?.contains("out of range") == true)
}

@Test func aTargetNeedsAValueOrWordsButNotBoth() {
    let both = city(#", "indicators": [{"id": "i", "name": {"zh": "指", "en": "i"}, "category": "k", "unit": "percent", "target": {"value": 1, "text": {"zh": "高", "en": "high"}, "year": 2025, "source": "s"}}]"#)
    #expect(problems([both]) == ["a target needs either 'value' (a number) or 'text' (a qualitative target), not both or neither"])
}

@Test func idsMustBeLowercaseSlugs() {
    let file = city(#", "clusters": [{"id": "Big Cluster", "name": {"zh": "群", "en": "c"}, "sources": ["s"]}]"#)
    #expect(problems([file]) == ["cluster id 'Big Cluster' must be a lowercase ASCII slug (a-z, 0-9, '-')"])
}

@Test func aDuplicateFieldIsAnError() {
    let file = DataFile(name: "d.json", bytes: Array(#"{"id": "d", "id": "e", "order": 1, "name": {"zh": "甲", "en": "A"}, "sources": []}"#.utf8))
    #expect(problems([file]) == ["duplicate field 'id' in the city file (first at 1:2)"])
}

@Test func twoCitiesMayNotShareAnIdOrAnOrder() {
    let again = city("")
    #expect(problems([city(""), DataFile(name: "copy.json", bytes: again.bytes)])
            == ["duplicate city id 'c' (also in c.json)", "city order 1 is also used by 'c'"])
}

@Test func aSharedIndicatorIdMustKeepOneUnit() {
    let percent = city(#", "indicators": [{"id": "i", "name": {"zh": "指", "en": "i"}, "category": "k", "unit": "percent"}]"#)
    var other = String(decoding: percent.bytes, as: UTF8.self)
    other = other.replacingFirst(#""id": "c", "order": 1"#, with: #""id": "d", "order": 2"#)
        .replacingFirst(#""unit": "percent""#, with: #""unit": "count""#)
    #expect(problems([percent, DataFile(name: "d.json", bytes: Array(other.utf8))])
            == ["indicator 'i' has unit count here but percent in 'c': cities share an id only for the same measure (give this one an id of its own)"])
}

@Test func aSharedIndicatorIdWithTwoDefinitionsIsAnError() {
    // Nantong's ten-billion firms by revenue and Nanjing's by output once shared an id, and so an axis.
    let revenue = city(#", "indicators": [{"id": "i", "name": {"zh": "营业收入超百亿元工业企业", "en": "firms by revenue"}, "category": "k", "unit": "count"}]"#)
    let output = String(decoding: revenue.bytes, as: UTF8.self)
        .replacingFirst(#""id": "c", "order": 1"#, with: #""id": "d", "order": 2"#)
        .replacingFirst("营业收入超百亿元工业企业", with: "年产值超百亿元的先进制造业企业")
    #expect(problems([revenue, DataFile(name: "d.json", bytes: Array(output.utf8))]) == [
        "indicator 'i' has the name \"年产值超百亿元的先进制造业企业\" / \"firms by revenue\" here but \"营业收入超百亿元工业企业\" / \"firms by revenue\" in 'c': cities share an id only for the same measure (give this one an id of its own)",
    ])
    let measure = String(decoding: revenue.bytes, as: UTF8.self)
        .replacingFirst(#""id": "c", "order": 1"#, with: #""id": "d", "order": 2"#)
        .replacingFirst(#""unit": "count""#, with: #""unit": "count", "measure": {"zh": "个", "en": "items"}"#)
    #expect(problems([revenue, DataFile(name: "d.json", bytes: Array(measure.utf8))]).count == 1)
}

@Test func anObservationsSourceMustSayWhereItWasPublished() {
    let indicator = #", "indicators": [{"id": "i", "name": {"zh": "指", "en": "i"}, "category": "k", "unit": "index", "#
    let message = "source 'bare' has no 'url' (nor 'viaUrl'): an observation must say where it was published"
    #expect(problems([city(indicator + #""observations": [{"date": "2024-06-30", "value": 1, "source": "bare"}]}]"#)]) == [message])
    let csv = "city,indicator,date,value,source\nc,i,2024-06-30,1,bare\nc,i,2024-09-30,1,s\nc,i,2023-12-31,1,early\n"
    #expect(problems([city(indicator + #""note": null}]"#), DataFile(name: "o.csv", bytes: Array(csv.utf8))]) == [message])
    // A plan's baseline comes from the plan document, which need not have an address.
    #expect(problems([city(indicator + #""baseline": {"date": "2024-06-30", "value": 1, "source": "bare"}}]"#)]).isEmpty)
}

@Test func aResultPublishedBeforeTheDayItRefersToMustBeAForecast() {
    let indicator = #", "indicators": [{"id": "i", "name": {"zh": "指", "en": "i"}, "category": "k", "unit": "index", "#
    let csv = "city,indicator,date,value,source,qualifiers\nc,i,2024-12-31,5,early,\nc,i,2025-12-31,6,early,expected\n"
    #expect(problems([city(indicator + #""note": null}]"#), DataFile(name: "o.csv", bytes: Array(csv.utf8))]) == [
        "a figure for 2024-12-31 taken from 'early', published 2024-03-01, can only be a forecast: add the qualifier 'expected'",
    ])
}

@Test func observationsAreKnownFromTheirSourcesPublicationDay() throws {
    let indicator = #", "indicators": [{"id": "i", "name": {"zh": "指", "en": "i"}, "category": "k", "unit": "index", "#
    let csv = "city,indicator,date,value,source\nc,i,2024-01-31,5,early\nc,i,2024-12-31,7,s\n"
    let dataset = try DatasetLoader.load([city(indicator + #""observations": [{"date": "2023-06-30", "value": 4, "source": "early"}]}]"#),
                                          DataFile(name: "o.csv", bytes: Array(csv.utf8))])
    let loaded = try #require(dataset.city("c")?.indicator("i"))
    #expect(loaded.observations.map(\.published.description) == ["2024-03-01", "2024-03-01", "2025-01-01"])
    // On 2024-12-31 the 2024 figure refers to that day but had not been published yet.
    #expect(loaded.latest(asOf: Day(iso: "2024-12-31")!)?.value == 5)
    #expect(loaded.latest(asOf: Day(iso: "2025-01-01")!)?.value == 7)
}

@Test func sourcesGiveAddressesAsHttpLinks() {
    let bad = city("").bytes
    let text = String(decoding: bad, as: UTF8.self).replacingFirst("https://example.gov.cn/a.html", with: "example.gov.cn/a b")
    #expect(problems([DataFile(name: "c.json", bytes: Array(text.utf8))])
            == ["'url' must be an http:// or https:// address without spaces, found \"example.gov.cn/a b\""])
}

@Test func observationsMustNameAKnownCityIndicatorAndSource() {
    let indicator = city(#", "indicators": [{"id": "i", "name": {"zh": "指", "en": "i"}, "category": "k", "unit": "percent"}]"#)
    let csv = "city,indicator,date,value,source\nx,i,2024-01-01,1,s\nc,j,2024-01-01,1,s\nc,i,2024-01-01,1,t\nc,i,2024-01-01,1,s\nc,i,2024-01-01,2,s\n"
    #expect(problems([indicator, DataFile(name: "o.csv", bytes: Array(csv.utf8))]) == [
        "unknown city 'x' (known cities: c)",
        "unknown indicator 'j' for city 'c'",
        "unknown source 't' for city 'c'",
        "a second observation of c/i on 2024-01-01",
    ])
}

@Test func aShareOutsideZeroToAHundredIsAnErrorWhereverItIsWritten() {
    let share = #", "indicators": [{"id": "i", "name": {"zh": "指", "en": "i"}, "category": "k", "unit": "share", "#
    let message = { (value: String) in "a share of a whole is from 0 to 100 percent, found \(value)" }
    #expect(problems([city(share + #""target": {"value": 101, "year": 2025, "source": "s"}}]"#)]) == [message("101")])
    #expect(problems([city(share + #""observations": [{"date": "2024-06-30", "value": -0.5, "source": "s"}]}]"#)])
            == [message("-0.5")])
    let csv = "city,indicator,date,value,source\nc,i,2024-01-01,100.5,s\nc,i,2024-02-01,100,s\n"
    #expect(problems([city(share + "\"baseline\": {\"date\": \"2023-12-31\", \"value\": 0, \"source\": \"s\"}}]"),
                      DataFile(name: "o.csv", bytes: Array(csv.utf8))]) == [message("100.5")])
    // A growth rate may pass 100 or fall below 0.
    let growth = #", "indicators": [{"id": "i", "name": {"zh": "指", "en": "i"}, "category": "k", "unit": "percent", "#
    #expect(problems([city(growth + #""target": {"value": 130, "year": 2025, "source": "s"}}]"#)]).isEmpty)
}

@Test func observationFilesNeedTheRequiredColumns() {
    let csv = "city,indicator,when,value\n"
    #expect(problems([city(""), DataFile(name: "o.csv", bytes: Array(csv.utf8))]) == [
        "missing columns date, source in the header",
        "unknown column 'when' (columns: city, indicator, date, value, source, qualifiers, wording)",
    ])
}

@Test func csvNumbersRefuseNanInfinityAndHex() {
    #expect(ObservationTable.parseNumber("13.5") == 13.5)
    #expect(ObservationTable.parseNumber("-2e3") == -2000)
    for bad in ["nan", "NaN", "inf", "0x10", "1,000", "", " 1", "1e999"] {
        #expect(ObservationTable.parseNumber(bad) == nil, "\(bad)")
    }
}

@Test func anEmptyDirectoryOfDataIsAnError() {
    #expect(problems([]) == ["no city files (*.json) found"])
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
