#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes all of `bytes` to `fd`, again after an interrupted or short write; returns how
/// many were written (fewer than all on an error). The files written whole through a
/// temporary file (the talk's position, authorized_keys) share it.
public func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int {
    var written = 0
    while written < bytes.count {
        let count = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        if count < 0, errno == EINTR { continue }
        guard count > 0 else { break }
        written += count
    }
    return written
}
