import Glibc
import Testing
@testable import IndustryShare

@Suite("ShareServer")
struct ShareServerTests {
    @Test("a follower who joins late is sent the current position at once")
    func lateJoiner() throws {
        try withTemporaryDirectory { root in
            let server = try ShareServer(path: root + "/s.sock")
            defer { server.close() }
            server.publish(samplePosition(1))
            server.publish(samplePosition(2))
            let client = try ShareClient(path: server.path)
            #expect(client.readAvailable() == .nothingNew)
            server.acceptPending()
            #expect(server.followerCount == 1)
            #expect(client.readAvailable() == .position(samplePosition(2)))
            #expect(client.readAvailable() == .nothingNew)
        }
    }

    @Test("sixty followers all end on the latest of several positions")
    func manyFollowers() throws {
        try withTemporaryDirectory { root in
            let server = try ShareServer(path: root + "/s.sock")
            defer { server.close() }
            server.publish(samplePosition(0))
            let clients = try (0..<60).map { _ in try ShareClient(path: server.path) }
            server.acceptPending()
            #expect(server.followerCount == 60)
            for n in 1...5 { server.publish(samplePosition(n)) }
            for client in clients {
                #expect(client.readAvailable() == .position(samplePosition(5)))
                #expect(client.rejectedCount == 0)
            }
        }
    }

    @Test("a stuck follower never blocks 10,000 publishes and finally reads the latest, whole")
    func stuckFollower() throws {
        try withTemporaryDirectory { root in
            let server = try ShareServer(path: root + "/s.sock")
            defer { server.close() }
            let stuck = try ShareClient(path: server.path)
            let reader = try ShareClient(path: server.path)
            server.acceptPending()
            // Notes of a few hundred bytes fill the socket buffer after a few hundred messages.
            let notes = String(repeating: "讲稿 ", count: 60)
            for n in 0..<10_000 {
                server.publish(samplePosition(n, notes: notes + "\(n)"))
                if n % 1000 == 0 { _ = reader.readAvailable() }  // a follower that reads now and then
            }
            let latest = samplePosition(9_999, notes: notes + "9999")
            #expect(server.followerCount == 2)
            #expect(server.hasPendingOutput)  // the buffer really did fill
            // Held for the stuck follower: at most the message in flight and the newest.
            let oneMessage = try latest.encodedLine().count
            #expect(server.pendingByteCounts.allSatisfy { $0 <= 2 * oneMessage })

            // Both read at last: the last thing each decodes is the latest position.
            #expect(exchangeUntilIdle(server, [stuck, reader]) == [latest, latest])
            #expect(stuck.latest == latest)
            #expect(stuck.rejectedCount == 0)  // no half message was ever glued to another
        }
    }

    @Test("when the presenter quits, followers are told and the socket file is removed")
    func presenterQuits() throws {
        try withTemporaryDirectory { root in
            let server = try ShareServer(path: root + "/s.sock")
            server.publish(samplePosition(3))
            let early = try ShareClient(path: server.path)
            let late = try ShareClient(path: server.path)
            server.acceptPending()
            #expect(early.readAvailable() == .position(samplePosition(3)))
            server.close()
            #expect(fileStatus(server.path) == nil)
            #expect(early.readAvailable() == .presenterGone(last: nil))
            #expect(late.readAvailable() == .presenterGone(last: samplePosition(3)))
            #expect(early.fileDescriptor == nil && early.isPresenterGone)
            #expect(early.readAvailable() == .presenterGone(last: nil))  // and stays so
            #expect(early.latest == samplePosition(3))
        }
    }

    @Test("a follower that sends anything is disconnected; the others carry on")
    func noisyFollower() throws {
        try withTemporaryDirectory { root in
            let server = try ShareServer(path: root + "/s.sock")
            defer { server.close() }
            let noisy = try ShareClient(path: server.path)
            let quiet = try ShareClient(path: server.path)
            server.acceptPending()
            let command = Array("{\"slide\":5}\n".utf8)
            #expect(write(noisy.fileDescriptor!, command, command.count) == command.count)
            server.service()
            #expect(server.followerCount == 1)
            #expect(server.droppedFollowerCount == 1)
            #expect(server.latest == nil)  // nothing steered
            #expect(noisy.readAvailable() == .presenterGone(last: nil))
            server.publish(samplePosition(1))
            #expect(quiet.readAvailable() == .position(samplePosition(1)))
        }
    }

    @Test("a follower that hangs up is removed")
    func followerLeaves() throws {
        try withTemporaryDirectory { root in
            let server = try ShareServer(path: root + "/s.sock")
            defer { server.close() }
            let client = try ShareClient(path: server.path)
            server.acceptPending()
            client.close()
            server.service()
            #expect(server.followerCount == 0)
            server.publish(samplePosition(1))  // no SIGPIPE, no crash
        }
    }

    @Test("followers over the cap are refused at once")
    func cap() throws {
        try withTemporaryDirectory { root in
            let server = try ShareServer(path: root + "/s.sock", maxFollowers: 2)
            defer { server.close() }
            let clients = try (0..<3).map { _ in try ShareClient(path: server.path) }
            server.acceptPending()
            #expect(server.followerCount == 2)
            #expect(server.refusedPeerCount == 1)
            #expect(clients[2].readAvailable() == .shareFull)
        }
    }

    @Test("a file that is not a socket is never replaced")
    func notASocket() throws {
        try withTemporaryDirectory { root in
            let path = root + "/present.sock"
            let fd = open(path, O_CREAT | O_WRONLY, 0o600)
            close(fd)
            #expect(caughtError(ShareError.self) { _ = try ShareServer(path: path) } == .notASocket(path: path))
            #expect(fileStatus(path).map { $0.st_mode & S_IFMT } == S_IFREG)
        }
    }

    @Test("a stale socket is replaced; a live presentation is not")
    func staleAndLive() throws {
        try withTemporaryDirectory { root in
            let path = root + "/present.sock"
            let stale = try UnixSocket.makeStream(path: path)
            #expect(try UnixSocket.withAddress(path) { bind(stale, $0, $1) } == 0)
            UnixSocket.closeDescriptor(stale)  // as if the presenter had crashed
            let server = try ShareServer(path: path)
            defer { server.close() }
            #expect(caughtError(ShareError.self) { _ = try ShareServer(path: path) } == .presentationRunning(path: path))
            #expect(fileStatus(path) != nil)  // the live one's socket is untouched
            let client = try ShareClient(path: path)
            server.service()  // the refused server's probe connected too, then hung up
            #expect(server.followerCount == 1)
            client.close()
        }
    }

    @Test("only the presenter's user, or the group's members, are admitted")
    func peerPolicy() {
        let privatePolicy = PeerPolicy(ownerUID: 1000, group: nil)
        #expect(privatePolicy.admits(PeerCredentials(pid: 1, uid: 1000, gid: 1000)))
        #expect(!privatePolicy.admits(PeerCredentials(pid: 1, uid: 1001, gid: 1000)))
        let group = ShareGroup(name: "audience", gid: 4242, memberNames: ["root"])
        let groupPolicy = PeerPolicy(ownerUID: 1000, group: group)
        #expect(groupPolicy.admits(PeerCredentials(pid: 1, uid: 1001, gid: 4242)))  // primary group
        #expect(groupPolicy.admits(PeerCredentials(pid: 1, uid: 0, gid: 0)))  // listed member (uid 0 is root)
        #expect(!groupPolicy.admits(PeerCredentials(pid: 1, uid: 65534, gid: 65534)))
    }
}
