// Splitting the follower's byte stream into messages. A stream socket delivers bytes in
// arbitrary chunks, so a message may arrive in pieces or many in one read.

/// Cuts a byte stream into newline-terminated lines of bounded length.
///
/// A line longer than `maxLineBytes` (newline included) is not kept: its bytes are dropped
/// as they arrive, up to and including its newline, and it is reported once as oversized.
/// So memory stays bounded by one line however long a hostile peer's line is, and the
/// stream resynchronises at the next newline.
public struct LineFramer: Sendable {
    public enum Frame: Equatable, Sendable {
        /// A complete line without its newline.
        case line([UInt8])
        /// A line too long to keep; its bytes were discarded.
        case oversized
    }

    public let maxLineBytes: Int
    private var buffer: [UInt8] = []
    /// Inside an oversized line that has already been reported; skip to its newline.
    private var discarding = false

    public init(maxLineBytes: Int) {
        self.maxLineBytes = maxLineBytes
    }

    /// Bytes of an incomplete line held until its newline arrives.
    public var bufferedByteCount: Int { buffer.count }

    /// Feeds received bytes and returns the frames they complete, oldest first.
    public mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) -> [Frame] {
        var frames: [Frame] = []
        var start = 0
        while start < bytes.count {
            let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n"))
            let end = newline ?? bytes.count
            if discarding {
                if newline != nil { discarding = false }
            } else if buffer.count + (end - start) + 1 > maxLineBytes {
                // Too long even before its newline: report it now, drop what is buffered.
                buffer.removeAll(keepingCapacity: false)
                frames.append(.oversized)
                discarding = newline == nil
            } else {
                buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<end]))
                if newline != nil {
                    frames.append(.line(buffer))
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            start = newline.map { $0 + 1 } ?? bytes.count
        }
        return frames
    }

    public mutating func append(_ bytes: [UInt8]) -> [Frame] {
        bytes.withUnsafeBufferPointer { append($0) }
    }
}
