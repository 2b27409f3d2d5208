import FileFormats
import TerminalKit
import IndustryModel
import IndustryViews
import IndustryApp
import BuiltinData

/// A city file, read beside the built-in Nanjing (so cross-city checks run and the
/// compare screen has a second city): loading is deterministic, a refusal names a file
/// read and a place in it (whether the loader stops at the first syntax error or reads
/// on), and data that loads draws every screen at a size taken from the input with every
/// row exactly the screen's width and no control character or bidi override in a cell.
enum CityCheck {
    static let file = "fuzz.json"
    /// The smallest sample city. Its own name sorts after `file`, so the fuzzed city is first.
    static let companion = BuiltinData.files.first { $0.name == "nanjing.json" }!

    static func check(_ bytes: [UInt8]) throws(FuzzViolation) {
        var loaded: Dataset?
        for after in [AfterSyntaxError.stop, .resume] {
            let read = try FormatChecks.document(files: [file: bytes, companion.name: companion.bytes]) { () throws(DiagnosticsError) in
                try load(bytes, after).get()
            }
            if let read { loaded = read }
        }
        guard let dataset = loaded, let city = fuzzedCity(in: dataset) else { return }
        let (width, height, language, ascii) = size(of: bytes)
        for stack in screens(dataset, city) {
            var state = DashboardState(cityID: city.id, language: language, asOf: Day(iso: "2026-11-25")!, ascii: ascii)
            (state.display.width, state.display.height, state.navigation.stack) = (width, height, stack)
            try checkGrid(state.render(dataset).grid, width: width, height: height, screen: "\(stack.last!)")
        }
    }

    /// The fuzzed city: the one that is not the companion.
    static func fuzzedCity(in dataset: Dataset) -> City? {
        dataset.cities.first { $0.id != "nanjing" }
    }

    /// Every screen showing the city: overview, city, targets, its first cluster, and the
    /// comparison of the first indicator it shares with the companion.
    static func screens(_ dataset: Dataset, _ city: City) -> [[Screen]] {
        var screens: [[Screen]] = [[.overview], [.overview, .city(city.id)], [.overview, .city(city.id), .targets(city: city.id)]]
        if let cluster = city.clusters.first { screens.append([.overview, .city(city.id), .cluster(city: city.id, cluster: cluster.id)]) }
        if let indicator = dataset.comparableIndicatorIDs().first { screens.append([.overview, .compare(indicator: indicator)]) }
        return screens
    }

    static func load(_ bytes: [UInt8], _ after: AfterSyntaxError) -> Result<Dataset, DiagnosticsError> {
        Result { () throws(DiagnosticsError) in try DatasetLoader.load([DataFile(name: file, bytes: bytes), companion], afterSyntaxError: after) }
    }

    /// A screen size (1x1 to 240x80), language and character set picked by the input's
    /// hash: the same input always draws at the same size.
    static func size(of bytes: [UInt8]) -> (width: Int, height: Int, language: Language, ascii: Bool) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325  // FNV-1a
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return (1 + Int(hash % 240), 1 + Int(hash / 240 % 80), hash & (1 << 40) == 0 ? .zh : .en, hash & (1 << 41) != 0)
    }

    static func checkGrid(_ grid: Grid, width: Int, height: Int, screen: String) throws(FuzzViolation) {
        try require(grid.width == width && grid.height == height, "\(screen) at \(width)x\(height) drew \(grid.width)x\(grid.height)")
        for (row, line) in grid.lines.enumerated() {
            try require(CellWidth.of(line) == width, "\(screen) at \(width)x\(height): row \(row) is \(CellWidth.of(line)) cells: \(line)")
        }
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                for scalar in grid[x, y].text.unicodeScalars where isHostile(scalar) {
                    throw FuzzViolation(description: "\(screen) at \(width)x\(height): U+\(String(scalar.value, radix: 16)) at \(x),\(y)")
                }
            }
        }
    }

    /// What must never reach the terminal: C0 and C1 controls, DEL, bidi overrides.
    static func isHostile(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (0x7F..<0xA0).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}

/// Grids that break `CityCheck.checkGrid`, so a test shows the check can fail.
public enum CityCheckProbe {
    /// A screen drawn a column narrower than asked.
    public static func narrowScreen() throws(FuzzViolation) {
        try CityCheck.checkGrid(Grid(width: 3, height: 1), width: 4, height: 1, screen: "probe")
    }

    /// The screens the check draws for a city file that loads (none when it is refused),
    /// so a test can show the fuzzed data reaches every kind of screen.
    public static func screensDrawn(_ bytes: [UInt8]) -> [String] {
        guard case .success(let dataset) = CityCheck.load(bytes, .stop), let city = CityCheck.fuzzedCity(in: dataset) else { return [] }
        return CityCheck.screens(dataset, city).map { "\($0.last!)" }
    }

    public static func controlInCell() throws(FuzzViolation) {
        var grid = Grid(width: 2, height: 1)
        grid.set(0, 0, Cell(Glyph(Unicode.Scalar(0x1B)), style: .text))
        try CityCheck.checkGrid(grid, width: 2, height: 1, screen: "probe")
    }
}
