// swift-tools-version:6.0
import PackageDescription

// Layers, each testable alone:
//   FileFormats   (JSON and CSV with positions, one field reader, diagnostics, a JSON writer; no domain)
//   Locking       (Locked: a value behind a pthread mutex, for the caches threads share)
//   IndustryModel (data, loading, validation, progress maths; no terminal code)
//   BuiltinData   (the sample data and themes compiled into the binary)
//   TerminalKit   (the UI kit: cells, widths, layout, widgets, themes, renderers; no domain)
//   IndustryViews (the screens: state to a grid of cells; no ncurses)
//   CNCursesW     (the system ncursesw library and a shim for its macros)
//   IndustryTerminal (the ncursesw backend: draws cells, reads keys; nothing else)
//   IndustryApp   (actions, update, key map, run loop)
//   IndustryShare (present --share / follow: the position over a Unix socket; no terminal code)
//   IndustrySynthetic (deterministic synthetic data sets for benchmarks)
//   idash         (the executable); idash-bench (the benchmarks)
//   FuzzChecks    (the fuzz targets' properties; Fuzz/run.sh links them into a libFuzzer binary)
let package = Package(
    name: "IndustryDash",
    products: [
        .executable(name: "idash", targets: ["idash"]),
        .executable(name: "idash-bench", targets: ["idash-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNCursesW",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncurses-dev"])]
        ),
        .target(name: "FileFormats"),
        .target(name: "Locking"),
        .target(name: "IndustryModel", dependencies: ["FileFormats", "Locking"]),
        .target(
            name: "BuiltinData",
            dependencies: ["IndustryModel"],
            resources: [.embedInCode("sample-data"), .embedInCode("themes")]
        ),
        .target(name: "TerminalKit", dependencies: ["FileFormats", "Locking"]),
        .target(name: "IndustryViews", dependencies: ["FileFormats", "IndustryModel", "TerminalKit"]),
        // Deterministic synthetic data sets for benchmarks (`idash gen-data`, issue #7).
        .target(name: "IndustrySynthetic", dependencies: ["FileFormats", "IndustryModel"]),
        // The ncurses backend knows the kit's cells and nothing of the domain.
        .target(name: "IndustryTerminal", dependencies: ["TerminalKit", "CNCursesW"]),
        .target(name: "IndustryApp", dependencies: ["FileFormats", "IndustryModel", "TerminalKit", "IndustryViews", "IndustryTerminal", "IndustryShare", "BuiltinData"]),
        .target(name: "IndustryShare", dependencies: ["FileFormats", "IndustryModel"]),
        .executableTarget(
            name: "idash",
            dependencies: [
                "FileFormats",
                "IndustryModel",
                "BuiltinData",
                "TerminalKit",
                "IndustryViews",
                "IndustryTerminal",
                "IndustryApp",
                "IndustryShare",
                "IndustrySynthetic",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmarks (issue #7): `swift run -c release idash-bench`. Not run by the tests.
        .executableTarget(
            name: "idash-bench",
            dependencies: [
                "FileFormats",
                "IndustryModel",
                "BuiltinData",
                "TerminalKit",
                "IndustryViews",
                "IndustryApp",
                "IndustrySynthetic",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The properties the fuzz targets check (issue 17): the libFuzzer entry points are
        // under Fuzz/ (built by Fuzz/run.sh), and FuzzCorpusTests replays the committed inputs.
        .target(name: "FuzzChecks", dependencies: ["FileFormats", "IndustryModel", "BuiltinData", "TerminalKit",
                                                   "IndustryViews", "IndustryTerminal", "IndustryApp", "IndustryShare"]),
        // Helpers the test targets share (a fixed-seed random generator).
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "FileFormatsTests", dependencies: ["FileFormats", "TestSupport"]),
        .testTarget(name: "IndustryModelTests", dependencies: ["FileFormats", "IndustryModel", "BuiltinData", "TestSupport", "IndustrySynthetic"]),
        .testTarget(name: "TerminalKitTests", dependencies: ["FileFormats", "TerminalKit", "BuiltinData", "TestSupport"]),
        .testTarget(name: "IndustryTerminalTests", dependencies: ["TerminalKit", "IndustryTerminal"]),
        .testTarget(name: "IndustryAppTests", dependencies: ["TerminalKit", "IndustryApp", "IndustryTerminal", "BuiltinData", "TestSupport"],
                    exclude: ["Golden"]),
        .testTarget(name: "IndustryShareTests", dependencies: ["FileFormats", "IndustryShare"]),
        .testTarget(name: "FuzzCorpusTests", dependencies: ["FuzzChecks"]),
        .testTarget(name: "LockingTests", dependencies: ["Locking"]),
    ]
)
