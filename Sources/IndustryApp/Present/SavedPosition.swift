import FileFormats
import IndustryViews

/// Where a talk was: enough to carry on after a dropped SSH connection, a closed laptop or
/// a crash, without the room watching the speaker page back from slide 1. Written to
/// `PositionFile` whenever it changes; `idash present` reads it at start.
public struct SavedPosition: Equatable, Sendable {
    /// The version this build writes and reads; another is "unreadable", never guessed at.
    public static let currentVersion = 1

    /// `Deck.fingerprint` of the deck shown, so another deck never resumes at this slide.
    public var deck: String
    /// The current slide, from 0.
    public var slide: Int
    public var slideCount: Int
    public var autoAdvance: Bool
    public var blanked: Bool
    /// When the talk began (seconds since 1970; 0 unknown), so the speaker's elapsed time
    /// carries on too. Optional in the file: one written without it still resumes.
    public var startedAt: Int

    public init(deck: String, slide: Int, slideCount: Int, autoAdvance: Bool, blanked: Bool, startedAt: Int = 0) {
        (self.deck, self.slide, self.slideCount, self.autoAdvance, self.blanked) = (deck, slide, slideCount, autoAdvance, blanked)
        self.startedAt = startedAt
    }

    /// One JSON object and a newline, members in a fixed order.
    public func encoded() -> [UInt8] {
        var out = Array("{\"version\":\(Self.currentVersion),\"deck\":".utf8)
        JSONWriter.appendLiteral(deck, to: &out)
        out += Array(",\"slide\":\(slide),\"slideCount\":\(slideCount),\"auto\":\(autoAdvance),\"blanked\":\(blanked)".utf8)
        out += Array(",\"startedAt\":\(startedAt)}\n".utf8)
        return out
    }

    /// Reads what `encoded` wrote; the error says what is wrong, for the presenter's footer.
    public static func decode(_ bytes: [UInt8]) throws(SavedPositionError) -> SavedPosition {
        let root: JSONValue
        do {
            root = try JSONParser.parse(bytes, options: JSONParseOptions(maxDepth: 4))
        } catch {
            throw SavedPositionError(reason: "not JSON (\(error.description))")
        }
        guard case .object(let members) = root.kind else { throw SavedPositionError(reason: "not a JSON object") }
        func member(_ name: String) -> JSONValue.Kind? { members.first { $0.key == name }?.value.kind }
        func integer(_ name: String) throws(SavedPositionError) -> Int {
            guard case .number(let number)? = member(name), let value = Int(exactly: number) else {
                throw SavedPositionError(reason: "'\(name)' is not a whole number")
            }
            return value
        }
        func flag(_ name: String) throws(SavedPositionError) -> Bool {
            guard case .bool(let value)? = member(name) else { throw SavedPositionError(reason: "'\(name)' is not true or false") }
            return value
        }
        let version = try integer("version")
        guard version == currentVersion else { throw SavedPositionError(reason: "version \(version) is not \(currentVersion)") }
        guard case .string(let deck)? = member("deck") else { throw SavedPositionError(reason: "'deck' is not a string") }
        let position = SavedPosition(deck: deck, slide: try integer("slide"), slideCount: try integer("slideCount"),
                                     autoAdvance: try flag("auto"), blanked: try flag("blanked"),
                                     startedAt: member("startedAt") == nil ? 0 : try integer("startedAt"))
        guard position.slideCount >= 1, (0..<position.slideCount).contains(position.slide) else {
            throw SavedPositionError(reason: "slide \(position.slide) is outside 0..<\(position.slideCount)")
        }
        return position
    }
}

public struct SavedPositionError: Error, Equatable, Sendable, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
}

extension Deck {
    /// Names this deck by what it shows (its title, and each slide's view and title), as a
    /// hex FNV-1a hash: stable across runs and machines, unlike `hashValue`. A deck edited
    /// since (a slide added, a view changed) is another deck, and starts at slide 1.
    public var fingerprint: String {
        var text = [title.zh, title.en]
        for slide in slides { text += [slide.view.description, slide.title?.zh ?? "", slide.title?.en ?? ""] }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.joined(separator: "\u{1F}").utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

extension Presentation {
    /// What the position file keeps of this presentation.
    public var saved: SavedPosition {
        SavedPosition(deck: deck.fingerprint, slide: index, slideCount: deck.slides.count, autoAdvance: autoAdvance, blanked: blanked,
                      startedAt: startedAt)
    }

    /// Carries on where `reading` says the talk was, when it was this deck; says in the
    /// footer what happened (resumed, or why not) so a presenter is never surprised.
    public mutating func resume(_ reading: PositionFile.Reading) {
        switch reading {
        case .none:
            break
        case .unreadable(let path, let error):
            message = display.t(Labels.positionUnreadable(path, error.reason))
        case .saved(let position):
            guard position.deck == deck.fingerprint, position.slideCount == deck.slides.count else { return }
            index = position.slide
            blanked = position.blanked
            autoAdvance = autoAdvance || position.autoAdvance
            // A start more than 12 hours ago is another day's talk: the clock starts again.
            if position.startedAt > 0, WallClock.secondsSince1970() - position.startedAt < 12 * 3600 { startedAt = position.startedAt }
            message = display.t(Labels.resumed(position.slide + 1))
        }
    }
}
