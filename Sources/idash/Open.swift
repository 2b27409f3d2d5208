#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import IndustryApp
import IndustryModel

/// `idash`: the live dashboard.
struct Open: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open",
        abstract: "Open the dashboard (the default command).",
        discussion: "Keys: Left/Right cities, Up/Down select, Enter drill down, Esc back, t targets, c compare, / search, f filter the table, y copy a figure with its source (with --clipboard), ? help, q quit."
    )

    @OptionGroup var settingOptions: SettingOptions
    @OptionGroup var look: LookOptions
    @OptionGroup var data: DataOptions
    @OptionGroup var display: DisplayOptions
    @OptionGroup var terminal: TerminalOptions
    @OptionGroup var clipboard: ClipboardOptions

    @OptionGroup var demo: DemoOptions

    @Flag(name: .long, help: "Reload the data directory (--data or the settings file's) when its files change; a file that fails validation keeps the last good data on screen and its error in the status bar.")
    var watch = false

    func run() throws {
        let environment = Environment.current
        // Settings, options and data first, so a typo is reported as such even without a terminal.
        let settings = try settingOptions.settings(environment, look: look, clipboard: clipboard)
        if watch && settings.data.value == nil {
            throw ValidationError("--watch needs --data DIR (or data in the settings file): the built-in data never changes")
        }
        let dataset = try data.dataset(settings)
        let (themes, themeName) = try SettingOptions.themes(settings, environment)
        let state = try display.state(dataset, asOf: try data.day(), settings: settings, themeName: themeName)
        try requireTerminal()
        let options = LiveOptions(themes: themes, environment: environment, themeChosen: settings.themeChosen,
                                  watch: watch ? settings.data.value : nil, play: try demo.script(), record: demo.record,
                                  detectWidth: terminal.detectsWidth(asciiAlready: state.display.ascii),
                                  clipboard: settings.clipboard.value)
        try RunLoop.run(state: state, context: AppContext(dataset: dataset, themeNames: themes.names), options: options)
    }
}

/// The live screens need a terminal on both ends; without one, say what works instead.
func requireTerminal() throws {
    guard isatty(STDOUT_FILENO) == 1, isatty(STDIN_FILENO) == 1 else {
        printError("idash: not a terminal. To print a view without one, use `idash snapshot --view overview`; "
                   + "for a text summary, `idash summary`; for slides on paper, `idash handout`.")
        throw ExitCode(2)
    }
}

enum Environment {
    static var current: [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "=") {
                result[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            pointer += 1
        }
        return result
    }
}

func printError(_ message: String) {
    var line = message + "\n"
    line.withUTF8 { _ = write(STDERR_FILENO, $0.baseAddress, $0.count) }
}
