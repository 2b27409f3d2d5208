// The presenter's side of `idash present --share`: a Unix socket that followers connect to
// and receive positions from. Every call returns at once; the presenter's loop never waits
// for a follower, however slow, stuck or hostile.

import Glibc

/// Publishes the presenter's position to every connected follower.
///
/// Single-threaded by design: call it from the run loop only. Poll `pollDescriptors()`
/// (or `fileDescriptors` for reading and `descriptorsAwaitingWrite` for writing), call
/// `service()` whenever any of them is ready, `publish(_:)` when the position changes, and
/// `close()` on quit.
public final class ShareServer {
    public let path: String
    public let group: ShareGroup?
    public let maxFollowers: Int
    /// The default of `--max-followers`.
    public static let defaultMaxFollowers = 256
    /// How long a new connection has to read its greeting (milliseconds) before it is
    /// closed, so connections that never read cannot fill the share.
    public let greetingTimeout: UInt64
    /// The newest published position: what a late joiner is sent first.
    public private(set) var latest: SharePosition?
    /// Connections refused at once: wrong user, or over `maxFollowers`.
    public private(set) var refusedPeerCount = 0
    /// Of those, the ones told "the share is full".
    public private(set) var refusedAsFullCount = 0
    /// Connections closed for not reading their greeting in time.
    public private(set) var expiredCount = 0
    /// Followers disconnected for sending anything, or whose connection broke.
    public private(set) var droppedFollowerCount = 0

    private var listener: Int32
    private var followers: [FollowerConnection] = []
    private var latestLine: [UInt8]?
    private let policy: PeerPolicy
    /// The socket file's identity, so `close()` removes our socket and nobody else's.
    private let socketFile: (device: UInt64, inode: UInt64)

    /// Binds and listens at `path`. The socket is 0600, or 0660 and owned by `group`.
    ///
    /// A socket left by a presenter that crashed is replaced, but only once a connection
    /// attempt shows nobody listens; a live presentation, or any file that is not a socket,
    /// is never removed.
    public init(path: String, group: ShareGroup? = nil, maxFollowers: Int = ShareServer.defaultMaxFollowers,
                greetingTimeout: UInt64 = 1000) throws(ShareError) {
        self.path = path
        self.group = group
        self.maxFollowers = maxFollowers
        self.greetingTimeout = greetingTimeout
        self.policy = PeerPolicy(ownerUID: geteuid(), group: group)
        try Self.removeStaleSocket(at: path)
        let fd = try UnixSocket.makeStream(path: path)
        do throws(ShareError) {
            let bound = try UnixSocket.withAddress(path) { bind(fd, $0, $1) }
            guard bound == 0 else {
                throw errno == EADDRINUSE ? .presentationRunning(path: path) : ShareError.lastSystemError("cannot bind", path)
            }
            // The private directory already keeps others out between bind and chmod;
            // SO_PEERCRED on accept is the last line.
            if let group, chown(path, UInt32.max, group.gid) != 0 {
                let error = ShareError.lastSystemError("cannot give group \(group.name) access to", path)
                unlink(path)
                throw error
            }
            guard chmod(path, group == nil ? 0o600 : 0o660) == 0, listen(fd, 128) == 0 else {
                let error = ShareError.lastSystemError("cannot listen at", path)
                unlink(path)
                throw error
            }
            guard let status = UnixSocket.fileStatus(path) else { throw ShareError.lastSystemError("cannot inspect", path) }
            socketFile = (UInt64(status.st_dev), UInt64(status.st_ino))
        } catch {
            UnixSocket.closeDescriptor(fd)
            throw error
        }
        listener = fd
    }

    deinit { close() }

    /// Connections that follow or are reading their greeting (at most `maxFollowers`).
    public var followerCount: Int { followers.count }

    /// When the oldest connection still owing its greeting runs out of time (monotonic
    /// milliseconds, as `Moment`): the run loop wakes then to close it, even with no key.
    public var greetingDeadline: UInt64? {
        followers.filter { !$0.greeted }.map { $0.acceptedAt + greetingTimeout }.min()
    }
    public var isOpen: Bool { listener >= 0 }

    /// The listening socket and every follower: poll them all for input (a new follower,
    /// or a follower that spoke or left).
    public var fileDescriptors: [Int32] {
        listener < 0 ? [] : [listener] + followers.map(\.fd)
    }

    /// Followers with bytes still to send: add POLLOUT for these.
    public var descriptorsAwaitingWrite: [Int32] {
        followers.filter(\.hasPendingOutput).map(\.fd)
    }

    public var hasPendingOutput: Bool { followers.contains { $0.hasPendingOutput } }

    /// Ready-made poll entries: POLLIN for all, POLLOUT where output is pending.
    public func pollDescriptors() -> [pollfd] {
        guard listener >= 0 else { return [] }
        return [pollfd(fd: listener, events: Int16(POLLIN), revents: 0)] + followers.map {
            pollfd(fd: $0.fd, events: Int16(POLLIN) | ($0.hasPendingOutput ? Int16(POLLOUT) : 0), revents: 0)
        }
    }

