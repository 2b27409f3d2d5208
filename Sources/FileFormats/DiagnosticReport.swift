/// Problems as a person reads them in a terminal: each file's first `perFile`, then one line
/// saying how many more that file has. A file with hundreds of problems (the wrong file, or
/// a bracket lost early) would otherwise push every other file's problems off the screen,
/// and its later ones are mostly the first ones' echoes.
public enum DiagnosticReport {
    public static let perFile = 20

    /// In the order given, a file's "and N more" line right after its last problem shown.
    public static func lines(_ diagnostics: [Diagnostic], perFile: Int = perFile) -> [String] {
        var totals: [String: Int] = [:]
        var truncated: Set<String> = []  // files whose log stopped keeping problems
        for diagnostic in diagnostics {
            if isTruncationNote(diagnostic) { truncated.insert(diagnostic.file) } else { totals[diagnostic.file, default: 0] += 1 }
        }
        var shown: [String: Int] = [:]
        var lines: [String] = []
        for diagnostic in diagnostics {
            let file = diagnostic.file
            if isTruncationNote(diagnostic) {
                if totals[file, default: 0] <= perFile { lines.append(diagnostic.description) }  // else in "and N more"
                continue
            }
            let count = shown[file, default: 0] + 1
            shown[file] = count
            guard count <= perFile else { continue }
            lines.append(diagnostic.description)
            let hidden = totals[file, default: 0] - perFile
            if count == perFile, hidden > 0 {
                let rest = truncated.contains(file) ? "; after those the file was not checked" : ""
                lines.append("\(file): and \(hidden) more problem\(hidden == 1 ? "" : "s")\(rest)")
            }
        }
        return lines
    }

    private static func isTruncationNote(_ diagnostic: Diagnostic) -> Bool {
        diagnostic.position == nil && diagnostic.message == DiagnosticLog.truncationMessage
    }
}
