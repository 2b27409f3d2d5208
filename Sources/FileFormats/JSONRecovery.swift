// Reading on after a syntax error, so that `idash validate` lists every problem in a file
// and not only the first: the error is noted and reading resumes at the next member or
// element, where the grammar allows it.

/// What a reader does after a file's first syntax error.
public enum AfterSyntaxError: Sendable {
    /// Stop there: the file is broken and its first error says so (loading for use).
    case stop
    /// Note it and read on at the next member or element, so the rest of the file is
    /// checked too (validating). The file is refused all the same.
    case resume
}

/// What a recovering parse found: every syntax error (the first is the one `parse` throws),
/// and the value read around them, unless the brackets did not balance.
public struct JSONRecoveredDocument: Sendable {
    /// Nil when nothing can be checked in it: the brackets did not balance (the end of the
    /// input inside a container, a bracket closing another kind, characters after the
    /// value), or there were too many errors. Otherwise each part that could not be read is
    /// an unreadable value (`JSONValue.Kind.unreadable`) where it stood.
    public var value: JSONValue?
    public var errors: [JSONSyntaxError]
}

extension JSONParser {
    /// Like `parse`, but goes on after a syntax error at the next member or element of the
    /// same object or array, stopping after `maxErrors` errors.
    public static func parseRecovering(_ bytes: [UInt8], options: JSONParseOptions = .strict,
                                       maxErrors: Int = DiagnosticLog.limit + 1) -> JSONRecoveredDocument {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(bytes: buffer, options: options)
            reader.recovery = Recovery(maxErrors: max(1, maxErrors))
            do throws(JSONSyntaxError) {
                let value = try reader.parseDocument()
                return JSONRecoveredDocument(value: value, errors: reader.recovery!.errors)
            } catch {
                // An error outside every container (the top value, characters after it) is
                // new here; one that stopped the recovery was noted where it was found.
                if !reader.recovery!.stopped { reader.recovery!.errors.append(error) }
                return JSONRecoveredDocument(value: nil, errors: reader.recovery!.errors)
            }
        }
    }

    /// Parses a file for a reader that reports into `log`: the value to read, or nil when
    /// there is nothing to read. Syntax errors go into the log, the first only or all of
    /// them (`afterSyntaxError`); a value with unreadable parts comes with its errors already logged,
    /// so the file is refused however the reader fares.
    public static func parse(_ bytes: [UInt8], options: JSONParseOptions = .strict, into log: DiagnosticLog,
                             afterSyntaxError: AfterSyntaxError) -> JSONValue? {
        switch afterSyntaxError {
        case .stop:
            do throws(JSONSyntaxError) {
                return try parse(bytes, options: options)
            } catch {
                log.error(error.message, at: error.position)
                return nil
            }
        case .resume:
            let document = parseRecovering(bytes, options: options)
            for error in document.errors { log.error(error.message, at: error.position) }
            return document.value
        }
    }
}

/// The errors of a recovering parse so far.
struct Recovery {
    let maxErrors: Int
    var errors: [JSONSyntaxError] = []
    /// Set when reading can go no further (see `JSONRecoveredDocument.value`); the error
    /// thrown then travels to the top unrecorded.
    var stopped = false
}

private let comma = UInt8(ascii: ",")
private let quote = UInt8(ascii: "\"")
private let backslash = UInt8(ascii: "\\")
private let slash = UInt8(ascii: "/")
private let star = UInt8(ascii: "*")
private let newline = UInt8(ascii: "\n")

extension JSONReader {
    /// Notes an error of a recovering parse; throws (stopping it) once there are too many.
    mutating func record(_ error: JSONSyntaxError) throws(JSONSyntaxError) {
        recovery!.errors.append(error)
        if recovery!.errors.count >= recovery!.maxErrors {
            recovery!.stopped = true
            throw error
        }
    }

    /// An error reading can go on after in place (a forbidden comment, a trailing comma, a
    /// missing comma): thrown by `parse`, noted by a recovering parse.
    mutating func report(_ error: JSONSyntaxError) throws(JSONSyntaxError) {
        guard recovery != nil else { throw error }
        try record(error)
    }

    /// After `error` in a member or element of the container at `level`: rethrows it when
    /// not recovering (or when recovery has stopped), else notes it and moves to the next
    /// comma or the container's closing bracket, for `another` to take.
    mutating func resume(after error: JSONSyntaxError, depth level: Int, closedBy close: UInt8) throws(JSONSyntaxError) {
        guard recovery != nil, !recovery!.stopped else { throw error }
        try record(error)
        depth = level  // containers opened inside the broken member are skipped whole
        try skipToNextMember(closedBy: close)
    }

    /// Moves to the next ',' or `close` at this container's own level, passing over nested
    /// brackets, strings (a string ends at its line's end, so one unclosed quote does not
    /// swallow the file) and comments, counting lines as it goes. Recovery stops at the end
    /// of the input or at a bracket of the other kind: the file's shape is lost there.
    mutating func skipToNextMember(closedBy close: UInt8) throws(JSONSyntaxError) {
        var nesting = 0
        var quoted = inString  // the error may have been inside a string
        inString = false
        while index < bytes.count {
            let b = bytes[index]
            if b == newline {
                index += 1
                startLine()
                quoted = false
                continue
            }
            if quoted {
                if b == quote { quoted = false }
                index += b == backslash && index + 1 < bytes.count && bytes[index + 1] != newline ? 2 : 1
                continue
            }
            switch b {
            case quote:
                quoted = true
            case slash where options.allowComments && index + 1 < bytes.count && bytes[index + 1] == star:
                skipBlockComment()
                continue
            case slash where options.allowComments && index + 1 < bytes.count && bytes[index + 1] == slash:
                while index < bytes.count, bytes[index] != newline { index += 1 }
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                nesting += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if nesting == 0 {
                    if b == close { return }
                    try stopRecovering(sayingEndOfInput: false)
                }
                nesting -= 1
            case comma where nesting == 0:
                return
            default:
                break
            }
            index += 1
        }
        try stopRecovering(sayingEndOfInput: true)
    }

    /// Past a `/* */` comment while skipping (its bytes are not checked: an error was just
    /// reported and these are not read).
    private mutating func skipBlockComment() {
        index += 2
        while index < bytes.count {
            if bytes[index] == star, index + 1 < bytes.count, bytes[index + 1] == slash {
                index += 2
                return
            }
            index += 1
            if bytes[index - 1] == newline { startLine() }
        }
    }

    /// Ends a recovering parse where the file can be followed no further. At the end of the
    /// input, that is an error of its own (a bracket or quote is missing), unless the last
    /// error said so already.
    mutating func stopRecovering(sayingEndOfInput: Bool) throws(JSONSyntaxError) -> Never {
        if sayingEndOfInput || recovery?.errors.last == nil {
            let end = error("unexpected end of input", at: bytes.count)
            guard recovery != nil else { throw end }
            if recovery!.errors.last?.position != end.position { recovery!.errors.append(end) }
        }
        recovery!.stopped = true
        throw recovery!.errors.last!
    }
}
