// swift-tools-version:6.0
import PackageDescription

// Layers, each testable alone:
//   IndustryModel (data, loading, validation, progress maths; no terminal code)
//   BuiltinData   (the sample data compiled into the binary)
//   CNCursesW     (the system ncursesw library and a shim for its macros)
//   idash         (the executable)
let package = Package(
    name: "IndustryDash",
    products: [
        .executable(name: "idash", targets: ["idash"]),
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
        .target(name: "IndustryModel"),
        .target(
            name: "BuiltinData",
            dependencies: ["IndustryModel"],
            resources: [.embedInCode("sample-data")]
        ),
        .executableTarget(
            name: "idash",
            dependencies: [
                "IndustryModel",
                "BuiltinData",
                "CNCursesW",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "IndustryModelTests", dependencies: ["IndustryModel", "BuiltinData"]),
    ]
)
