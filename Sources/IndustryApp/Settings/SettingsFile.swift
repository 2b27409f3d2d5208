import FileFormats
import IndustryModel
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Where the settings file is looked for: `--config FILE`, else `$IDASH_CONFIG`, else
/// `$XDG_CONFIG_HOME/idash/config.json5`, else `$HOME/.config/idash/config.json5` (the
/// folder the user's themes are found in, too).
public struct SettingsLocation: Sendable, Equatable {
    /// Nil when there is nowhere to look (neither XDG_CONFIG_HOME nor HOME is set).
    public var path: String?
    /// What chose the path: "--config", "$IDASH_CONFIG", "$XDG_CONFIG_HOME" or "$HOME".
    public var chosenBy: String

    public init(path: String?, chosenBy: String) {
        self.path = path
        self.chosenBy = chosenBy
    }

    /// A file the user named must be there (a typo in its name would otherwise pass as "no
    /// settings"); the one at the usual place is optional.
    public var isExplicit: Bool { chosenBy == "--config" || chosenBy == "$IDASH_CONFIG" }

    public static func find(option: String?, environment: [String: String]) -> SettingsLocation {
        if let option { return SettingsLocation(path: option, chosenBy: "--config") }
        if let named = environment["IDASH_CONFIG"], !named.isEmpty { return SettingsLocation(path: named, chosenBy: "$IDASH_CONFIG") }
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty {
            return SettingsLocation(path: config + "/idash/config.json5", chosenBy: "$XDG_CONFIG_HOME")
        }
        if let home = environment["HOME"], !home.isEmpty {
            return SettingsLocation(path: home + "/.config/idash/config.json5", chosenBy: "$HOME")
        }
        return SettingsLocation(path: nil, chosenBy: "$HOME")
    }
}

/// What a settings file says, each value with the line it is on. Same format as the themes
/// (JSON5: comments, trailing commas, unquoted keys), read with the same field reader, so
/// an unknown key or a wrong type is reported as in any other file, with "did you mean".
public struct SettingsFile: Sendable, Equatable {
    public var location: SettingsLocation
    /// Whether the file was there (a missing file at the usual place is no error).
    public var exists: Bool
    public var language: Setting<Language>?
    public var theme: Setting<String>?
    public var data: Setting<String>?
    public var ascii: Setting<Bool>?
    public var clipboard: Setting<Bool>?

    public init(location: SettingsLocation, exists: Bool = false) {
        self.location = location
        self.exists = exists
    }

    /// Reads the file at `location`: nothing said when it is not there (an error only when
    /// the user named it), every problem found when it cannot be used.
    public static func load(_ location: SettingsLocation, environment: [String: String]) throws(DiagnosticsError) -> SettingsFile {
        guard let path = location.path else { return SettingsFile(location: location) }
        guard FileManager.default.fileExists(atPath: path) else {
            guard location.isExplicit else { return SettingsFile(location: location) }
            throw DiagnosticsError([Diagnostic(file: path, position: nil,
                                               message: "no such settings file (named by \(location.chosenBy))")])
        }
        // `--config /dev/null` reads no settings, as with other tools (ssh -F, git); the
        // device reads as nothing rather than as a file.
        if path == "/dev/null" { return SettingsFile(location: location, exists: true) }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticsError([Diagnostic(file: path, position: nil, message: "cannot read the settings file")])
        }
        return try parse([UInt8](data), location: location, home: environment["HOME"])
    }

    /// The settings in `bytes`, the text of the file at `location`. Relative paths in it
    /// (a data folder, a theme file) are taken from the file's folder, and `~/` from `home`,
    /// so the file means the same from whatever folder idash is started in.
    public static func parse(_ bytes: [UInt8], location: SettingsLocation, home: String?) throws(DiagnosticsError) -> SettingsFile {
        let path = location.path ?? "settings"
        // An empty file (just created, or every line a comment removed) says nothing yet.
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return SettingsFile(location: location, exists: true)
        }
        return try FieldReader.document(bytes, file: path) { root, log in
            guard let r = FieldReader(root, what: "the settings file", log: log) else { return nil }
            var file = SettingsFile(location: location, exists: true)
            // Where a value just read (and found sound) is, for `idash config` to point at.
            func origin(_ key: String) -> SettingOrigin { .file(path, at: r.value(key, required: false)?.position ?? r.position) }
            file.language = (r.choice("language", required: false) as Language?).map { Setting($0, origin("language")) }
            if let theme = r.located("theme", required: false) {
                let name = ThemeCatalog.isFileName(theme.text) ? resolve(theme.text, nextTo: path, home: home) : theme.text
                file.theme = Setting(name, .file(path, at: theme.position))
            }
            if let data = r.located("data", required: false) {
                file.data = Setting(resolve(data.text, nextTo: path, home: home), .file(path, at: data.position))
            }
            file.ascii = r.bool("ascii", required: false).map { Setting($0, origin("ascii")) }
            file.clipboard = r.bool("clipboard", required: false).map { Setting($0, origin("clipboard")) }
            r.finish()
            return file
        }
    }

    /// `~/x` in the home folder, `/x` as it is, `x` in the folder of the file it is written
    /// in; `.` and `..` taken out where they can be, so `idash config` shows a plain path.
    static func resolve(_ text: String, nextTo file: String, home: String?) -> String {
        if text == "~" || text.hasPrefix("~/"), let home, !home.isEmpty { return tidy(home + text.dropFirst()) }
        if text.hasPrefix("/") { return tidy(text) }
        guard let slash = file.lastIndex(of: "/") else { return tidy(text) }
        return tidy(file[..<slash] + "/" + text)
    }

    /// The path without `.` steps, empty steps and `..` after a named folder. Lexically, as a
    /// shell's `cd` does: past a symbolic link the file system's `..` may lead elsewhere.
    static func tidy(_ path: String) -> String {
        var steps: [Substring] = []
        for step in path.split(separator: "/", omittingEmptySubsequences: true) where step != "." {
            if step == "..", let last = steps.last, last != ".." {
                steps.removeLast()
            } else {
                steps.append(step)
            }
        }
        let joined = steps.joined(separator: "/")
        if path.hasPrefix("/") { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }
}

extension Settings {
    /// A data folder the settings file names that cannot be read (not there, not a folder),
    /// reported at its line: the loader could only say so of the folder, not who named it.
    public var unreadableDataFolder: Diagnostic? {
        guard let folder = data.value, case .file(let path, let position) = data.origin,
              (try? FileManager.default.contentsOfDirectory(atPath: folder)) == nil else { return nil }
        return Diagnostic(file: path, position: position, message: "cannot read the data folder '\(folder)'")
    }
}
