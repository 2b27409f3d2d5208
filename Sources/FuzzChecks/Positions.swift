import FileFormats

/// Whether a reported place lies inside the input: a line that exists and a column no
/// further than one past that line's last byte (a column counts characters or bytes,
/// never more than the bytes).
enum Positions {
    /// How a format ends its lines: JSON counts LF alone (CR is blank space); CSV counts
    /// CRLF, LF and a lone CR.
    enum Breaks { case lf, any }

    static func isInside(_ position: TextPosition, _ bytes: [UInt8], breaks: Breaks = .lf) -> Bool {
        let lines = lineLengths(bytes, breaks: breaks)
        guard position.line >= 1, position.line <= lines.count else { return false }
        return position.column >= 1 && position.column <= lines[position.line - 1] + 1
    }

    /// Bytes on each line.
    static func lineLengths(_ bytes: [UInt8], breaks: Breaks) -> [Int] {
        var lengths = [0]
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || (breaks == .any && byte == 0x0D) {
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                lengths.append(0)
            } else {
                lengths[lengths.count - 1] += 1
            }
            index += 1
        }
        return lengths
    }

    /// Every diagnostic names `file` and, where it has a place, a place inside `bytes`.
    /// Every diagnostic names one of the files read and a place inside that file.
    static func checkReport(_ error: DiagnosticsError, files: [String: [UInt8]]) throws(FuzzViolation) {
        try require(!error.diagnostics.isEmpty, "a refusal with no diagnostic")
        for diagnostic in error.diagnostics {
            guard let bytes = files[diagnostic.file] else {
                throw FuzzViolation(description: "a diagnostic names \(diagnostic.file), not a file read (\(files.keys.sorted().joined(separator: ", "))): \(diagnostic)")
            }
            try require(!diagnostic.message.isEmpty, "a diagnostic without a message at \(diagnostic)")
            if let position = diagnostic.position {
                try require(isInside(position, bytes), "a diagnostic's place is outside the file: \(diagnostic)")
            }
        }
    }
}
