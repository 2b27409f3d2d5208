import Glibc
import Testing
@testable import IndustryShare

/// `--max-followers` and the greeting's time limit, over real sockets (issue 15).
@Suite("Share limits")
struct ShareLimitTests {
    /// A peer that connects and never reads: what a stuck or hostile client looks like.
    static func silentPeer(_ path: String) throws -> Int32 {
        let fd = try UnixSocket.makeStream(path: path)
        #expect(try UnixSocket.withAddress(path) { connect(fd, $0, $1) } == 0)
        return fd
    }

    @Test("a follower over --max-followers is told the share is full, not that the presenter ended")
    func full() throws {
        try withTemporaryDirectory { root in
            let server = try ShareServer(path: root + "/s.sock", maxFollowers: 2)
            defer { server.close() }
            server.publish(samplePosition(1))
            let first = try ShareClient(path: server.path)
            let second = try ShareClient(path: server.path)
            server.service()
            #expect(first.readAvailable() == .position(samplePosition(1)))
            #expect(second.readAvailable() == .position(samplePosition(1)))
            let late = try ShareClient(path: server.path)
            server.service()
            #expect(late.readAvailable() == .shareFull)
            #expect(late.isShareFull && late.fileDescriptor == nil)
            #expect(late.readAvailable() == .shareFull)  // and stays so
            #expect(late.rejectedCount == 0)  // a notice, not a malformed position
            #expect(server.followerCount == 2 && server.refusedAsFullCount == 1)
            // The two who follow carry on; when one leaves, a place is free again.
            server.publish(samplePosition(2))
            #expect(first.readAvailable() == .position(samplePosition(2)))
            second.close()
            server.service()
            let again = try ShareClient(path: server.path)
            server.service()
            #expect(again.readAvailable() == .position(samplePosition(2)))
            #expect(server.followerCount == 2)
        }
    }

    @Test("a connection that has not read its greeting within 1 second is closed and frees its place")
    func greetingTimeout() throws {
        try withTemporaryDirectory { root in
            let server = try ShareServer(path: root + "/s.sock", maxFollowers: 1)
            defer { server.close() }
            server.publish(samplePosition(4))
            let silent = try Self.silentPeer(server.path)
            defer { UnixSocket.closeDescriptor(silent) }
            let start = ShareServer.monotonicNow()
            server.service(now: start)
            #expect(server.followerCount == 1)
            #expect(server.greetingDeadline == start + 1000)
            let refused = try ShareClient(path: server.path)
            server.service(now: start + 999)
            #expect(refused.readAvailable() == .shareFull)  // the silent one holds the place, for now
            #expect(server.expiredCount == 0)

            server.service(now: start + 1000)
            #expect(server.followerCount == 0 && server.expiredCount == 1)
            #expect(server.greetingDeadline == nil)
            var byte = [UInt8](repeating: 0, count: 4096)
            var received = 0
            while true {  // what it never read, then the end: it was closed
                let count = recv(silent, &byte, byte.count, Int32(MSG_DONTWAIT))
                if count <= 0 { received = count; break }
            }
            #expect(received == 0)

            let follower = try ShareClient(path: server.path)
            server.service(now: start + 1001)
            #expect(follower.readAvailable() == .position(samplePosition(4)))
            server.service(now: start + 1002)  // it read the greeting: a follower for good
            server.service(now: start + 60_000)
            #expect(server.followerCount == 1 && server.expiredCount == 1)
            #expect(server.greetingDeadline == nil)
            server.publish(samplePosition(5))
            #expect(follower.readAvailable() == .position(samplePosition(5)))
        }
    }

    @Test("a follower that read its greeting is kept at the deadline, even a slide behind")
    func greetedThenBehind() throws {
        try withTemporaryDirectory { root in
            let server = try ShareServer(path: root + "/s.sock")
            defer { server.close() }
            let follower = try ShareClient(path: server.path)
            let start = ShareServer.monotonicNow()
            server.acceptPending(now: start)
            #expect(follower.readAvailable() == .nothingNew)  // the greeting alone: nothing to show
            server.publish(samplePosition(1))  // not read yet when the second is up
            server.service(now: start + 1500)
            #expect(server.followerCount == 1 && server.expiredCount == 0)
            #expect(follower.readAvailable() == .position(samplePosition(1)))
        }
    }

    @Test("the greeting and the full notice are protocol lines a follower knows")
    func notices() throws {
        #expect(ShareNotice.of(Array(ShareNotice.full.line().dropLast())) == .full)
        #expect(ShareNotice.of(Array(ShareNotice.hello.line().dropLast())) == .hello)
        #expect(String(decoding: ShareNotice.full.line(), as: UTF8.self) == "{\"version\":1,\"notice\":\"full\"}\n")
        #expect(ShareNotice.of(Array("{\"version\":2,\"notice\":\"full\"}".utf8)) == nil)
        #expect(ShareNotice.of(try samplePosition(1).encodedLine()) == nil)
    }
}
