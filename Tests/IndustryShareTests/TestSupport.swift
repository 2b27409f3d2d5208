// Shared fixtures: private temporary folders under /tmp, sample positions, and a loop that
// lets the presenter and a follower trade bytes until both are idle (no sleeps: Unix stream
// sockets hand bytes to the receiver within the send call).

import Glibc
import Testing
@testable import IndustryShare

/// Runs `body` in a fresh mkdtemp folder under /tmp and removes it afterwards.
func withTemporaryDirectory<T>(_ body: (String) throws -> T) throws -> T {
    var template = Array("/tmp/idash-share-test.XXXXXX".utf8CString)
    guard let made = mkdtemp(&template) else { throw ShareError.lastSystemError("mkdtemp", "/tmp") }
    let path = String(cString: made)
    defer { removeTree(path) }
    return try body(path)
}

/// rm -rf without Foundation: enough for the few files a test makes.
func removeTree(_ path: String) {
    var status = stat()
    guard lstat(path, &status) == 0 else { return }
    if status.st_mode & S_IFMT == S_IFDIR {
        _ = chmod(path, 0o700)
        if let directory = opendir(path) {
            var names: [String] = []
            while let entry = readdir(directory) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                if name != "." && name != ".." { names.append(name) }
            }
            closedir(directory)
            for name in names { removeTree(path + "/" + name) }
        }
        rmdir(path)
    } else {
        unlink(path)
    }
}

func fileMode(_ path: String) -> mode_t? {
    var status = stat()
    return lstat(path, &status) == 0 ? status.st_mode & 0o7777 : nil
}

func fileStatus(_ path: String) -> stat? {
    var status = stat()
    return lstat(path, &status) == 0 ? status : nil
}

/// A position that differs for every `n`.
func samplePosition(_ n: Int, notes: String? = nil) -> SharePosition {
    SharePosition(deckTitle: "新型工业化 2026", slideIndex: n % 12, slideCount: 12, view: "city:nantong",
                  titleZh: "南通 第\(n)页", titleEn: "Nantong, slide \(n)", notes: notes ?? "note \(n)",
                  blanked: n % 7 == 0, selectedRow: n % 5)
}

/// Lets `server` send and every follower in `clients` read until nothing is left to send
/// or read; returns the last position each client decoded. All of the server's followers
/// must be in `clients`, or one that never reads keeps output pending forever. The round
/// limit turns a bug into a failure rather than a hung test.
func exchangeUntilIdle(_ server: ShareServer, _ clients: [ShareClient]) -> [SharePosition?] {
    var last = [SharePosition?](repeating: nil, count: clients.count)
    var gone = [Bool](repeating: false, count: clients.count)
    for _ in 0..<100_000 {
        server.flush()
        var readSomething = false
        for (index, client) in clients.enumerated() where !gone[index] {
            switch client.readAvailable() {
            case .position(let position): last[index] = position; readSomething = true
            case .presenterGone(let position): last[index] = position ?? last[index]; gone[index] = true
            case .shareFull: gone[index] = true
            case .nothingNew: break
            }
        }
        if !readSomething && !server.hasPendingOutput { return last }
    }
    Issue.record("the server and its followers never went idle")
    return last
}

/// The error `body` throws if it is an `E`, for asserting on the case.
func caughtError<E: Error>(_ type: E.Type, _ body: () throws -> Void) -> E? {
    do { try body(); return nil } catch { return error as? E }
}
