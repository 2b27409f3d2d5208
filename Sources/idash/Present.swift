import ArgumentParser
import IndustryApp
import IndustryModel
import IndustryShare
import IndustryViews

/// `idash present`: slides for a meeting room, optionally shared with followers.
struct PresentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "present",
        abstract: "Show a deck full screen: big figures, heavy bars, a thin footer with the source, slide number and clock.",
        discussion: """
            Keys: Right, Space or PgDn next; Left or PgUp previous; number + Enter jumps, a auto-advance, b blank, \
            Esc the dashboard at this view, q quit. With --share, colleagues run `idash follow` \
            (see docs/presenting.md).
            """
    )

    @OptionGroup var deckOptions: DeckOptions
    @OptionGroup var settingOptions: SettingOptions
    @OptionGroup var look: LookOptions
    @OptionGroup var data: DataOptions
    @OptionGroup var display: DisplayOptions
    @OptionGroup var terminal: TerminalOptions
    @OptionGroup var clipboard: ClipboardOptions
    @OptionGroup var demo: DemoOptions

    @Option(name: .long, help: "Seconds a slide stays when auto-advance (a) is on.")
    var interval: Int = 30

    @Flag(name: .long, help: "Start with auto-advance on.")
    var auto = false

    @Flag(name: .customLong("from-start"), help: "Begin at slide 1, not where this deck was left ($XDG_STATE_HOME/idash/present.json).")
    var fromStart = false

    @Flag(name: .long, help: "Publish the slide position for `idash follow` (at PATH, or the default socket).")
    var share = false

    @Option(name: .customLong("share-group"), help: "Let members of this group follow too (the socket is owner-only otherwise).")
    var shareGroup: String?

    @Option(name: .customLong("max-followers"), help: "With --share, how many may follow at once; others are told the share is full.")
    var maxFollowers: Int = ShareServer.defaultMaxFollowers

    @Argument(help: "The socket for --share (default: $XDG_RUNTIME_DIR/idash/present.sock).")
    var path: String?

    func validate() throws {
        guard (1...86_400).contains(interval) else { throw ValidationError("--interval must be from 1 to 86400 seconds") }
        if path != nil && !share { throw ValidationError("a socket path needs --share") }
        if shareGroup != nil && !share { throw ValidationError("--share-group needs --share") }
        guard (1...4096).contains(maxFollowers) else { throw ValidationError("--max-followers must be from 1 to 4096") }
    }

    func run() throws {
        let environment = Environment.current
        let settings = try settingOptions.settings(environment, look: look, clipboard: clipboard, standardTheme: "projector")
        let dataset = try data.dataset(settings)
        let (themes, themeName) = try SettingOptions.themes(settings, environment)
        let state = try display.state(dataset, asOf: try data.day(), settings: settings, themeName: themeName)
        // The slide of what changed since the last meeting closes the talk.
        let deck = try deckOptions.deck(dataset, asOf: try data.day()).addingChanges(since: state.display.since)
        let options = LiveOptions(themes: themes, environment: environment, themeChosen: settings.themeChosen,
                                  play: try demo.script(), record: demo.record, detectWidth: terminal.detectsWidth(asciiAlready: state.display.ascii),
                                  clipboard: settings.clipboard.value)
        try requireTerminal()
        var server: ShareServer?
        if share {
            do throws(ShareError) {
                var group: ShareGroup?
                if let shareGroup { group = try ShareGroup.named(shareGroup) }
                var socket = path ?? ""
                if path == nil { socket = try SharePath.default(environment: environment, group: group) }
                server = try ShareServer(path: socket, group: group, maxFollowers: maxFollowers)
            } catch {
                throw ShareFailure(message: "cannot share: \(error)")
            }
        }
        // Said once, before the slides cover the terminal (it is there again after the talk).
        let join = server.map { Self.joinHint(socket: $0.path, account: shareGroup, environment: environment) }
        if let join { print("idash: sharing. Colleagues join with \(join)") }
        var presentation = Presentation(deck: deck, display: state.display, homeCity: state.navigation.cityID, interval: .seconds(interval), autoAdvance: auto, now: .now)
        // A talk cut off (a dropped SSH connection, a closed laptop) carries on at its slide.
        let remember = PositionFile.location(environment: environment)
        if let remember, !fromStart { presentation.resume(remember.read()) }
        if let server, presentation.message == nil {
            let language = presentation.display.language
            let hint = Self.joinHint(socket: server.path, account: shareGroup, environment: environment, language: language)
            presentation.message = presentation.display.t(Labels.join(hint))
        }
        try PresentLoop.run(presentation, context: AppContext(dataset: dataset, themeNames: themes.names),
                            options: options, share: server, remember: remember)
    }
}

extension PresentCommand {
    /// How colleagues join: over SSH as the follower account (docs/presenting.md names it
    /// after the group that may read the socket; without a group, the presenter's own,
    /// with keys added by `idash share-key`), or on this machine with `idash follow`.
    static func joinHint(socket: String, account: String?, environment: [String: String], language: Language = .en) -> String {
        let user = account ?? AuthorizedKeysFile.presenter(environment: environment).name
        return "ssh -t \(user)@\(ShareKeyCommand.Add.hostName()), \(Labels.orHere.text(language)) idash follow \(socket)"
    }
}

/// `idash follow`: the presenter's slide on one's own terminal.
struct FollowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "follow",
        abstract: "Follow a presentation shared with `idash present --share`, at your own size, theme and language.",
        discussion: "Keys: L language, T theme, q quit. Nothing you press reaches the presenter."
    )

    @OptionGroup var settingOptions: SettingOptions
    @OptionGroup var look: LookOptions
    @OptionGroup var data: DataOptions
    @OptionGroup var display: DisplayOptions
    @OptionGroup var terminal: TerminalOptions

    @Flag(name: .long, help: "Show the speaker notes of the current slide (the presenter's second terminal).")
    var notes = false

    @Argument(help: "The presenter's socket (default: $XDG_RUNTIME_DIR/idash/present.sock).")
    var path: String?

    func run() throws {
        let environment = Environment.current
        let settings = try settingOptions.settings(environment, look: look, standardTheme: "projector")
        let dataset = try data.dataset(settings)
        let (themes, themeName) = try SettingOptions.themes(settings, environment)
        let state = try display.state(dataset, asOf: try data.day(), settings: settings, themeName: themeName)
        let client: ShareClient
        do throws(ShareError) {
            client = try ShareClient(path: path ?? SharePath.defaultPath(environment: environment))
        } catch {
            if case .notASocket(let path) = error {
                throw ShareFailure(message: "\(path) is not a presentation's socket; check the path the presenter gave")
            }
            throw ShareFailure(message: "\(error)")
        }
        try requireTerminal()
        try FollowLoop.run(Follower(display: state.display, notes: notes), client: client,
                           context: AppContext(dataset: dataset, themeNames: themes.names),
                           options: LiveOptions(themes: themes, environment: environment, themeChosen: settings.themeChosen,
                                                detectWidth: terminal.detectsWidth(asciiAlready: state.display.ascii),
                                                clipboard: settings.clipboard.value))
    }
}

/// Sharing or following could not start: a plain message and exit status 1 (not the usage
/// text and 64 that ArgumentParser gives a bad option).
struct ShareFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
