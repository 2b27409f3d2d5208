import Foundation
import IndustryViews
import Testing

/// The README's key table is the key table's: help, the footer and the README read the
/// same rows. A key added or reworded without the README following fails here;
/// `IDASH_UPDATE_README=1 swift test --filter ReadmeKeys` writes it.
@Test func theReadmeKeyTableIsWrittenFromTheKeyTable() throws {
    let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("README.md").path
    let text = try String(contentsOfFile: readme, encoding: .utf8)
    let begin = "(KeyTable.markdown); IDASH_UPDATE_README=1 swift test --filter ReadmeKeys -->\n", end = "\n<!-- end of keys -->"
    guard let start = text.range(of: begin), let stop = text.range(of: end, range: start.upperBound..<text.endIndex) else {
        Issue.record("README.md lacks the key table's markers")
        return
    }
    let table = KeyTable.markdown(.en)
    if ProcessInfo.processInfo.environment["IDASH_UPDATE_README"] == "1" {
        try (String(text[..<start.upperBound]) + table + String(text[stop.lowerBound...])).write(toFile: readme, atomically: true, encoding: .utf8)
        return
    }
    #expect(String(text[start.upperBound..<stop.lowerBound]) == table)
}
