import TerminalKit
import ArgumentParser
import IndustryApp
import IndustryModel
import IndustryViews

/// Where the dashboard starts (the first city) and what it marks (figures published since
/// the last meeting), for every command that shows figures. Language, theme and ASCII are
/// settings (`SettingOptions`).
struct DisplayOptions: ParsableArguments {
    @Option(name: .long, help: "The city to start on, by id (e.g. nantong).")
    var city: String?

    @Option(name: .long, help: ArgumentHelp("Mark every figure published after this day (YYYY-MM-DD), e.g. the last meeting's; `present` and `handout` add a slide of what changed.", valueName: "day"))
    var since: String?

    /// The day of `--since`; nil without it. A day after the day shown would mark nothing
    /// that can be shown, so it is refused rather than silently empty.
    func sinceDay(asOf: Day) throws -> Day? {
        guard let since else { return nil }
        guard let day = Day(iso: since) else {
            throw ValidationError("--since must be a date written YYYY-MM-DD, found \"\(since)\"")
        }
        guard day <= asOf else {
            throw ValidationError("--since \(since) is after the day shown (\(asOf)): nothing published after it is known yet")
        }
        return day
    }

    /// The starting state for these options and settings.
    func state(_ dataset: Dataset, asOf: Day, settings: Settings, themeName: String) throws -> DashboardState {
        guard let first = dataset.cities.first else { throw ValidationError("the data has no city") }
        if let city, dataset.city(city) == nil {
            throw ValidationError("unknown city '\(city)' (cities: \(dataset.cities.map(\.id).joined(separator: ", ")))")
        }
        let cityID = city ?? first.id
        var state = DashboardState(cityID: cityID, language: settings.language.value, themeName: themeName, asOf: asOf,
                                   ascii: settings.ascii.value)
        state.display.since = try sinceDay(asOf: asOf)
        if city != nil { state.navigation.stack = [.overview, .city(cityID)] }
        return state
    }
}
