// What `idash present --share` publishes: the presenter's position in the deck, not screen
// bytes, so each follower renders the same slide in its own terminal size, theme and language.

/// One snapshot of where the presenter is. Followers only ever need the newest one, which is
/// why the server keeps no history and a late joiner is sent just this.
public struct SharePosition: Sendable, Equatable {
    /// The protocol version this build writes and the only one it reads. Bump it whenever a
    /// field changes meaning or a required field is added, so an old follower says "unknown
    /// version" instead of showing the wrong slide.
    public static let currentVersion = 1

    /// The largest message, newline included (64 KiB). It bounds what a follower buffers for
    /// one line, so a hostile or broken peer cannot make it grow without limit.
    public static let maxMessageBytes = 64 * 1024

    public var version: Int
    public var deckTitle: String
    /// 0-based index of the current slide; always less than `slideCount`.
    public var slideIndex: Int
    public var slideCount: Int
    /// A view spec as `idash snapshot --view` takes it: "overview", "city:nantong",
    /// "cluster:nantong/shipbuilding-offshore", "targets:suzhou", "compare:gdp" or "title".
    public var view: String
    /// Both languages travel, so each follower picks its own with `L`.
    public var titleZh: String
    public var titleEn: String
    /// Speaker notes of the current slide, for `idash follow --notes`: in Chinese (or the
    /// only language they have), and in English in `notesEn` (empty when the same).
    public var notes: String
    public var notesEn: String
    /// The presenter blanked the screen (followers blank too rather than run ahead).
    public var blanked: Bool
    /// The row the presenter has selected in the view's focused table.
    public var selectedRow: Int
    /// The next slide's title in both languages, for the notes screen; empty on the last.
    public var nextTitleZh: String
    public var nextTitleEn: String
    /// When the talk began, in seconds since 1970, so a notes screen shows the time elapsed;
    /// 0 when unknown. Optional on the wire, as are the fields after it.
    public var startedAt: Int
    /// The presenter has left the slides for the dashboard: followers keep the last slide
    /// and say so, rather than "the presenter has ended".
    public var browsing: Bool

    public init(version: Int = SharePosition.currentVersion, deckTitle: String, slideIndex: Int, slideCount: Int,
                view: String, titleZh: String, titleEn: String, notes: String = "", notesEn: String = "",
                blanked: Bool = false, selectedRow: Int = 0, nextTitleZh: String = "", nextTitleEn: String = "",
                startedAt: Int = 0, browsing: Bool = false) {
        self.version = version
        self.deckTitle = deckTitle
        self.slideIndex = slideIndex
        self.slideCount = slideCount
        self.view = view
        self.titleZh = titleZh
        self.titleEn = titleEn
        self.notes = notes
        self.notesEn = notesEn
        self.blanked = blanked
        self.selectedRow = selectedRow
        self.nextTitleZh = nextTitleZh
        self.nextTitleEn = nextTitleEn
        self.startedAt = startedAt
        self.browsing = browsing
    }
}

/// JSON member names, shared by the encoder and the decoder so the two cannot drift apart.
enum ShareField {
    static let version = "version"
    static let deckTitle = "deck"
    static let slideIndex = "slide"
    static let slideCount = "slideCount"
    static let view = "view"
    static let titleZh = "titleZh"
    static let titleEn = "titleEn"
    static let notes = "notes"
    static let notesEn = "notesEn"
    static let blanked = "blanked"
    static let selectedRow = "selectedRow"
    static let nextTitleZh = "nextTitleZh"
    static let nextTitleEn = "nextTitleEn"
    static let startedAt = "startedAt"
    static let browsing = "browsing"
}
