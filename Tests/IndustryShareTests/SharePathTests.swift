import Glibc
import Testing
@testable import IndustryShare

@Suite("SharePath")
struct SharePathTests {
    @Test("the default path is under XDG_RUNTIME_DIR, else TMPDIR or /tmp with the uid")
    func defaultPaths() {
        let uid = geteuid()
        #expect(SharePath.defaultPath(environment: ["XDG_RUNTIME_DIR": "/run/user/7/", "TMPDIR": "/var/tmp"])
            == "/run/user/7/idash/present.sock")
        #expect(SharePath.defaultPath(environment: ["TMPDIR": "/var/tmp/"]) == "/var/tmp/idash-\(uid)/present.sock")
        #expect(SharePath.defaultPath(environment: [:]) == "/tmp/idash-\(uid)/present.sock")
        // Relative or empty values are ignored, as the XDG spec asks.
        #expect(SharePath.defaultPath(environment: ["XDG_RUNTIME_DIR": "run", "TMPDIR": ""]) == "/tmp/idash-\(uid)/present.sock")
        // A group cannot reach into the user's private runtime folder.
        #expect(SharePath.defaultPath(environment: ["XDG_RUNTIME_DIR": "/run/user/7"], sharedWithGroup: true)
            == "/tmp/idash-\(uid)/present.sock")
    }

    @Test("the directory is created 0700 and the socket 0600")
    func privateModes() throws {
        try withTemporaryDirectory { root in
            let path = try SharePath.default(environment: ["XDG_RUNTIME_DIR": root])
            #expect(path == root + "/idash/present.sock")
            #expect(fileMode(root + "/idash") == 0o700)
            let server = try ShareServer(path: path)
            defer { server.close() }
            #expect(fileMode(path) == 0o600)
        }
    }

    @Test("an existing directory of ours gets its mode reset")
    func existingDirectory() throws {
        try withTemporaryDirectory { root in
            #expect(mkdir(root + "/idash", 0o500) == 0)
            _ = try SharePath.default(environment: ["XDG_RUNTIME_DIR": root])
            #expect(fileMode(root + "/idash") == 0o700)
        }
    }

    @Test("with a group the directory is 0750 and the socket 0660, both owned by the group")
    func groupModes() throws {
        guard let entry = getgrgid(getegid()) else { Issue.record("no group entry for our gid"); return }
        let group = try ShareGroup.named(String(cString: entry.pointee.gr_name))
        try withTemporaryDirectory { root in
            let path = try SharePath.default(environment: ["TMPDIR": root, "XDG_RUNTIME_DIR": root + "/unused"], group: group)
            #expect(path == root + "/idash-\(geteuid())/present.sock")
            #expect(fileMode(root + "/idash-\(geteuid())") == 0o750)
            let server = try ShareServer(path: path, group: group)
            defer { server.close() }
            #expect(fileMode(path) == 0o660)
            #expect(fileStatus(path)?.st_gid == group.gid)
        }
    }

    @Test("an unknown group is an error")
    func unknownGroup() {
        #expect(caughtError(ShareError.self) { _ = try ShareGroup.named("idash-no-such-group") } == .unknownGroup("idash-no-such-group"))
    }

    @Test("a directory writable by others, owned by another user, or a symlink is refused")
    func unsafeDirectories() throws {
        try withTemporaryDirectory { root in
            let shared = root + "/idash"
            #expect(mkdir(shared, 0o700) == 0 && chmod(shared, 0o777) == 0)
            let writable = caughtError(ShareError.self) { _ = try SharePath.default(environment: ["XDG_RUNTIME_DIR": root]) }
            #expect(writable == .unsafeDirectory(path: shared, reason: "it is writable by other users"))
            #expect(fileMode(shared) == 0o777)  // left alone, not "fixed"

            let link = root + "/link"
            #expect(symlink(root, link) == 0)
            #expect(caughtError(ShareError.self) { try SharePath.prepareDirectory(link) }
                == .unsafeDirectory(path: link, reason: "it is not a directory"))

            // Only root can hand a directory to another user, so this part needs root.
            if geteuid() == 0 {
                let foreign = root + "/foreign"
                #expect(mkdir(foreign, 0o700) == 0 && chown(foreign, 65534, 65534) == 0)
                #expect(caughtError(ShareError.self) { try SharePath.prepareDirectory(foreign) }
                    == .unsafeDirectory(path: foreign, reason: "it is owned by uid 65534, not by you"))
            }
        }
    }
}
