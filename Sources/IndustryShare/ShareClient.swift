// The follower's side of `idash follow`: connects to the presenter's socket and turns what
// arrives into positions, without ever blocking the follower's own terminal loop.

import Glibc

/// What a read produced.
public enum ShareClientEvent: Equatable, Sendable {
    /// No complete valid message since the last read.
    case nothingNew
    /// The newest valid position received; older ones in the same read are skipped.
    case position(SharePosition)
    /// The presenter quit (end of file) or the connection broke. `last` is a position that
    /// arrived in the same read as the end, if any. Every later read reports this again.
    case presenterGone(last: SharePosition?)
    /// The presenter turned this connection away: `--max-followers` already follow. The
    /// connection is closed; every later read reports this again.
    case shareFull
}

/// A follower's connection to a presenter. Single-threaded: use it from the run loop.
///
/// Poll `fileDescriptor` for POLLIN and call `readAvailable()` when it is ready. After
/// `.presenterGone` the descriptor is closed and `fileDescriptor` is nil, so the loop stops
/// polling it and the follower stays usable (it may connect again with a new client).
public final class ShareClient {
    public let path: String
    /// The newest valid position received so far.
    public private(set) var latest: SharePosition?
    /// Messages refused: malformed, oversized, wrong version, invalid UTF-8, cut off at EOF.
    public private(set) var rejectedCount = 0
    /// Why the most recent message was refused, for a status line.
    public private(set) var lastRejection: SharePositionError?

    private var fd: Int32
    private var framer = LineFramer(maxLineBytes: SharePosition.maxMessageBytes)
    private var readBuffer = [UInt8](repeating: 0, count: 64 * 1024)

    /// Connects to the presenter at `path` and checks that the process answering is the
    /// user who owns the socket file, so a socket someone else slipped in is refused.
    public init(path: String) throws(ShareError) {
        self.path = path
        guard let before = UnixSocket.fileStatus(path) else { throw .noPresentation(path: path) }
        guard UnixSocket.isSocket(before) else { throw .notASocket(path: path) }
        let fd = try UnixSocket.makeStream(path: path)
        do throws(ShareError) {
            let connected = try UnixSocket.withAddress(path) { connect(fd, $0, $1) }
            if connected != 0 {
                switch errno {
                case ENOENT, ECONNREFUSED: throw ShareError.noPresentation(path: path)
                case EACCES, EPERM: throw ShareError.permissionDenied(path: path)
                default: throw ShareError.lastSystemError("cannot connect to", path)
                }
            }
            // Stat again after connecting: the file now at the path is what we reached.
            guard let status = UnixSocket.fileStatus(path), UnixSocket.isSocket(status) else {
                throw ShareError.noPresentation(path: path)
            }
            guard let peer = UnixSocket.peerCredentials(fd) else { throw ShareError.lastSystemError("cannot identify", path) }
            guard peer.uid == status.st_uid else { throw ShareError.unexpectedPeer(path: path, uid: peer.uid) }
        } catch {
            UnixSocket.closeDescriptor(fd)
            throw error
        }
        self.fd = fd
    }

    deinit { close() }

    /// The socket to poll for POLLIN; nil once the presenter is gone or after `close()`.
    public var fileDescriptor: Int32? { fd >= 0 ? fd : nil }

    public private(set) var isPresenterGone = false
    public private(set) var isShareFull = false

    /// Reads everything the socket holds now (up to 1 MiB per call, so a presenter that
    /// never stops sending cannot starve the follower's own keys) and returns the newest
    /// valid position. Bad lines are skipped and counted, never fatal.
    public func readAvailable() -> ShareClientEvent {
        guard fd >= 0 else { return isShareFull ? .shareFull : isPresenterGone ? .presenterGone(last: nil) : .nothingNew }
        var newest: SharePosition?
        var total = 0
        while total < 1 << 20 {
            let received = readBuffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
            if received > 0 {
                total += received
                let frames = readBuffer.withUnsafeBufferPointer { framer.append(UnsafeBufferPointer(rebasing: $0[..<received])) }
                for frame in frames { newest = decode(frame) ?? newest }
                if isShareFull {
                    shutDown()
                    return .shareFull
                }
            } else if received < 0, errno == EINTR {
                continue
            } else if received < 0, errno == EAGAIN || errno == EWOULDBLOCK {
                break
            } else {
                // End of file, or ECONNRESET and the like: either way the presenter is gone.
                if framer.bufferedByteCount > 0 { reject(.malformedJSON("message cut off by the end of the connection")) }
                if let newest { latest = newest }
                shutDown()
                isPresenterGone = true
                return .presenterGone(last: newest)
            }
        }
        guard let newest else { return .nothingNew }
        latest = newest
        return .position(newest)
    }

    /// Waits (at most `milliseconds`) for the presenter's first bytes, so the greeting is
    /// read at once even if the follower then spends a while opening its terminal: a
    /// connection that has not read it within a second is closed (`ShareServer`).
    public func waitUntilReadable(milliseconds: Int32) {
        guard fd >= 0 else { return }
        var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        while poll(&entry, 1, milliseconds) < 0 && errno == EINTR {}
    }

    /// Disconnects. Safe to call more than once.
    public func close() {
        shutDown()
    }

    private func shutDown() {
        guard fd >= 0 else { return }
        UnixSocket.closeDescriptor(fd)
        fd = -1
    }

    private func decode(_ frame: LineFramer.Frame) -> SharePosition? {
        switch frame {
        case .oversized:
            reject(.oversized(byteCount: SharePosition.maxMessageBytes + 1))
            return nil
        case .line(let line):
            switch ShareNotice.of(line) {
            case .hello?: return nil  // the greeting: nothing to show
            case .full?: isShareFull = true; return nil
            case nil: break
            }
            do {
                return try SharePosition.decode(line: line)
            } catch {
                reject(error)
                return nil
            }
        }
    }

    private func reject(_ error: SharePositionError) {
        rejectedCount += 1
        lastRejection = error
    }
}
