import Glibc
import Testing
@testable import IndustryShare

@Suite("ShareClient")
struct ShareClientTests {
    @Test("no presenter gives a clear error, for a missing path and for a stale socket")
    func noPresenter() throws {
        try withTemporaryDirectory { root in
            let path = root + "/present.sock"
            #expect(caughtError(ShareError.self) { _ = try ShareClient(path: path) } == .noPresentation(path: path))
            #expect(ShareError.noPresentation(path: path).description == "no presentation at \(path)")
            let stale = try UnixSocket.makeStream(path: path)
            #expect(try UnixSocket.withAddress(path) { bind(stale, $0, $1) } == 0)
            UnixSocket.closeDescriptor(stale)
            #expect(caughtError(ShareError.self) { _ = try ShareClient(path: path) } == .noPresentation(path: path))
        }
    }

    @Test("a presenter who is not the socket file's owner is refused")
    func unexpectedPeer() throws {
        // Changing a file's owner needs root; as anyone else there is nothing to test here.
        guard geteuid() == 0 else { return }
        try withTemporaryDirectory { root in
            let server = try ShareServer(path: root + "/s.sock")
            defer { server.close() }
            #expect(chown(server.path, 65534, 65534) == 0)
            #expect(caughtError(ShareError.self) { _ = try ShareClient(path: server.path) }
                == .unexpectedPeer(path: server.path, uid: 0))
        }
    }

    @Test("garbage from a raw socket is counted and skipped; good lines still get through")
    func garbage() throws {
        try withTemporaryDirectory { root in
            let path = root + "/raw.sock"
            let listener = try UnixSocket.makeStream(path: path)
            defer { UnixSocket.closeDescriptor(listener) }
            #expect(try UnixSocket.withAddress(path) { bind(listener, $0, $1) } == 0)
            #expect(listen(listener, 4) == 0)
            let client = try ShareClient(path: path)
            guard let peer = UnixSocket.acceptNonBlocking(listener) else { Issue.record("no connection"); return }
            func send(_ bytes: [UInt8]) {
                var offset = 0
                while offset < bytes.count {
                    let written = bytes[offset...].withUnsafeBytes { write(peer, $0.baseAddress, $0.count) }
                    if written > 0 { offset += written } else { _ = client.readAvailable() }  // make room
                }
            }
            let good = try samplePosition(6).encodedLine()
            send(Array("not json at all\n".utf8))
            send([0xFF, 0xFE, 0x00, 0x0A])
            send(Array("{\"version\":99}\n".utf8))
            send(Array("[1,2,3]\n\n".utf8))
            send([UInt8](repeating: UInt8(ascii: "{"), count: 200_000) + [0x0A])  // oversized
            send(Array(good[..<10]))  // a message split across writes
            #expect(client.readAvailable() == .nothingNew)
            send(Array(good[10...]))
            #expect(client.readAvailable() == .position(samplePosition(6)))
            #expect(client.rejectedCount == 6)
            #expect(client.lastRejection == .oversized(byteCount: SharePosition.maxMessageBytes + 1))
            send(Array("{\"version\":1,\"deck\":".utf8))  // cut off by the presenter's exit
            UnixSocket.closeDescriptor(peer)
            #expect(client.readAvailable() == .presenterGone(last: nil))
            #expect(client.rejectedCount == 7)
            #expect(client.latest == samplePosition(6))
        }
    }
}
