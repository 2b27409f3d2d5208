import FileFormats

// Writing a position as one line of JSON: the wire format of `idash present --share`.

extension SharePosition {
    /// The message for this position: one JSON object and a newline. Newline framing lets a
    /// follower resynchronise after a bad message by skipping to the next line.
    ///
    /// Throws `.oversized` past `maxMessageBytes`; `fittedToMessageSize()` avoids that.
    public func encodedLine() throws(SharePositionError) -> [UInt8] {
        let line = unlimitedLine()
        guard line.count <= Self.maxMessageBytes else { throw .oversized(byteCount: line.count) }
        return line
    }

    /// A copy whose message fits in `maxMessageBytes`. Long speaker notes are cut at a
    /// character boundary and end with "…"; the presenter keeps presenting rather than
    /// failing over a long note. Titles, deck and view are capped at 1,024 scalars only when
    /// they alone would not fit, which no real deck comes near.
    public func fittedToMessageSize() -> SharePosition {
        var copy = self
        if copy.unlimitedLine().count <= Self.maxMessageBytes { return copy }
        let ellipsis = "…"
        // The English notes get at most 4,096 scalars (24 KiB escaped); the rest of the
        // room goes to `notes`, cut below.
        if copy.notesEn.unicodeScalars.count > 4096 {
            copy.notesEn = String(String.UnicodeScalarView(copy.notesEn.unicodeScalars.prefix(4096))) + ellipsis
        }
        if copy.unlimitedLine().count <= Self.maxMessageBytes { return copy }
        var withoutNotes = copy
        withoutNotes.notes = ""
        if withoutNotes.unlimitedLine().count + ellipsis.utf8.count > Self.maxMessageBytes {
            // 6 fields × 1,024 scalars × at most 6 bytes each stays well under 64 KiB.
            for field in [\SharePosition.deckTitle, \.view, \.titleZh, \.titleEn, \.nextTitleZh, \.nextTitleEn] {
                copy[keyPath: field] = String(String.UnicodeScalarView(copy[keyPath: field].unicodeScalars.prefix(1024)))
            }
            withoutNotes = copy
            withoutNotes.notes = ""
            if copy.unlimitedLine().count <= Self.maxMessageBytes { return copy }
        }
        let budget = Self.maxMessageBytes - withoutNotes.unlimitedLine().count - ellipsis.utf8.count
        var used = 0
        var end = copy.notes.startIndex
        for index in copy.notes.indices {
            let length = JSONWriter.escapedLength(of: copy.notes[index].utf8)
            if used + length > budget { break }
            used += length
            end = copy.notes.index(after: index)
        }
        copy.notes = String(copy.notes[..<end]) + ellipsis
        return copy
    }

    /// The line with no size check; members in a fixed order so equal positions give equal bytes.
    func unlimitedLine() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256 + notes.utf8.count + notesEn.utf8.count)
        out.append(UInt8(ascii: "{"))
        appendMember(ShareField.version, &out, first: true) { $0.append(contentsOf: String(version).utf8) }
        appendMember(ShareField.deckTitle, &out) { JSONWriter.appendLiteral(deckTitle, to: &$0) }
        appendMember(ShareField.slideIndex, &out) { $0.append(contentsOf: String(slideIndex).utf8) }
        appendMember(ShareField.slideCount, &out) { $0.append(contentsOf: String(slideCount).utf8) }
        appendMember(ShareField.view, &out) { JSONWriter.appendLiteral(view, to: &$0) }
        appendMember(ShareField.titleZh, &out) { JSONWriter.appendLiteral(titleZh, to: &$0) }
        appendMember(ShareField.titleEn, &out) { JSONWriter.appendLiteral(titleEn, to: &$0) }
        appendMember(ShareField.notes, &out) { JSONWriter.appendLiteral(notes, to: &$0) }
        appendMember(ShareField.notesEn, &out) { JSONWriter.appendLiteral(notesEn, to: &$0) }
        appendMember(ShareField.blanked, &out) { $0.append(contentsOf: (blanked ? "true" : "false").utf8) }
        appendMember(ShareField.selectedRow, &out) { $0.append(contentsOf: String(selectedRow).utf8) }
        appendMember(ShareField.nextTitleZh, &out) { JSONWriter.appendLiteral(nextTitleZh, to: &$0) }
        appendMember(ShareField.nextTitleEn, &out) { JSONWriter.appendLiteral(nextTitleEn, to: &$0) }
        appendMember(ShareField.startedAt, &out) { $0.append(contentsOf: String(startedAt).utf8) }
        appendMember(ShareField.browsing, &out) { $0.append(contentsOf: (browsing ? "true" : "false").utf8) }
        out.append(contentsOf: "}\n".utf8)
        return out
    }

    private func appendMember(_ key: String, _ out: inout [UInt8], first: Bool = false,
                              value: (inout [UInt8]) -> Void) {
        if !first { out.append(UInt8(ascii: ",")) }
        JSONWriter.appendLiteral(key, to: &out)
        out.append(UInt8(ascii: ":"))
        value(&out)
    }
}
