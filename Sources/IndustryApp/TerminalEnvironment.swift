import IndustryModel

/// What the environment says about the user's locale, read without touching the terminal.
public enum TerminalEnvironment {
    /// The locale in effect for characters: LC_ALL, then LC_CTYPE, then LANG.
    public static func characterLocale(_ environment: [String: String]) -> String {
        for key in ["LC_ALL", "LC_CTYPE", "LANG"] {
            if let value = environment[key], !value.isEmpty { return value }
        }
        return "C"
    }

    public static func isUTF8(_ environment: [String: String]) -> Bool {
        let locale = characterLocale(environment).lowercased()
        return locale.contains("utf-8") || locale.contains("utf8")
    }

    /// A DEC VT terminal type (vt100, vt220...) names hardware, or an emulator set to act
    /// like it, that has no line-drawing Unicode: such a screen gets ASCII borders and bars,
    /// whatever the locale says (its lack of colour comes from terminfo).
    public static func wantsASCII(_ environment: [String: String]) -> Bool {
        !isUTF8(environment) || (environment["TERM"] ?? "").lowercased().hasPrefix("vt")
    }

    /// Chinese when the user's locale is Chinese and can show it; English otherwise.
    public static func defaultLanguage(_ environment: [String: String]) -> Language {
        let messages = environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["LC_MESSAGES"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LANG"] ?? ""
        return messages.lowercased().hasPrefix("zh") && isUTF8(environment) ? .zh : .en
    }
}
