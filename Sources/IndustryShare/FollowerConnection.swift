// The presenter's end of one follower's connection, and the rule that keeps a slow follower
// from ever holding the presenter up: hold at most the newest position for it, never a queue.

import Glibc

/// One connected follower and the bytes still owed to it.
///
/// Followers need only the newest position, so when the socket buffer is full a new message
/// replaces any message not yet started. A message already partly sent must be finished
/// first, or the follower would see half of one line glued to another; the newest is then
/// kept as `next`. So at most two messages are held per follower, however far behind it is.
final class FollowerConnection {
    enum Outcome { case sentAll, wouldBlock, broken }

    let fd: Int32
    /// When it was accepted (monotonic milliseconds), for the greeting's time limit.
    let acceptedAt: UInt64
    /// It has read the greeting: a follower, no longer on probation.
    var greeted = false
    private var inFlight: [UInt8] = []
    private var sentCount = 0
    private var next: [UInt8]?

    init(fd: Int32, acceptedAt: UInt64 = 0) {
        self.fd = fd
        self.acceptedAt = acceptedAt
    }

    /// True once the peer has read every byte sent to it: a Unix socket's send queue
    /// (SIOCOUTQ) holds what the receiver has not read yet, not just what the kernel has not
    /// moved, so this tells a follower that reads from a peer that only connected.
    func peerHasReadAll() -> Bool {
        guard !hasPendingOutput else { return false }
        var unread: Int32 = 0
        return ioctl(fd, UInt(TIOCOUTQ), &unread) == 0 && unread == 0
    }

    var hasPendingOutput: Bool { sentCount < inFlight.count || next != nil }

    /// Bytes still to send (for tests and diagnostics).
    var pendingByteCount: Int { inFlight.count - sentCount + (next?.count ?? 0) }

    /// Makes `line` the next message, dropping an older one that has not started.
    func enqueue(_ line: [UInt8]) {
        if sentCount == 0 {
            inFlight = line
            next = nil
        } else {
            next = line
        }
    }

    /// Sends as much as the socket takes now, without waiting.
    func flush() -> Outcome {
        while true {
            while sentCount < inFlight.count {
                let written = inFlight.withUnsafeBytes { raw in
                    send(fd, raw.baseAddress! + sentCount, raw.count - sentCount, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT))
                }
                if written > 0 {
                    sentCount += written
                } else if written < 0, errno == EINTR {
                    continue
                } else if written < 0, errno == EAGAIN || errno == EWOULDBLOCK {
                    return .wouldBlock
                } else {
                    return .broken  // EPIPE, ECONNRESET: the follower left
                }
            }
            guard let line = next else {
                inFlight = []
                sentCount = 0
                return .sentAll
            }
            (inFlight, sentCount, next) = (line, 0, nil)
        }
    }

    /// False when the follower sent something or hung up. Followers only listen; anything
    /// they send is either a bug or an attempt to steer the presenter, and is never read
    /// as a command, only as a reason to disconnect.
    func isQuiet() -> Bool {
        var byte: UInt8 = 0
        while true {
            let received = recv(fd, &byte, 1, Int32(MSG_DONTWAIT))
            if received < 0, errno == EINTR { continue }
            return received < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)
        }
    }

    func close() {
        UnixSocket.closeDescriptor(fd)
    }
}
