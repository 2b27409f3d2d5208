// The follower account's ~/.ssh/authorized_keys, read and replaced whole for
// `idash share-key`. sshd ignores the file (StrictModes) unless it and ~/.ssh belong to
// that user and nobody else may write them, so they are made so.

import Glibc

public struct AuthorizedKeysFile: Sendable {
    public let user: String
    public let uid: UInt32
    public let gid: UInt32
    public let path: String

    /// The file of `user` (looked up in the password database).
    public init(user: String) throws(ShareFileError) {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 1 << 16)
        guard getpwnam_r(user, &entry, &buffer, buffer.count, &result) == 0, let found = result?.pointee, let home = found.pw_dir else {
            throw ShareFileError(message: "unknown user '\(user)'")
        }
        self.user = user
        (uid, gid) = (found.pw_uid, found.pw_gid)
        path = String(cString: home) + "/.ssh/authorized_keys"
    }

    /// The name of the user running idash (under sudo, the one who ran sudo: `share-key`
    /// is run with sudo to write another account's file, yet speaks for the presenter).
    public static func presenter(environment: [String: String]) -> (name: String, uid: UInt32) {
        if geteuid() == 0, let name = environment["SUDO_USER"], let uid = environment["SUDO_UID"].flatMap(UInt32.init) {
            return (name, uid)
        }
        return (ShareGroup.userName(uid: geteuid()) ?? "\(geteuid())", geteuid())
    }

    /// The file's text; empty when there is none yet.
    public func read() throws(ShareFileError) -> String {
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return "" }
            throw failure("cannot read")
        }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 8192)
        while true {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count < 0 { throw failure("cannot read") }
            if count == 0 { break }
            bytes += chunk[..<count]
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Replaces the file whole (a temporary file, then a rename), 0600 in a 0700 ~/.ssh,
    /// both the user's: a half-written file would lock out every key in it.
    public func write(_ text: String) throws(ShareFileError) {
        let folder = String(path.dropLast("/authorized_keys".count))
        if mkdir(folder, 0o700) == 0 {
            if geteuid() == 0 { _ = chown(folder, uid, gid) }
        } else if errno != EEXIST {
            throw ShareFileError(message: "cannot create \(folder): \(ShareError.message(for: errno))")
        }
        let temporary = path + ".idash-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure("cannot write") }
        let bytes = Array(text.utf8)
        let written = writeAll(fd, bytes)
        let owned = geteuid() != 0 || fchown(fd, uid, gid) == 0
        close(fd)
        guard written == bytes.count, owned, rename(temporary, path) == 0 else {
            let error = failure("cannot write")
            unlink(temporary)
            throw error
        }
    }

    private func failure(_ what: String) -> ShareFileError {
        let hint = errno == EACCES || errno == EPERM ? " (another user's file: run this with sudo)" : ""
        return ShareFileError(message: "\(what) \(path): \(ShareError.message(for: errno))\(hint)")
    }
}

public struct ShareFileError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
}
