#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tells when the files of a data directory change, for `--watch`.
///
/// On Linux it listens to inotify on the directory itself, not the files: editors that save
/// by writing a new file and renaming it over the old one (vim, VS Code, sed -i) replace the
/// inode, and a watch on the old file would go quiet. Elsewhere it looks at the files'
/// sizes and modification times once a second. Either way a change is reported only when
/// that fingerprint differs, so a save that changed nothing does not reload.
public final class DirectoryWatcher {
    public let path: String
    /// The inotify descriptor to wait on, or nil where the watcher polls.
    public private(set) var fileDescriptor: Int32?
    /// How long the caller may sleep before `changed()` must be asked (polling only).
    public var pollMilliseconds: Int? { fileDescriptor == nil ? 1000 : nil }
    private var fingerprint: [String: String]

    public init(path: String) {
        self.path = path
        fingerprint = Self.fingerprint(of: path)
        #if os(Linux)
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB)
        if fd >= 0, inotify_add_watch(fd, path, mask) >= 0 {
            fileDescriptor = fd
        } else if fd >= 0 {
            close(fd)
        }
        #endif
    }

    deinit {
        if let fileDescriptor { close(fileDescriptor) }
    }

    /// Empties the inotify queue (call when its descriptor is readable).
    public func drain() {
        guard let fileDescriptor else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        while read(fileDescriptor, &buffer, buffer.count) > 0 {}
    }

    /// True once per change of the directory's files.
    public func changed() -> Bool {
        let now = Self.fingerprint(of: path)
        guard now != fingerprint else { return false }
        fingerprint = now
        return true
    }

    /// Size and modification time of each data file, by name.
    static func fingerprint(of path: String) -> [String: String] {
        guard let directory = opendir(path) else { return [:] }
        defer { closedir(directory) }
        var result: [String: String] = [:]
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name.hasSuffix(".json") || name.hasSuffix(".csv") else { continue }
            var info = stat()
            guard stat(path + "/" + name, &info) == 0 else { continue }
            #if canImport(Darwin)
            let modified = info.st_mtimespec
            #else
            let modified = info.st_mtim
            #endif
            result[name] = "\(info.st_size) \(modified.tv_sec).\(modified.tv_nsec) \(info.st_ino)"
        }
        return result
    }
}
