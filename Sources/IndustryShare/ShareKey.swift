// `idash share-key`: the authorized_keys lines that let a colleague without an account
// follow a talk over SSH and do nothing else. The text is edited here, as plain values;
// `AuthorizedKeysFile` reads and writes the file.

/// A colleague's public key, checked before it is written where sshd trusts it.
public struct PublicKey: Equatable, Sendable {
    /// Key types sshd accepts in authorized_keys (DSA is gone from OpenSSH).
    public static let types: Set<String> = [
        "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
        "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com",
    ]

    public let type: String
    /// The base64 blob, as the key file has it.
    public let blob: String

    /// Reads a `.pub` file's text: one key, `TYPE BASE64 [comment]`. The reason thrown is
    /// said to the presenter with the file's name.
    public static func parse(_ text: String) throws(ShareKeyError) -> PublicKey {
        if text.contains("PRIVATE KEY") { throw .badKey("it is a private key: give the .pub file beside it") }
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces }.filter { !$0.isEmpty && !$0.hasPrefix("#") }
        guard lines.count == 1 else {
            throw .badKey(lines.isEmpty ? "it holds no key" : "it holds \(lines.count) lines: give one public key")
        }
        let fields = lines[0].split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard fields.count >= 2, types.contains(fields[0]) else {
            throw .badKey("it does not start with a key type (\(types.sorted().joined(separator: ", "))); options are not allowed")
        }
        guard let bytes = Base64.decode(fields[1]), bytes.count >= 4 else { throw .badKey("its key is not base64") }
        // The blob starts with its own type as an SSH string: a length, then the name.
        let length = bytes[0..<4].reduce(0) { $0 << 8 | Int($1) }
        guard bytes.count >= 4 + length, String(decoding: bytes[4..<(4 + length)], as: UTF8.self) == fields[0] else {
            throw .badKey("its key data is not a \(fields[0]) key")
        }
        return PublicKey(type: fields[0], blob: fields[1])
    }
}

public enum ShareKeyError: Error, Equatable, Sendable, CustomStringConvertible {
    case badKey(String)
    case badName(String)
    case duplicateName(String)
    case unknownName(String)
    case unsafePath(String)

    public var description: String {
        switch self {
        case .badKey(let reason): reason
        case .badName(let name): "'\(name)' cannot name a key: use letters, digits, '.', '_' and '-'"
        case .duplicateName(let name): "a key named '\(name)' is already there: remove it first"
        case .unknownName(let name): "no key named '\(name)'"
        case .unsafePath(let path): "\(path) has characters a forced command cannot carry safely: use letters, digits and / . _ - +"
        }
    }
}

/// The lines `idash share-key` writes, and the editing of authorized_keys text around them.
/// Lines it did not write are kept as they are, in their places.
public enum ShareKeys {
    /// What marks a line as ours: the key's comment.
    static let commentPrefix = "idash:"

    /// `restrict` turns off every forwarding, X11 and ~/.ssh/rc; `pty` gives back the
    /// terminal the follower draws in; `command` runs instead of whatever the client asks,
    /// a shell, `id` or a subsystem alike.
    public static func line(name: String, key: PublicKey, idash: String, socket: String) throws(ShareKeyError) -> String {
        try check(name: name)
        for path in [idash, socket] where !isPlain(path) { throw .unsafePath(path) }
        return "restrict,pty,command=\"\(idash) follow \(socket)\" \(key.type) \(key.blob) \(commentPrefix)\(name)"
    }

    /// The text with the line added at the end.
    public static func adding(_ line: String, name: String, to text: String) throws(ShareKeyError) -> String {
        guard !names(in: text).contains(name) else { throw .duplicateName(name) }
        let kept = text.isEmpty || text.hasSuffix("\n") ? text : text + "\n"
        return kept + line + "\n"
    }

    /// The text without the one line named `name`.
    public static func removing(name: String, from text: String) throws(ShareKeyError) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let index = lines.firstIndex(where: { Self.name(of: $0) == name }) else { throw .unknownName(name) }
        lines.remove(at: index)
        return lines.joined(separator: "\n")
    }

    /// The names of the lines `share-key` wrote, in file order.
    public static func names(in text: String) -> [String] {
        text.split(separator: "\n").compactMap { name(of: String($0)) }
    }

    static func name(of line: String) -> String? {
        guard line.hasPrefix("restrict,pty,command="),
              let last = line.split(separator: " ").last, last.hasPrefix(commentPrefix) else { return nil }
        return String(last.dropFirst(commentPrefix.count))
    }

    static func check(name: String) throws(ShareKeyError) {
        guard !name.isEmpty, name.count <= 64, name.unicodeScalars.allSatisfy({ $0.isASCII && (isAlphanumeric($0) || "._-".unicodeScalars.contains($0)) }),
              !name.hasPrefix("-") else { throw .badName(name) }
    }

    /// A path that needs no quoting in sshd's `command="…"` nor in the shell that runs it.
    static func isPlain(_ path: String) -> Bool {
        path.hasPrefix("/") && path.unicodeScalars.allSatisfy { $0.isASCII && (isAlphanumeric($0) || "/._-+".unicodeScalars.contains($0)) }
    }

    private static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}

/// Standard base64 (RFC 4648) decoding, padding required, as ssh-keygen writes it.
enum Base64 {
    static func decode(_ text: String) -> [UInt8]? {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var values = [UInt8?](repeating: nil, count: 256)
        for (index, byte) in alphabet.enumerated() { values[Int(byte)] = UInt8(index) }
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty, bytes.count % 4 == 0 else { return nil }
        var out: [UInt8] = []
        for start in stride(from: 0, to: bytes.count, by: 4) {
            let group = bytes[start..<(start + 4)]
            let padding = group.reversed().prefix { $0 == UInt8(ascii: "=") }.count
            guard padding <= 2, start + 4 == bytes.count || padding == 0 else { return nil }
            var accumulated: UInt32 = 0
            for byte in group.dropLast(padding) {
                guard let value = values[Int(byte)] else { return nil }
                accumulated = accumulated << 6 | UInt32(value)
            }
            accumulated <<= UInt32(6 * padding)
            let decoded = [UInt8(accumulated >> 16 & 0xFF), UInt8(accumulated >> 8 & 0xFF), UInt8(accumulated & 0xFF)]
            out += decoded.prefix(3 - padding)
        }
        return out
    }
}

extension Substring {
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\r" }.reversed())
    }
}
