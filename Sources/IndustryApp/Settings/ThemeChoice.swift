import FileFormats

/// A theme setting that names no theme the catalog has.
public enum ThemeChoiceError: Error, Sendable {
    /// Said on the command line: a usage error, like any bad option.
    case usage(String)
    /// Written in the settings file, or a theme file that cannot be read: located problems.
    case file(DiagnosticsError)
}

extension Settings {
    /// The theme to start with, by name: one of the catalog's, or a theme file the setting
    /// names (added to the catalog). An unknown name is reported where it was written, with
    /// the nearest theme when it looks like a typo of one.
    public func chooseTheme(in catalog: inout ThemeCatalog) throws(ThemeChoiceError) -> String {
        let name = theme.value
        if catalog.theme(named: name) != nil { return name }
        if case .builtIn = theme.origin { return "dark" }  // a command's own default is always there
        if ThemeCatalog.isFileName(name) {
            let before = Set(catalog.names)
            do throws(DiagnosticsError) {
                try catalog.add(file: name)
            } catch {
                throw .file(error)
            }
            return catalog.names.first { !before.contains($0) } ?? catalog.themes.last!.name
        }
        let hint = FieldNames.nearest(to: name, among: catalog.names).map { "did you mean '\($0)'? " } ?? ""
        let message = "unknown theme '\(name)' (\(hint)themes: \(catalog.names.joined(separator: ", ")))"
        guard case .file(let path, let position) = theme.origin else { throw .usage(message) }
        throw .file(DiagnosticsError([Diagnostic(file: path, position: position, message: message)]))
    }
}
