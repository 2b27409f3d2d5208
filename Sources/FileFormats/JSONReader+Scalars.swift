/// The reader's scalars: strings with their escapes, and numbers, each error located.
extension JSONReader {

    /// Unescaped runs are validated here and then decoded as whole slices.
    mutating func parseString() throws(JSONSyntaxError) -> String {
        let open = index
        index += 1
        inString = true
        var runStart = index
        var result = ""  // stays empty unless an escape forces piecewise building
        while true {
            guard index < bytes.count else { throw error("unterminated string", at: open) }
            let b = bytes[index]
            if b == ascii("\"") {
                let run = text(runStart, index)
                index += 1
                inString = false
                return result.isEmpty ? run : result + run
            } else if b == ascii("\\") {
                result += text(runStart, index)
                try parseEscape(into: &result, open: open)
                runStart = index
            } else if b < 0x20 {
                throw error(controlCharacterMessage(b), at: index)
            } else {
                index += try utf8Length(at: index)
            }
        }
    }

    func controlCharacterMessage(_ b: UInt8) -> String {
        let escapes: [UInt8: String] = [0x08: "b", 0x09: "t", 0x0A: "n", 0x0C: "f", 0x0D: "r"]
        return "control character U+\(hex(Int(b), digits: 4)) in string (escape it as \\\(escapes[b] ?? "u" + hex(Int(b), digits: 4)))"
    }

    mutating func parseEscape(into result: inout String, open: Int) throws(JSONSyntaxError) {
        let slash = index
        guard index + 1 < bytes.count else { throw error("unterminated string", at: open) }
        let c = bytes[index + 1]
        index += 2
        switch c {
        case ascii("\""), ascii("\\"), ascii("/"): result.unicodeScalars.append(Unicode.Scalar(c))
        case ascii("b"): result += "\u{08}"
        case ascii("f"): result += "\u{0C}"
        case ascii("n"): result += "\n"
        case ascii("r"): result += "\r"
        case ascii("t"): result += "\t"
        case ascii("u"):
            var unit = try hex4(escapeAt: slash)
            if unit >= 0xD800 && unit < 0xDC00, index + 1 < bytes.count, bytes[index] == ascii("\\"), bytes[index + 1] == ascii("u") {
                // A high surrogate combines with the escaped low surrogate that must follow it.
                index += 2
                let low = try hex4(escapeAt: index - 2)
                guard low >= 0xDC00 && low < 0xE000 else { throw unpairedSurrogate(unit, at: slash) }
                unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
            }
            // Scalar(_:) refuses surrogates, which catches every one left unpaired.
            guard let scalar = Unicode.Scalar(UInt32(unit)) else { throw unpairedSurrogate(unit, at: slash) }
            result.unicodeScalars.append(scalar)
        case 0..<0x20:
            // Left unread, so a recovering parse reads on from it: past a line break counted
            // as one (else every later line was numbered one short: found by fuzzing).
            index = slash + 1
            throw error(controlCharacterMessage(c), at: slash + 1)
        default:
            let length = try utf8Length(at: slash + 1)
            throw error("invalid escape \\\(text(slash + 1, slash + 1 + length))", at: slash)
        }
    }

    func unpairedSurrogate(_ unit: Int, at offset: Int) -> JSONSyntaxError {
        error("unpaired surrogate \\u\(hex(unit, digits: 4)) in string", at: offset)
    }

    mutating func hex4(escapeAt slash: Int) throws(JSONSyntaxError) -> Int {
        guard index + 4 <= bytes.count else { throw error("invalid \\u escape: expected 4 hex digits", at: slash) }
        var value = 0
        for _ in 0..<4 {
            let b = bytes[index]
            guard isHexDigit(b) else { throw error("invalid \\u escape: expected 4 hex digits", at: slash) }
            value = value * 16 + Int(isDigit(b) ? b - 0x30 : (b | 0x20) - 0x61 + 10)
            index += 1
        }
        return value
    }

    mutating func parseNumber() throws(JSONSyntaxError) -> Double {
        let start = index
        if peek == ascii("-") { index += 1 }
        let digitsStart = index
        if let c = peek, !isDigit(c), ["Infinity", "NaN"].contains(word()) {
            throw error("NaN and Infinity are not allowed: numbers must be finite", at: start)
        }
        index = digitsStart
        try skipDigits(orFail: "expected a digit after '-'")
        if bytes[digitsStart] == ascii("0"), index - digitsStart > 1 {
            throw error("leading zeros are not allowed in numbers", at: digitsStart)
        }
        let integerEnd = index
        if peek == ascii(".") {
            index += 1
            try skipDigits(orFail: "expected a digit after '.'")
        }
        if peek == ascii("e") || peek == ascii("E") {
            index += 1
            if peek == ascii("+") || peek == ascii("-") { index += 1 }
            try skipDigits(orFail: "expected a digit in the exponent")
        }
        // A letter run straight on ("4O", "12px", "3.5kg"): a typo in a number, which the
        // grammar would only report as a missing comma after it. ASCII only, and at most 20
        // characters, so the message never echoes control bytes or a whole line.
        if let c = peek, isLetter(c) {
            var end = index
            while end < bytes.count, end - start < 20, isLetter(bytes[end]) || isDigit(bytes[end]) || bytes[end] == ascii(".") {
                end += 1
            }
            throw error("'\(text(start, end))' is not a number", at: start)
        }
        // Integers of up to 18 digits fit an Int, and Int-to-Double conversion rounds correctly,
        // so the common case skips building a String.
        if index == integerEnd && index - digitsStart <= 18 {
            var value = 0
            for i in digitsStart..<index { value = value * 10 + Int(bytes[i] - 0x30) }
            return start < digitsStart ? -Double(value) : Double(value)
        }
        guard let value = Double(text(start, index)), value.isFinite else { throw error("number out of range", at: start) }
        return value
    }

    mutating func skipDigits(orFail message: String) throws(JSONSyntaxError) {
        guard let first = peek, isDigit(first) else { throw failure(message, at: index) }
        while let c = peek, isDigit(c) { index += 1 }
    }
}
