// Errors of setting up and joining a shared presentation. Each message names the path and
// says what to do, because it is printed to a presenter or follower as is.

import Glibc

public enum ShareError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing listens at the path (no file, or a stale socket left by a crash).
    case noPresentation(path: String)
    /// A presenter is already sharing at this path; a second one must not steal it.
    case presentationRunning(path: String)
    /// Something other than a socket is at the path: never deleted to make room, never read.
    case notASocket(path: String)
    /// Unix socket paths are limited to 107 bytes by the kernel.
    case pathTooLong(path: String)
    case unknownGroup(String)
    /// The share directory is not private enough to trust.
    case unsafeDirectory(path: String, reason: String)
    /// The process at the other end is not who it should be.
    case unexpectedPeer(path: String, uid: UInt32)
    case permissionDenied(path: String)
    /// Any other failing system call, with its errno.
    case system(operation: String, path: String, errno: Int32)

    public var description: String {
        switch self {
        case .noPresentation(let path): "no presentation at \(path)"
        case .presentationRunning(let path): "a presentation is already shared at \(path)"
        case .notASocket(let path): "\(path) is not a socket: refusing to use or replace it"
        case .pathTooLong(let path): "socket path is too long (at most 107 bytes): \(path)"
        case .unknownGroup(let name): "unknown group '\(name)'"
        case .unsafeDirectory(let path, let reason): "refusing to share through \(path): \(reason)"
        case .unexpectedPeer(let path, let uid): "unexpected peer at \(path) (uid \(uid)): not the socket's owner"
        case .permissionDenied(let path): "permission denied: \(path) (the presenter may need --share-group)"
        case .system(let operation, let path, let code): "\(operation) \(path): \(ShareError.message(for: code))"
        }
    }

    static func message(for code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text)
    }

    /// The error of the system call that just failed, from the current errno.
    static func lastSystemError(_ operation: String, _ path: String) -> ShareError {
        .system(operation: operation, path: path, errno: errno)
    }
}
