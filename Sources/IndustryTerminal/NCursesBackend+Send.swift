#if canImport(Glibc)
import Glibc
#endif

/// Bytes written to the terminal past ncurses: the width probe's question, a clipboard
/// request. ncurses has sent its own buffer by then (`doupdate` flushes it), so the bytes
/// arrive after the frame, never inside one of its escape sequences.
extension NCursesBackend {
    public func send(_ bytes: [UInt8]) {
        guard active else { return }
        writeToTerminal(bytes)
    }

    func writeToTerminal(_ bytes: [UInt8]) {
        var rest = bytes[...]
        while !rest.isEmpty {
            let written = rest.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            rest = rest.dropFirst(written)
        }
    }
}
