/// What `idash config` prints: the settings file looked for, then each setting in effect
/// with where it came from, one a line in columns, named by the file's own keys so the
/// user sees what to write there:
///
///     file       /home/u/.config/idash/config.json5 (from $XDG_CONFIG_HOME; found)
///     language   en        (config file /home/u/.config/idash/config.json5:2)
///     theme      dark      (built-in default; projector for present and follow)
///     data       ./mydata  (--data)
///     ascii      false     (built-in default)
///     clipboard  false     (built-in default)
public enum ConfigReport {
    public static func lines(_ settings: Settings) -> [String] {
        let rows: [(String, String, SettingOrigin)] = [
            ("language", settings.language.value.rawValue, settings.language.origin),
            ("theme", settings.theme.value, settings.theme.origin),
            ("data", settings.data.value ?? "built-in", settings.data.origin),
            ("ascii", "\(settings.ascii.value)", settings.ascii.origin),
            ("clipboard", "\(settings.clipboard.value)", settings.clipboard.origin),
        ]
        let width = rows.map(\.1.count).max() ?? 0
        return [pad("file") + fileLine(settings.file)]
            + rows.map { name, value, origin in pad(name) + value.padding(to: width) + "  (" + describe(origin) + ")" }
    }

    /// The key column: the longest key and two spaces.
    private static func pad(_ text: String) -> String { text.padding(to: "clipboard".count + 2) }

    static func fileLine(_ file: SettingsFile) -> String {
        guard let path = file.location.path else { return "none (neither $XDG_CONFIG_HOME nor $HOME is set)" }
        return "\(path) (from \(file.location.chosenBy); \(file.exists ? "found" : "not found"))"
    }

    static func describe(_ origin: SettingOrigin) -> String {
        switch origin {
        case .flag(let option): return option
        case .file(let path, let position): return "config file \(path):\(position.line)"
        case .builtIn(let note): return "built-in default" + (note.map { "; " + $0 } ?? "")
        case .environment(let reason): return "set because \(reason)"
        }
    }
}

private extension String {
    /// Spaces after the text up to `width` characters: the values column is as wide as
    /// its longest value, so the origins line up.
    func padding(to width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
