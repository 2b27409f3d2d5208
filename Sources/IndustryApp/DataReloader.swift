import TerminalKit
import FileFormats
import IndustryModel
import IndustryTerminal
import IndustryViews

/// `--watch`: reloads the data directory a moment after its files stop changing. A change
/// that fails validation keeps the last good data on screen and names the problem in the
/// status bar until a later change fixes it.
struct DataReloader {
    /// Editors write a file in several steps (a temporary file, a rename, a chmod); waiting
    /// for this long a quiet spell loads the finished file once instead of each step.
    static let quiet: Duration = .milliseconds(200)

    let directory: String
    let watcher: DirectoryWatcher
    private var due: Moment?

    init(directory: String) {
        self.directory = directory
        watcher = DirectoryWatcher(path: directory)
    }

    var descriptors: [ReadyDescriptor] { watcher.fileDescriptor.map { [ReadyDescriptor(fd: $0)] } ?? [] }

    /// Until when the run loop may block: a pending reload, or the next poll.
    func deadline(now: Moment) -> Moment? {
        if let due { return due }
        return watcher.pollMilliseconds.map { now + .milliseconds($0) }
    }

    /// Handles a wake that was not a key. True when the folder changed and has been quiet
    /// long enough to load again.
    mutating func wake(_ wake: Wake, now: Moment) -> Bool {
        if case .ready = wake {
            watcher.drain()
            due = now + Self.quiet
            return false
        }
        if let due, now < due { return false }
        if due == nil, watcher.fileDescriptor != nil { return false }
        due = nil
        return watcher.changed()
    }

    /// The first problem, with its file's name and place, and how many more there are.
    static func describe(_ failure: DiagnosticsError, language: Language) -> String {
        guard var first = failure.diagnostics.first else { return Labels.notReloaded.text(language) }
        first.file = String(first.file.split(separator: "/").last ?? Substring(first.file))  // the bar is narrow
        let place = first.description
        let more = failure.diagnostics.count - 1
        let suffix = more > 0 ? Labels.moreProblems(more).text(language) : ""
        return Labels.notReloaded.text(language) + ": " + place + suffix
    }
}
