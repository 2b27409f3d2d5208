import TerminalKit
import ArgumentParser
import IndustryApp
import IndustryModel
import IndustryViews

/// How the dashboard looks: theme, language, first city, ASCII glyphs.
struct DisplayOptions: ParsableArguments {
    @Option(name: .long, help: "Theme name (dark, light, projector, mono, or one in $XDG_CONFIG_HOME/idash/themes) or a theme file.")
    var theme: String?

    @Option(name: .long, help: "Language of the labels: zh or en (default from LANG).")
    var lang: String?

    @Option(name: .long, help: "The city to start on, by id (e.g. nantong).")
    var city: String?

    @Flag(name: .long, help: "ASCII borders and bars, for terminals that draw box characters two cells wide.")
    var ascii = false

    /// The themes and the one to start with: `--theme`, else `standard` (the projector theme
    /// for slides, dark for the dashboard).
    func themes(_ environment: [String: String], standard: String = "dark") throws -> (catalog: ThemeCatalog, name: String) {
        var catalog = try ThemeCatalog.load(environment: environment)
        guard let theme else { return (catalog, catalog.theme(named: standard) != nil ? standard : "dark") }
        if catalog.theme(named: theme) != nil { return (catalog, theme) }
        if theme.contains("/") || theme.hasSuffix(".json5") || theme.hasSuffix(".json") {
            let before = Set(catalog.names)
            try catalog.add(file: theme)
            return (catalog, catalog.names.first { !before.contains($0) } ?? catalog.themes.last!.name)
        }
        throw ValidationError("unknown theme '\(theme)' (themes: \(catalog.names.joined(separator: ", ")))")
    }

    func language(_ environment: [String: String]) throws -> Language {
        guard let lang else { return TerminalEnvironment.defaultLanguage(environment) }
        guard let language = Language(rawValue: lang) else { throw ValidationError("--lang must be zh or en, found \"\(lang)\"") }
        return language
    }

    /// The starting state for these options.
    func state(_ dataset: Dataset, asOf: Day, environment: [String: String], themeName: String) throws -> DashboardState {
        guard let first = dataset.cities.first else { throw ValidationError("the data has no city") }
        if let city, dataset.city(city) == nil {
            throw ValidationError("unknown city '\(city)' (cities: \(dataset.cities.map(\.id).joined(separator: ", ")))")
        }
        let cityID = city ?? first.id
        var state = DashboardState(cityID: cityID, language: try language(environment), themeName: themeName, asOf: asOf,
                              ascii: ascii || TerminalEnvironment.wantsASCII(environment))
        if city != nil { state.navigation.stack = [.overview, .city(cityID)] }
        return state
    }
}
