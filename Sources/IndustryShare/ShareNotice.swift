// The protocol's messages that are not positions: the greeting every connection is sent
// first, and the refusal of a share that is full. Distinct messages, so a follower turned
// away says "the share is full" rather than "the presenter has ended".

import FileFormats

public enum ShareNotice: String, Sendable, Equatable {
    /// Sent first on every connection; a connection is a follower once it has read it
    /// (`ShareServer`), so a peer that connects and never reads does not keep a place.
    case hello
    /// `--max-followers` are following; the connection is closed after this line.
    case full

    static let field = "notice"

    /// One line: `{"version":1,"notice":"full"}`.
    public func line() -> [UInt8] {
        Array("{\"version\":\(SharePosition.currentVersion),\"\(Self.field)\":\"\(rawValue)\"}\n".utf8)
    }

    /// The notice `line` carries, or nil when it is not one (then it is read as a position).
    static func of(_ line: [UInt8]) -> ShareNotice? {
        // Notices are short; a long line is a position and goes to the position decoder.
        guard line.count < 128, line.contains(UInt8(ascii: "n")),
              let root = try? JSONParser.parse(line, options: JSONParseOptions(maxDepth: 2)),
              case .object(let members) = root.kind,
              case .number(let version)? = members.first(where: { $0.key == "version" })?.value.kind,
              version == Double(SharePosition.currentVersion),
              case .string(let name)? = members.first(where: { $0.key == field })?.value.kind else { return nil }
        return ShareNotice(rawValue: name)
    }
}
