import TerminalKit
import ArgumentParser
import IndustryApp
import IndustryModel
import IndustryViews

/// `idash snapshot`: one view printed without a terminal, through the live screen's code.
struct Snapshot: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one view as text or ANSI, without a terminal.",
        discussion: "Views: \(ViewSpec.forms)."
    )

    @Option(name: .long, help: "overview | city:ID | cluster:CITY/ID | targets:ID | compare:INDICATOR")
    var view: String = "overview"

    @Option(name: .long, help: "Width in columns.")
    var width: Int = 120

    @Option(name: .long, help: "Height in rows.")
    var height: Int = 40

    @Option(name: .long, help: "text or ansi.")
    var format: String = "text"

    @Option(name: .long, help: "Colour depth for ansi: truecolor, 256, 16, 8 or none.")
    var colors: String = "256"

    @OptionGroup var settingOptions: SettingOptions
    @OptionGroup var look: LookOptions
    @OptionGroup var data: DataOptions
    @OptionGroup var display: DisplayOptions

    func run() throws {
        let environment = Environment.current
        guard (1...1000).contains(width), (1...1000).contains(height) else {
            throw ValidationError("--width and --height must be from 1 to 1000")
        }
        let settings = try settingOptions.settings(environment, look: look)
        let dataset = try data.dataset(settings)
        let (themes, themeName) = try SettingOptions.themes(settings, environment)
        var state = try display.state(dataset, asOf: try data.day(), settings: settings, themeName: themeName)
        state.display.width = width
        state.display.height = height
        try open(view, in: &state, dataset)
        let grid = state.render(dataset).grid
        switch format {
        case "text":
            print(PlainRenderer.render(grid), terminator: "")
        case "ansi":
            let depths: [String: ColorDepth] = ["truecolor": .trueColor, "256": .indexed256, "16": .sixteen, "8": .eight, "none": .none]
            guard var depth = depths[colors] else { throw ValidationError("--colors must be truecolor, 256, 16, 8 or none") }
            var name = state.display.themeName
            if !(environment["NO_COLOR"] ?? "").isEmpty {
                depth = .none  // no-color.org: the mono theme, attributes only
                if !settings.themeChosen { name = "mono" }
            }
            let theme = themes.theme(named: name) ?? themes.themes[0]
            print(ANSIRenderer(palette: theme.palette(for: depth)).render(grid), terminator: "")
        default:
            throw ValidationError("--format must be text or ansi, found \"\(format)\"")
        }
    }

    /// The view through the shared parser, so snapshots and deck files name views alike.
    private func open(_ view: String, in state: inout DashboardState, _ dataset: Dataset) throws {
        do throws(ViewSpecError) {
            try ViewSpec.parse(view, in: dataset).apply(to: &state.navigation)
        } catch {
            throw ValidationError(error.message)
        }
    }
}

/// `idash themes`: the themes a user can pick.
struct Themes: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the themes (built-in and the user's own).")

    func run() throws {
        let catalog = try ThemeCatalog.load(environment: Environment.current)
        for theme in catalog.themes { print("\(theme.name)\t\(theme.description)") }
    }
}
