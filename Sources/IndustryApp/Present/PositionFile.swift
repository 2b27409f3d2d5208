// The file that keeps a talk's position between runs of `idash present`
// ($XDG_STATE_HOME/idash/present.json, by the XDG spec the place for state that should
// survive a restart but is not worth backing up).

import IndustryShare
import Glibc

public struct PositionFile: Equatable, Sendable {
    public static let fileName = "present.json"

    public let path: String

    public init(path: String) { self.path = path }

    /// `$XDG_STATE_HOME/idash/present.json`, else `$HOME/.local/state/idash/present.json`;
    /// nil when neither is set (the talk then simply is not remembered).
    public static func location(environment: [String: String]) -> PositionFile? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return PositionFile(path: state + "/idash/" + fileName)
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return PositionFile(path: home + "/.local/state/idash/" + fileName)
        }
        return nil
    }

    /// What was found at start.
    public enum Reading: Equatable, Sendable {
        case none
        case saved(SavedPosition)
        case unreadable(path: String, SavedPositionError)
    }

    public func read() -> Reading {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { return .none }
            return .unreadable(path: path, SavedPositionError(reason: String(cString: strerror(errno))))
        }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        // A position is under 200 bytes; 64 KiB bounds what a strange file can cost.
        while bytes.count <= 65_536 {
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            bytes += chunk[..<count]
        }
        do throws(SavedPositionError) {
            return .saved(try SavedPosition.decode(bytes))
        } catch {
            return .unreadable(path: path, error)
        }
    }

    /// Replaces the file whole: written to a temporary file beside it, then renamed over
    /// it, so a hang-up mid-write leaves the old position or the new one, never half of
    /// one. No fsync: this guards against the process dying, and a slide change must not
    /// wait on the disk. Failures are returned, not thrown: a read-only home must not stop a talk.
    @discardableResult
    public func write(_ position: SavedPosition) -> Bool {
        guard let slash = path.lastIndex(of: "/") else { return false }
        makeDirectories(String(path[..<slash]))
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        let bytes = position.encoded()
        let written = writeAll(fd, bytes)
        close(fd)
        guard written == bytes.count, rename(temporary, path) == 0 else {
            unlink(temporary)
            return false
        }
        return true
    }

    /// mkdir -p, private (0700) as the XDG spec asks of state directories.
    private func makeDirectories(_ directory: String) {
        var prefix = ""
        for part in directory.split(separator: "/", omittingEmptySubsequences: true) {
            prefix += "/" + part
            _ = mkdir(prefix, 0o700)
        }
    }
}
