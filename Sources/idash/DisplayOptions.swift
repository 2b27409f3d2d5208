import TerminalKit
import ArgumentParser
import IndustryApp
import IndustryModel
import IndustryViews

/// Where the dashboard starts: the first city. Language, theme and ASCII are settings
/// (`SettingOptions`).
struct DisplayOptions: ParsableArguments {
    @Option(name: .long, help: "The city to start on, by id (e.g. nantong).")
    var city: String?

    /// The starting state for these options and settings.
    func state(_ dataset: Dataset, asOf: Day, settings: Settings, themeName: String) throws -> DashboardState {
        guard let first = dataset.cities.first else { throw ValidationError("the data has no city") }
        if let city, dataset.city(city) == nil {
            throw ValidationError("unknown city '\(city)' (cities: \(dataset.cities.map(\.id).joined(separator: ", ")))")
        }
        let cityID = city ?? first.id
        var state = DashboardState(cityID: cityID, language: settings.language.value, themeName: themeName, asOf: asOf,
                                   ascii: settings.ascii.value)
        if city != nil { state.navigation.stack = [.overview, .city(cityID)] }
        return state
    }
}