    /// Everything a poll wake-up may call for: accept, drop followers that spoke or left,
    /// and send what is pending. Cheap enough to call on every loop iteration.
    /// `now`: monotonic milliseconds (a test may pass a later time instead of waiting).
    public func service(now: UInt64 = ShareServer.monotonicNow()) {
        acceptPending(now: now)
        dropNoisyFollowers()
        flush()
        checkGreetings(now: now)
    }

    /// Followers that read their greeting are kept; those out of time are closed.
    public func checkGreetings(now: UInt64 = ShareServer.monotonicNow()) {
        promoteGreeted()
        followers.removeAll { follower in
            guard !follower.greeted, now >= follower.acceptedAt + greetingTimeout else { return false }
            follower.close()
            expiredCount += 1
            return true
        }
    }

    private func promoteGreeted() {
        for follower in followers where !follower.greeted && follower.peerHasReadAll() { follower.greeted = true }
    }

    public static func monotonicNow() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1000 + UInt64(now.tv_nsec) / 1_000_000
    }

    /// Accepts waiting connections. A peer that is not the presenter's user (or, with a
    /// group, a member of it), or one over the cap, is closed at once, so the backlog never
    /// fills and the listener never stays readable; one over the cap is told the share is
    /// full first. A new follower is sent the greeting and `latest` at once.
    public func acceptPending(now: UInt64 = ShareServer.monotonicNow()) {
        guard listener >= 0 else { return }
        for _ in 0..<256 {  // bounded, so a connection flood cannot stall a frame
            guard let fd = UnixSocket.acceptNonBlocking(listener) else { return }
            guard let peer = UnixSocket.peerCredentials(fd), policy.admits(peer) else {
                UnixSocket.closeDescriptor(fd)
                refusedPeerCount += 1
                continue
            }
            guard followers.count < maxFollowers else {
                // One short line into an empty socket buffer: it never blocks.
                let full = ShareNotice.full.line()
                _ = full.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL) | Int32(MSG_DONTWAIT)) }
                UnixSocket.closeDescriptor(fd)
                refusedPeerCount += 1
                refusedAsFullCount += 1
                continue
            }
            let follower = FollowerConnection(fd: fd, acceptedAt: now)
            follower.enqueue(ShareNotice.hello.line() + (latestLine ?? []))
            if follower.flush() == .broken {
                follower.close()
                droppedFollowerCount += 1
            } else {
                followers.append(follower)
            }
        }
    }

    /// Makes `position` the latest and sends it to every follower as far as each socket takes
    /// it without blocking. Publishing the same position again does nothing, so the run loop
    /// may call this every frame. Notes too long for one message are cut (see
    /// `SharePosition.fittedToMessageSize()`).
    public func publish(_ position: SharePosition) {
        guard listener >= 0, position != latest else { return }
        latest = position
        var line = position.unlimitedLine()
        if line.count > SharePosition.maxMessageBytes { line = position.fittedToMessageSize().unlimitedLine() }
        latestLine = line
        // Whoever has read everything so far has read the greeting: note it before this
        // line arrives, so a follower a slide behind at its deadline is not taken for one
        // that never read.
        promoteGreeted()
        for follower in followers { follower.enqueue(line) }
        flush()
    }

    /// Continues pending sends; followers whose connection broke are removed.
    public func flush() {
        removeFollowers { $0.hasPendingOutput && $0.flush() == .broken }
    }

    /// Disconnects followers that sent anything (followers cannot steer) or hung up.
    public func dropNoisyFollowers() {
        removeFollowers { !$0.isQuiet() }
    }

    /// Stops sharing: followers see end of file, and the socket file is removed if it is
    /// still ours.
    public func close() {
        guard listener >= 0 else { return }
        if let status = UnixSocket.fileStatus(path), UnixSocket.isSocket(status),
           UInt64(status.st_dev) == socketFile.device, UInt64(status.st_ino) == socketFile.inode {
            unlink(path)
        }
        UnixSocket.closeDescriptor(listener)
        listener = -1
        for follower in followers { follower.close() }
        followers = []
    }

    /// Bytes still owed to each follower, in connection order (for tests).
    var pendingByteCounts: [Int] { followers.map(\.pendingByteCount) }

    private func removeFollowers(where shouldRemove: (FollowerConnection) -> Bool) {
        followers.removeAll { follower in
            guard shouldRemove(follower) else { return false }
            follower.close()
            droppedFollowerCount += 1
            return true
        }
    }

    /// Removes a socket file nobody listens on; refuses anything else at `path`.
    private static func removeStaleSocket(at path: String) throws(ShareError) {
        guard let status = UnixSocket.fileStatus(path) else { return }
        guard UnixSocket.isSocket(status) else { throw .notASocket(path: path) }
        let probe = try UnixSocket.makeStream(path: path)
        defer { UnixSocket.closeDescriptor(probe) }
        let connected = try UnixSocket.withAddress(path) { connect(probe, $0, $1) }
        if connected == 0 || errno == EAGAIN { throw .presentationRunning(path: path) }
        guard errno == ECONNREFUSED else { throw ShareError.lastSystemError("cannot check", path) }
        guard unlink(path) == 0 || errno == ENOENT else { throw ShareError.lastSystemError("cannot remove stale socket", path) }
    }
}
