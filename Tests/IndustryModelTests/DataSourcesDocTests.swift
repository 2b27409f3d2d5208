import BuiltinData
import Foundation
import Testing
@testable import IndustryModel

/// docs/data-sources.md lists every dated observation of the built-in data with its
/// publisher and address (written by .ci/data-sources.py): a figure added without a line
/// there, or a line left after its figure went, fails here.
@Test func theDataSourcesPageListsEveryObservation() throws {
    let page = fixtures.replacingFirst("/Tests/Fixtures", with: "/docs/data-sources.md")
    let text = try String(contentsOfFile: page, encoding: .utf8)
    let rows = text.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| city") && !$0.hasPrefix("| ---") }
    var listed: [String: Double] = [:]
    for row in rows {
        let cells = row.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        let kind = cells[5].contains("baseline") ? "baseline" : "observation"
        listed[[cells[1], cells[2], cells[3], kind].joined(separator: " ")] = Double(cells[4])
    }
    let dataset = try BuiltinData.load()
    var expected: [String: Double] = [:]
    for city in dataset.cities {
        for indicator in city.indicators {
            for observation in indicator.observations {
                expected["\(city.id) \(indicator.id) \(observation.date) observation"] = observation.value
            }
            if let baseline = indicator.baseline, city.source(baseline.source)?.link != nil {
                expected["\(city.id) \(indicator.id) \(baseline.date) baseline"] = baseline.value
            }
        }
    }
    for (key, value) in expected.sorted(by: { $0.key < $1.key }) {
        #expect(listed[key] == value, "docs/data-sources.md lacks \(key) = \(value): run python3 .ci/data-sources.py")
    }
    for key in Set(listed.keys).subtracting(expected.keys).sorted() {
        Issue.record("docs/data-sources.md lists \(key), which the data does not have")
    }
    #expect(expected.count >= 50)
}
