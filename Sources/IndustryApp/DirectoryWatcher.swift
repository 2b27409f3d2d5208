#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tells when the files of a data directory change, for `--watch`.
///
/// On Linux it listens to inotify on the directory itself, not the files: editors that save
/// by writing a new file and renaming it over the old one (vim, VS Code, sed -i) replace the
/// inode, and a watch on the old file would go quiet. Elsewhere, and while the folder is
/// missing, it looks at the files' sizes and modification times once a second. Either way a change is reported only when
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
        attach()
    }

    deinit {
        if let fileDescriptor { close(fileDescriptor) }
    }

    /// Watches the folder now at `path`. A folder removed and made again (`git checkout`,
    /// `rsync --delete-after`) is a new inode the old watch never hears from, so a watch
    /// that ends is attached again; while there is no folder the watcher polls.
    private func attach() {
        #if os(Linux)
        let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB
                          | IN_DELETE_SELF | IN_MOVE_SELF)
        if fd >= 0, inotify_add_watch(fd, path, mask) >= 0 {
            fileDescriptor = fd
        } else if fd >= 0 {
            close(fd)
        }
        #endif
    }

    /// Empties the inotify queue (call when its descriptor is readable). When the folder
    /// itself went away the watch is dropped, and polling takes over until it is back.
    public func drain() {
        guard let fd = fileDescriptor else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        var folderGone = false
        while true {
            let count = read(fd, &buffer, buffer.count)
            guard count > 0 else { break }
            #if os(Linux)
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let event = buffer.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: inotify_event.self) }
                if event.mask & UInt32(IN_IGNORED | IN_DELETE_SELF | IN_MOVE_SELF) != 0 { folderGone = true }
                offset += MemoryLayout<inotify_event>.size + Int(event.len)
            }
            #endif
        }
        if folderGone {
            close(fd)
            fileDescriptor = nil
        }
    }

    /// True once per change of the directory's files.
    public func changed() -> Bool {
        if fileDescriptor == nil { attach() }
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
