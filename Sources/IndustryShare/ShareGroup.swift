// `--share-group GROUP`: who besides the presenter may follow. Resolved once at start-up,
// so a typo fails immediately instead of silently sharing with nobody.

import Glibc

/// A Unix group that may follow the presentation, as the group database had it at start-up.
public struct ShareGroup: Sendable, Equatable {
    public let name: String
    public let gid: UInt32
    /// Users listed as supplementary members (the `gr_mem` list).
    public let memberNames: [String]

    public init(name: String, gid: UInt32, memberNames: [String]) {
        (self.name, self.gid, self.memberNames) = (name, gid, memberNames)
    }

    /// Looks the group up with getgrnam_r (the reentrant getgrnam: tests and the app may
    /// look up groups from several threads).
    public static func named(_ name: String) throws(ShareError) -> ShareGroup {
        var entry = group()
        var result: UnsafeMutablePointer<group>?
        var size = max(1024, Int(sysconf(Int32(_SC_GETGR_R_SIZE_MAX))))
        while size <= 1 << 24 {
            var buffer = [CChar](repeating: 0, count: size)
            let code = getgrnam_r(name, &entry, &buffer, size, &result)
            if code == ERANGE { size *= 2; continue }
            guard code == 0, let found = result?.pointee else { throw .unknownGroup(name) }
            var members: [String] = []
            var cursor = found.gr_mem
            while let member = cursor?.pointee {
                members.append(String(cString: member))
                cursor = cursor?.advanced(by: 1)
            }
            return ShareGroup(name: name, gid: found.gr_gid, memberNames: members)
        }
        throw .unknownGroup(name)
    }

    /// Whether `uid` belongs to the group: as its primary group or a listed member.
    func includes(uid: UInt32, primaryGID: UInt32) -> Bool {
        if primaryGID == gid { return true }
        guard let user = Self.userName(uid: uid) else { return false }
        return memberNames.contains(user)
    }

    static func userName(uid: UInt32) -> String? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var size = max(1024, Int(sysconf(Int32(_SC_GETPW_R_SIZE_MAX))))
        while size <= 1 << 24 {
            var buffer = [CChar](repeating: 0, count: size)
            let code = getpwuid_r(uid, &entry, &buffer, size, &result)
            if code == ERANGE { size *= 2; continue }
            guard code == 0, let found = result?.pointee else { return nil }
            return String(cString: found.pw_name)
        }
        return nil
    }
}

/// Who the presenter accepts. File permissions already keep others from connecting; this
/// re-checks each peer with SO_PEERCRED in case the socket's mode or directory was loosened.
struct PeerPolicy {
    let ownerUID: UInt32
    let group: ShareGroup?

    func admits(_ peer: PeerCredentials) -> Bool {
        if peer.uid == ownerUID { return true }
        guard let group else { return false }
        return group.includes(uid: peer.uid, primaryGID: peer.gid)
    }
}
