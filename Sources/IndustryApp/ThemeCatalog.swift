import TerminalKit
import FileFormats
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import BuiltinData
import IndustryModel
import IndustryViews

/// The themes a user can pick: the built-in ones, then the user's own from
/// `$XDG_CONFIG_HOME/idash/themes/*.json5` (or `~/.config/...`), found by name.
public struct ThemeCatalog: Sendable {
    public private(set) var themes: [Theme]

    public var names: [String] { themes.map(\.name) }

    /// The built-in themes; they are tested, so a parse failure here is a build defect.
    public static func builtIn() -> ThemeCatalog {
        ThemeCatalog(themes: BuiltinData.themes.map { try! Theme.parse($0.bytes, file: "themes/\($0.name).json5") })
    }

    /// Built-in themes plus the user's; a user theme that fails to parse is an error naming its file.
    public static func load(environment: [String: String]) throws(DiagnosticsError) -> ThemeCatalog {
        var catalog = builtIn()
        guard let folder = userFolder(environment),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return catalog }
        for name in names.sorted() where name.hasSuffix(".json5") || name.hasSuffix(".json") {
            try catalog.add(file: folder + "/" + name)
        }
        return catalog
    }

    static func userFolder(_ environment: [String: String]) -> String? {
        if let config = environment["XDG_CONFIG_HOME"], !config.isEmpty { return config + "/idash/themes" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/idash/themes" }
        return nil
    }

    /// Adds (or replaces, by name) a theme read from a file.
    public mutating func add(file path: String) throws(DiagnosticsError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticsError([Diagnostic(file: path, position: nil, message: "cannot read the theme file")])
        }
        let theme = try Theme.parse([UInt8](data), file: path)
        themes.removeAll { $0.name == theme.name }
        themes.append(theme)
    }

    public func theme(named name: String) -> Theme? { themes.first { $0.name == name } }

    /// Whether a theme setting (`--theme`, the settings file) names a theme file rather than a theme.
    public static func isFileName(_ text: String) -> Bool {
        text.contains("/") || text.hasSuffix(".json5") || text.hasSuffix(".json")
    }
}
