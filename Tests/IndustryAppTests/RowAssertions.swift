import Testing

/// The rows at the given indices are exactly these: whole rows, so a figure that moved to
/// another row, lost its date or gained a word fails.
func expectRows(_ lines: [String], _ expected: [Int: String], _ what: String,
                sourceLocation: SourceLocation = #_sourceLocation) {
    for (index, row) in expected.sorted(by: { $0.key < $1.key }) {
        let actual = lines.indices.contains(index) ? lines[index] : "(no row \(index))"
        #expect(actual == row, "\(what) row \(index)", sourceLocation: sourceLocation)
    }
}
