import Glibc
@testable import IndustryApp
import IndustryModel
import IndustryViews
import Testing

/// The file that lets a talk cut off by a hang-up carry on at its slide (issue 15).
@Suite("Position file") struct PositionFileTests {
    static let dataset = RunLoopTests.dataset

    /// A fresh private folder under /tmp, removed afterwards.
    static func inTemporaryFolder(_ body: (String) throws -> Void) rethrows {
        var template = Array("/tmp/idash-position-test.XXXXXX".utf8CString)
        let folder = String(cString: mkdtemp(&template)!)
        defer { _ = system("rm -rf '\(folder)'") }
        try body(folder)
    }

    static func presentation(_ deck: Deck = Deck.default(dataset)) -> Presentation {
        Presentation(deck: deck, display: RunLoopTests.state().display, now: .now)
    }

    @Test func aPositionWrittenIsReadBackAndResumesTheSameDeck() {
        Self.inTemporaryFolder { folder in
            // The state folder need not exist yet: it is made on the first write.
            let file = PositionFile(path: folder + "/state/idash/present.json")
            var talk = Self.presentation()
            talk.index = 6
            talk.blanked = true
            talk.autoAdvance = true
            let started = WallClock.secondsSince1970() - 600  // ten minutes into the talk
            talk.startedAt = started
            #expect(file.write(talk.saved))
            #expect(file.read() == .saved(talk.saved))
            var again = Self.presentation()
            again.resume(file.read())
            #expect(again.index == 6 && again.blanked && again.autoAdvance)
            #expect(again.startedAt == started, "the speaker's elapsed time carries on too")
            #expect(again.message == "resumed at slide 7 (--from-start begins again)")
            // Rewritten whole, no temporary file left beside it.
            talk.index = 2
            #expect(file.write(talk.saved))
            #expect(file.read() == .saved(talk.saved))
            #expect(system("test $(ls -A '\(folder)/state/idash' | wc -l) -eq 1") == 0)
        }
    }

    @Test func aFileWrittenBeforeTheStartTimeWasKeptStillResumes() throws {
        let old = Array("{\"version\":1,\"deck\":\"x\",\"slide\":2,\"slideCount\":3,\"auto\":false,\"blanked\":false}".utf8)
        #expect(try SavedPosition.decode(old) == SavedPosition(deck: "x", slide: 2, slideCount: 3, autoAdvance: false, blanked: false))
    }

    @Test func noFileStartsAtSlideOneQuietly() {
        Self.inTemporaryFolder { folder in
            let file = PositionFile(path: folder + "/present.json")
            #expect(file.read() == .none)
            var talk = Self.presentation()
            talk.resume(file.read())
            #expect(talk.index == 0 && talk.message == nil)
        }
    }

    @Test(arguments: [
        ("", "not JSON"), ("{\"version\":1,\"deck\":", "not JSON"), ("[1]", "not a JSON object"),
        ("{\"version\":2}", "version 2 is not 1"), ("\u{FF}\u{FE}", "not JSON"),
        ("{\"version\":1,\"deck\":\"x\",\"slide\":40,\"slideCount\":3,\"auto\":false,\"blanked\":false}", "slide 40 is outside"),
        ("{\"version\":1,\"deck\":\"x\",\"slide\":\"7\",\"slideCount\":3,\"auto\":false,\"blanked\":false}", "'slide' is not a whole number"),
    ])
    func aCorruptFileSaysSoAndStartsAtSlideOne(text: String, reason: String) {
        Self.inTemporaryFolder { folder in
            let path = folder + "/present.json"
            let fd = open(path, O_WRONLY | O_CREAT, 0o600)
            _ = Array(text.utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
            guard case .unreadable(let named, let error) = PositionFile(path: path).read() else {
                Issue.record("read as a position: \(text)"); return
            }
            #expect(named == path)
            #expect(error.reason.contains(reason), "\(error.reason)")
            var talk = Self.presentation()
            talk.resume(PositionFile(path: path).read())
            #expect(talk.index == 0)
            #expect(talk.message?.hasPrefix("cannot read \(path): ") == true)
            #expect(talk.message?.hasSuffix("starting at slide 1") == true)
        }
    }

    @Test func anotherDeckDoesNotResume() {
        Self.inTemporaryFolder { folder in
            let file = PositionFile(path: folder + "/present.json")
            var talk = Self.presentation()
            talk.index = 5
            file.write(talk.saved)
            let other = Deck(slides: Array(Deck.default(Self.dataset).slides.reversed()))
            #expect(other.fingerprint != talk.deck.fingerprint)
            var elsewhere = Self.presentation(other)
            elsewhere.resume(file.read())
            #expect(elsewhere.index == 0 && elsewhere.message == nil)
        }
    }

    @Test func theFingerprintIsStableAcrossRuns() {
        // Fixed by the deck's content, not by Swift's per-process hash seed.
        #expect(Deck(slides: [Deck.Slide(.overview)]).fingerprint == Deck(slides: [Deck.Slide(.overview)]).fingerprint)
        #expect(Deck(slides: [Deck.Slide(.overview)]).fingerprint.count == 16)
    }

    @Test func thePresenterAsksToSaveEachChangeOnce() {
        let file = PositionFile(path: "/nonexistent/present.json")
        var presenter = PresenterProgram(presentation: Self.presentation(), dataset: Self.dataset, sharing: false,
                                         clock: { "09:30" }, remember: file)
        #expect(presenter.opening == [.save(presenter.presentation.saved, to: file)])
        let next = presenter.handle(.wake(.key(.right)), frame: nil, now: .now)
        #expect(next == [.save(SavedPosition(deck: presenter.presentation.deck.fingerprint, slide: 1,
                                             slideCount: presenter.presentation.deck.slides.count, autoAdvance: false, blanked: false), to: file)])
        #expect(presenter.handle(.wake(.timeout), frame: nil, now: .now).isEmpty)
        #expect(presenter.handle(.wake(.key(.character("a"))), frame: nil, now: .now).count == 1)  // auto-advance is kept too
        #expect(presenter.handle(.wake(.key(.character("b"))), frame: nil, now: .now).count == 1)
    }
}
