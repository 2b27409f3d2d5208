// Thin wrappers over the Unix stream socket calls both sides need. Glibc's module omits the
// _GNU_SOURCE parts (struct ucred, accept4), so those are rebuilt here.

import Glibc

/// `struct ucred` from <sys/socket.h>: what SO_PEERCRED reports about the process at the
/// other end of a connected Unix socket, as the kernel saw it at connect() or listen().
struct PeerCredentials: Equatable {
    var pid: Int32 = 0
    var uid: UInt32 = 0
    var gid: UInt32 = 0
}

enum UnixSocket {
    /// A new stream socket, close-on-exec (a shell started from idash must not inherit it)
    /// and non-blocking (neither side may ever wait on the other).
    static func makeStream(path: String) throws(ShareError) -> Int32 {
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue) | Int32(SOCK_NONBLOCK.rawValue)
        let fd = socket(AF_UNIX, type, 0)
        guard fd >= 0 else { throw ShareError.lastSystemError("socket for", path) }
        return fd
    }

    /// Runs `body` with the address of `path`; `sun_path` holds 107 bytes and a NUL.
    static func withAddress<T>(_ path: String,
                               _ body: (UnsafePointer<sockaddr>, socklen_t) -> T) throws(ShareError) -> T {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        let capacity = MemoryLayout.size(ofValue: address.sun_path)
        guard !bytes.isEmpty, bytes.count < capacity, !bytes.contains(0) else { throw .pathTooLong(path: path) }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            raw.copyBytes(from: bytes)
            raw[bytes.count] = 0
        }
        let length = socklen_t(MemoryLayout<sockaddr_un>.offset(of: \.sun_path)! + bytes.count + 1)
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { body($0, length) }
        }
    }

    /// Accepts one pending connection as a non-blocking, close-on-exec socket; nil when none
    /// is waiting (or the peer gave up before we got to it).
    static func acceptNonBlocking(_ listener: Int32) -> Int32? {
        while true {
            let fd = accept(listener, nil, nil)
            if fd >= 0 {
                _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
                _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
                return fd
            }
            if errno == EINTR || errno == ECONNABORTED { continue }
            return nil  // EAGAIN, or EMFILE and the like: try again on the next call
        }
    }

    static func peerCredentials(_ fd: Int32) -> PeerCredentials? {
        var credentials = PeerCredentials()
        var length = socklen_t(MemoryLayout<PeerCredentials>.size)
        let result = withUnsafeMutablePointer(to: &credentials) {
            getsockopt(fd, SOL_SOCKET, SO_PEERCRED, $0, &length)
        }
        guard result == 0, length == socklen_t(MemoryLayout<PeerCredentials>.size) else { return nil }
        return credentials
    }

    /// lstat, so a symlink is seen as itself and never followed.
    static func fileStatus(_ path: String) -> stat? {
        var status = stat()
        return lstat(path, &status) == 0 ? status : nil
    }

    static func isSocket(_ status: stat) -> Bool { status.st_mode & S_IFMT == S_IFSOCK }
    static func isDirectory(_ status: stat) -> Bool { status.st_mode & S_IFMT == S_IFDIR }

    static func closeDescriptor(_ fd: Int32) {
        // Linux releases the descriptor even when close reports EINTR, so never retry.
        _ = Glibc.close(fd)
    }
}
