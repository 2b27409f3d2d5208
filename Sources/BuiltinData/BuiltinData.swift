import FileFormats
import IndustryModel

/// The sample data compiled into the binary, so `idash` runs from any folder and when the
/// binary is copied alone. `--data DIR` loads a user's directory instead.
public enum BuiltinData {
    /// Every file of `sample-data/` the loader reads. A new city file must be added here too;
    /// the data-integrity test fails if one is missing.
    public static let files: [DataFile] = [
        DataFile(name: "nantong.json", bytes: PackageResources.nantong_json),
        DataFile(name: "suzhou.json", bytes: PackageResources.suzhou_json),
        DataFile(name: "nanjing.json", bytes: PackageResources.nanjing_json),
        DataFile(name: "observations.csv", bytes: PackageResources.observations_csv),
    ]

    /// The JSON Schema of city files, for `idash schema` and editors.
    public static let schema: [UInt8] = PackageResources.schema_json

    /// The example deck (`sample-data/deck.json5`), for `idash present` and tests. The data
    /// loader reads only `*.json` and `*.csv`, so the deck never passes for a city file.
    public static let deck: [UInt8] = PackageResources.deck_json5

    /// The built-in themes, by name: the files of `themes/`. A new theme file must be added
    /// here too; a test checks the list against the folder.
    public static let themes: [(name: String, bytes: [UInt8])] = [
        ("dark", PackageResources.dark_json5),
        ("light", PackageResources.light_json5),
        ("projector", PackageResources.projector_json5),
        ("mono", PackageResources.mono_json5),
    ]

    /// The built-in data set. It is validated by the tests, so failing here is a build defect.
    public static func load() throws(DiagnosticsError) -> Dataset {
        try DatasetLoader.load(files)
    }
}
