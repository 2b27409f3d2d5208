import FileFormats
import IndustryModel

/// Where an effective setting came from, so `idash config` can say why a value is what it is.
public enum SettingOrigin: Sendable, Equatable {
    /// A command-line option (`--lang`).
    case flag(String)
    /// A value in the settings file: the file and where the value is written.
    case file(String, at: TextPosition)
    /// Nothing chose it; the note says how the default was found, when that is not obvious.
    case builtIn(note: String?)
    /// The terminal's environment overrode the choice, for the reason given.
    case environment(String)
}

/// A value and where it came from.
public struct Setting<Value: Sendable & Equatable>: Sendable, Equatable {
    public var value: Value
    public var origin: SettingOrigin

    public init(_ value: Value, _ origin: SettingOrigin) {
        self.value = value
        self.origin = origin
    }
}

/// What the command line said; nil where it said nothing.
public struct SettingFlags: Sendable, Equatable {
    public var language: Language?
    public var theme: String?
    public var data: String?
    public var ascii: Bool?
    /// `--clipboard` / `--no-clipboard`.
    public var clipboard: Bool?

    public init(language: Language? = nil, theme: String? = nil, data: String? = nil, ascii: Bool? = nil, clipboard: Bool? = nil) {
        (self.language, self.theme, self.data, self.ascii, self.clipboard) = (language, theme, data, ascii, clipboard)
    }
}

/// The settings in effect: a command-line flag, else the settings file, else the built-in
/// default. The file holds what a user would otherwise type every time, so it is read as
/// if its values were flags given before the real ones.
public struct Settings: Sendable, Equatable {
    /// The file that was looked for, and what it said.
    public var file: SettingsFile
    public var language: Setting<Language>
    /// A theme name, or a theme file's path.
    public var theme: Setting<String>
    /// A data directory; nil for the built-in data.
    public var data: Setting<String?>
    public var ascii: Setting<Bool>
    /// Whether `y` may copy the selected figure to the terminal's clipboard (OSC 52). Off
    /// by default: a program writing to the clipboard is something the user should ask for.
    public var clipboard: Setting<Bool>

    /// Whether the user named the theme (on the command line or in the file), which then
    /// wins over `NO_COLOR`.
    public var themeChosen: Bool {
        if case .builtIn = theme.origin { return false }
        return true
    }

    /// The settings from `flags`, then `file`, then the defaults. `standardTheme` is the
    /// command's own default (the projector theme for slides). A terminal that cannot draw
    /// line characters gets ASCII whatever was chosen, as it always has.
    public static func resolve(flags: SettingFlags, file: SettingsFile, environment: [String: String],
                               standardTheme: String = "dark") -> Settings {
        let language = pick(flags.language.map { Setting($0, .flag("--lang")) }, file.language,
                            Setting(TerminalEnvironment.defaultLanguage(environment), .builtIn(note: "from the locale")))
        let themeNote = standardTheme == "projector" ? nil : "projector for present and follow"
        let theme = pick(flags.theme.map { Setting($0, .flag("--theme")) }, file.theme,
                         Setting(standardTheme, .builtIn(note: themeNote)))
        let data: Setting<String?> = pick(flags.data.map { Setting($0, .flag("--data")) },
                                          file.data.map { Setting($0.value, $0.origin) }, Setting(nil, .builtIn(note: nil)))
        var ascii = pick(flags.ascii.map { Setting($0, .flag($0 ? "--ascii" : "--no-ascii")) }, file.ascii,
                         Setting(false, .builtIn(note: nil)))
        if !ascii.value, TerminalEnvironment.wantsASCII(environment) {
            let why = TerminalEnvironment.isUTF8(environment) ? "TERM names a VT terminal" : "the locale is not UTF-8"
            ascii = Setting(true, .environment(why))
        }
        let clipboard = pick(flags.clipboard.map { Setting($0, .flag($0 ? "--clipboard" : "--no-clipboard")) }, file.clipboard,
                             Setting(false, .builtIn(note: nil)))
        return Settings(file: file, language: language, theme: theme, data: data, ascii: ascii, clipboard: clipboard)
    }

    /// The settings file (`--config`'s, or at its usual place) read and `flags` put over it.
    public static func load(flags: SettingFlags, configFile: String?, environment: [String: String],
                            standardTheme: String = "dark") throws(DiagnosticsError) -> Settings {
        let file = try SettingsFile.load(SettingsLocation.find(option: configFile, environment: environment), environment: environment)
        return resolve(flags: flags, file: file, environment: environment, standardTheme: standardTheme)
    }

    private static func pick<Value>(_ flag: Setting<Value>?, _ file: Setting<Value>?, _ standard: Setting<Value>) -> Setting<Value> {
        flag ?? file ?? standard
    }
}
