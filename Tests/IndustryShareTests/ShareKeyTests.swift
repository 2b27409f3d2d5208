import Testing
@testable import IndustryShare

@Suite("share-key lines")
struct ShareKeyTests {
    static let pub = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAICQdedaB9SIESM7izsEJOf/w5G5efmx+SavfiSjt6k+J alice@laptop"
    static let blob = String(pub.split(separator: " ")[1])

    @Test("a public key file gives a restricted line that runs only idash follow")
    func line() throws {
        let key = try PublicKey.parse(Self.pub + "\n")
        #expect(key == PublicKey(type: "ssh-ed25519", blob: Self.blob))
        let line = try ShareKeys.line(name: "alice", key: key, idash: "/usr/local/bin/idash", socket: "/tmp/idash-1000/present.sock")
        #expect(line == "restrict,pty,command=\"/usr/local/bin/idash follow /tmp/idash-1000/present.sock\" ssh-ed25519 \(Self.blob) idash:alice")
    }

    @Test("add, list and remove touch only their own line")
    func editing() throws {
        let key = try PublicKey.parse(Self.pub)
        let own = "ssh-ed25519 \(Self.blob) me@desk\n# a comment of the owner's\n"
        let alice = try ShareKeys.line(name: "alice", key: key, idash: "/bin/idash", socket: "/tmp/s.sock")
        let bob = try ShareKeys.line(name: "bob", key: key, idash: "/bin/idash", socket: "/tmp/s.sock")
        let both = try ShareKeys.adding(bob, name: "bob", to: try ShareKeys.adding(alice, name: "alice", to: own))
        #expect(ShareKeys.names(in: both) == ["alice", "bob"])
        #expect(caughtError(ShareKeyError.self) { _ = try ShareKeys.adding(alice, name: "alice", to: both) } == .duplicateName("alice"))
        let left = try ShareKeys.removing(name: "alice", from: both)
        #expect(left == own + bob + "\n")
        #expect(ShareKeys.names(in: left) == ["bob"])
        #expect(caughtError(ShareKeyError.self) { _ = try ShareKeys.removing(name: "alice", from: left) } == .unknownName("alice"))
        #expect(try ShareKeys.adding(alice, name: "alice", to: "no newline") == "no newline\n" + alice + "\n")
    }

    @Test("bad key files and names are refused with the reason", arguments: [
        ("", "holds no key"),
        ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn\n-----END OPENSSH PRIVATE KEY-----\n", "private key"),
        ("command=\"sh\" \(pub)", "options are not allowed"),
        ("ssh-ed25519 !!!notbase64", "not base64"),
        ("ssh-rsa \(blob) wrong type", "not a ssh-rsa key"),
        ("\(pub)\n\(pub)\n", "holds 2 lines"),
    ])
    func badKeys(text: String, reason: String) {
        guard case .badKey(let said)? = caughtError(ShareKeyError.self, { _ = try PublicKey.parse(text) }) else {
            Issue.record("accepted: \(text)"); return
        }
        #expect(said.contains(reason), "\(said)")
    }

    @Test("names and paths that could break out of the forced command are refused")
    func unsafe() throws {
        let key = try PublicKey.parse(Self.pub)
        for name in ["", "a b", "x\"", "-rf", "名字"] {
            #expect(caughtError(ShareKeyError.self) { _ = try ShareKeys.line(name: name, key: key, idash: "/bin/idash", socket: "/s") } == .badName(name))
        }
        for path in ["/tmp/a b", "/tmp/\"; id", "relative/idash", "/tmp/$(id)"] {
            #expect(caughtError(ShareKeyError.self) { _ = try ShareKeys.line(name: "n", key: key, idash: path, socket: "/s") } == .unsafePath(path))
        }
    }
}
