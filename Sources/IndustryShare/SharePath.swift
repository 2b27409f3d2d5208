// Where the presenter's socket lives when `--share` and `follow` are given no PATH, and
// making sure the folder holding it is private: the folder, not just the socket's mode, is
// what stops another user from replacing the socket or connecting to it.

import Glibc

public enum SharePath {
    public static let socketName = "present.sock"

    /// The default socket path, without touching the file system (what a follower uses):
    /// `$XDG_RUNTIME_DIR/idash/present.sock`, else `$TMPDIR` or /tmp + `/idash-<uid>/present.sock`.
    ///
    /// With `sharedWithGroup`, `$XDG_RUNTIME_DIR` is skipped: it is private to its user
    /// (0700, by the XDG spec), so the group could not reach a socket inside it.
    /// `uid`: whose socket (`idash share-key`, run with sudo, names the presenter's).
    public static func defaultPath(environment: [String: String], sharedWithGroup: Bool = false, uid: UInt32 = geteuid()) -> String {
        directory(environment: environment, sharedWithGroup: sharedWithGroup, uid: uid) + "/" + socketName
    }

    /// The default socket path for a presenter, creating or checking its directory first
    /// (see `prepareDirectory`).
    public static func `default`(environment: [String: String], group: ShareGroup? = nil) throws(ShareError) -> String {
        let folder = directory(environment: environment, sharedWithGroup: group != nil)
        try prepareDirectory(folder, group: group)
        return folder + "/" + socketName
    }

    /// Creates `path` as a directory 0700 (0750 and owned by the group when sharing with
    /// one), or checks an existing one and resets its mode. Refuses a directory that is a
    /// symlink, owned by another user, or writable by anyone but its owner: whoever can
    /// write there could swap the socket for their own.
    public static func prepareDirectory(_ path: String, group: ShareGroup? = nil) throws(ShareError) {
        let mode: mode_t = group == nil ? 0o700 : 0o750
        if mkdir(path, mode) != 0, errno != EEXIST { throw ShareError.lastSystemError("cannot create", path) }
        // Checks and changes go through one descriptor so the directory cannot be swapped
        // between them; O_NOFOLLOW refuses a planted symlink.
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ELOOP || errno == ENOTDIR { throw .unsafeDirectory(path: path, reason: "it is not a directory") }
            throw ShareError.lastSystemError("cannot open", path)
        }
        defer { UnixSocket.closeDescriptor(fd) }
        var status = stat()
        guard fstat(fd, &status) == 0 else { throw ShareError.lastSystemError("cannot inspect", path) }
        guard status.st_uid == geteuid() else {
            throw .unsafeDirectory(path: path, reason: "it is owned by uid \(status.st_uid), not by you")
        }
        guard status.st_mode & (S_IWGRP | S_IWOTH) == 0 else {
            throw .unsafeDirectory(path: path, reason: "it is writable by other users")
        }
        if let group, status.st_gid != group.gid, fchown(fd, UInt32.max, group.gid) != 0 {
            throw ShareError.lastSystemError("cannot give group \(group.name) access to", path)
        }
        if status.st_mode & 0o7777 != mode, fchmod(fd, mode) != 0 {
            throw ShareError.lastSystemError("cannot set permissions of", path)
        }
    }

    private static func directory(environment: [String: String], sharedWithGroup: Bool, uid: UInt32 = geteuid()) -> String {
        if !sharedWithGroup, let runtime = absolute(environment["XDG_RUNTIME_DIR"]) {
            return runtime + "/idash"
        }
        let temporary = absolute(environment["TMPDIR"]) ?? "/tmp"
        return temporary + "/idash-\(uid)"
    }

    /// An absolute path without trailing slashes, or nil for unset, empty or relative values
    /// (the XDG spec says to ignore relative ones).
    private static func absolute(_ value: String?) -> String? {
        guard var value, value.hasPrefix("/") else { return nil }
        while value.count > 1, value.hasSuffix("/") { value.removeLast() }
        return value == "/" ? "" : value
    }
}
