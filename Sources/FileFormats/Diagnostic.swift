/// A problem found in a data file, located for editors and terminals: `file:line:column: message`.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var position: TextPosition?
    public var message: String

    public init(file: String, position: TextPosition?, message: String) {
        self.file = file
        self.position = position
        self.message = message
    }

    public var description: String {
        if let position { return "\(file):\(position.line):\(position.column): \(message)" }
        return "\(file): \(message)"
    }
}

/// A file (or files) that could not be used: every problem found, not just the first, each
/// `file:line:column: message`. One type for data, theme and deck files alike.
public struct DiagnosticsError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// One problem a line, at most `DiagnosticReport.perFile` a file.
    public var description: String { DiagnosticReport.lines(diagnostics).joined(separator: "\n") }
}

/// Collects diagnostics while a file is decoded, so one pass reports every problem.
public final class DiagnosticLog {
    /// Problems kept per file. A damaged or wrong file (a 50 MB log renamed .csv) would
    /// otherwise yield a problem a line: a million messages nobody reads, and the memory
    /// to hold them. The first ones say what is wrong; the loader stops looking after.
    public static let limit = 100
    /// The note after the last problem kept.
    public static let truncationMessage = "more than \(limit) problems; the rest of this file was not checked"

    public let file: String
    private var found: [Diagnostic] = []
    public private(set) var isFull = false
    /// The keys the open field readers of this file asked for, innermost last: what an
    /// unknown field's message lists as known. Kept here, one list a file, because a list a
    /// reader would cost an allocation for each of a large data set's millions of objects.
    var askedKeys: [String] = []

    /// How many problems were found so far: a reader compares counts to tell whether a
    /// part it just read was sound.
    public var count: Int { found.count }

    /// In file order, so a reader can fix them top to bottom; a note last when some were
    /// left out.
    public var diagnostics: [Diagnostic] {
        let sorted = found.enumerated().sorted { lhs, rhs in
            let l = lhs.element.position.map { ($0.line, $0.column) } ?? (0, 0)
            let r = rhs.element.position.map { ($0.line, $0.column) } ?? (0, 0)
            return l != r ? l < r : lhs.offset < rhs.offset
        }.map(\.element)
        guard isFull else { return sorted }
        return sorted + [Diagnostic(file: file, position: nil, message: Self.truncationMessage)]
    }

    public init(file: String) {
        self.file = file
    }

    public func error(_ message: String, at position: TextPosition?) {
        guard !isFull else { return }
        guard found.count < Self.limit else {
            isFull = true
            return
        }
        found.append(Diagnostic(file: file, position: position, message: message))
    }
}
