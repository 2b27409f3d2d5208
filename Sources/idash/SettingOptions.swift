import FileFormats
import ArgumentParser
import IndustryApp
import IndustryModel

/// The options the settings file can give too, and `--config` to read another file. A flag
/// wins over the file, the file over the built-in defaults (see `Settings`). How the
/// screens look (theme, ASCII) is `LookOptions`, for the commands that draw.
struct SettingOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Read the settings from this file instead of $XDG_CONFIG_HOME/idash/config.json5 (or $IDASH_CONFIG).",
                                            valueName: "file"))
    var config: String?

    @Option(name: .long, help: "Language of the labels: zh or en (default: the settings file's, else from LANG).")
    var lang: String?

    @Option(name: .long, help: "Load city files and observations from this directory instead of the built-in data.")
    var data: String?

    func flags(_ look: LookOptions?, _ clipboard: ClipboardOptions?) throws -> SettingFlags {
        var language: Language?
        if let lang {
            guard let chosen = Language(rawValue: lang) else { throw ValidationError("--lang must be zh or en, found \"\(lang)\"") }
            language = chosen
        }
        return SettingFlags(language: language, theme: look?.theme, data: data, ascii: look?.ascii, clipboard: clipboard?.clipboard)
    }

    /// The settings in effect. A settings file that cannot be used stops the command here,
    /// before the terminal is touched, with every problem in it located (exit status 1).
    func settings(_ environment: [String: String], look: LookOptions? = nil, clipboard: ClipboardOptions? = nil,
                  standardTheme: String = "dark") throws -> Settings {
        try Settings.load(flags: flags(look, clipboard), configFile: config, environment: environment, standardTheme: standardTheme)
    }

    /// The themes and the one to start with. An unknown `--theme` is a usage error; an unknown
    /// theme in the settings file is located there.
    static func themes(_ settings: Settings, _ environment: [String: String]) throws -> (catalog: ThemeCatalog, name: String) {
        var catalog = try ThemeCatalog.load(environment: environment)
        do throws(ThemeChoiceError) {
            let name = try settings.chooseTheme(in: &catalog)
            return (catalog, name)
        } catch {
            switch error {
            case .usage(let message): throw ValidationError(message)
            case .file(let problems): throw problems
            }
        }
    }
}

/// How the screens look, for the commands that draw them; settings as well.
struct LookOptions: ParsableArguments {
    @Option(name: .long, help: "Theme name (dark, light, projector, mono, or one in $XDG_CONFIG_HOME/idash/themes) or a theme file.")
    var theme: String?

    @Flag(name: .long, inversion: .prefixedNo,
          help: "ASCII borders and bars (for terminals that draw box characters two cells wide), or not, whatever the settings file says.")
    var ascii: Bool?
}

/// `idash config`: the settings in effect and where each came from.
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Print the settings in effect and where each came from: a flag, the settings file or the built-in default.",
        discussion: """
            The settings file is $XDG_CONFIG_HOME/idash/config.json5 (else ~/.config/idash/config.json5; \
            $IDASH_CONFIG or --config name another): JSON5 with the keys language ("zh" or "en"), theme, data \
            (a folder; relative to the file), ascii and clipboard (true or false). A missing file is fine. \
            Flags win over the file, the file over the built-in defaults.
            """
    )

    @OptionGroup var settingOptions: SettingOptions
    @OptionGroup var look: LookOptions
    @OptionGroup var clipboard: ClipboardOptions

    func run() throws {
        let environment = Environment.current
        let settings = try settingOptions.settings(environment, look: look, clipboard: clipboard)
        _ = try SettingOptions.themes(settings, environment)  // an unknown theme is an error here too
        for line in ConfigReport.lines(settings) { print(line) }
    }
}
