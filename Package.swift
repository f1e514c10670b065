// swift-tools-version: 6.2
import PackageDescription

/// One list of settings applied to every target: Swift 6 language mode and strict memory safety checks off.
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "swift-briefing",
    products: [
        // The core model and the extension-point protocols. Depends on nothing.
        .library(name: "BriefingModel", targets: ["BriefingModel"]),
        // The plain-text reader: the parsing hot path.
        .library(name: "BriefingPlainTextReader", targets: ["BriefingPlainTextReader"]),
        // Exporters: each is an independent product.
        .library(name: "BriefingJSON", targets: ["BriefingJSON"]),
        // The command-line tool.
        .executable(name: "briefing", targets: ["briefing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0")
    ],
    targets: [
        // MARK: Core library
        .target(name: "BriefingModel"),

        // MARK: Readers
        .target(name: "BriefingPlainTextReader", dependencies: ["BriefingModel"]),

        // MARK: Exporters
        .target(name: "BriefingJSON", dependencies: ["BriefingModel"]),

        // MARK: Tools
        .executableTarget(
            name: "briefing",
            dependencies: [
                "BriefingModel",
                "BriefingPlainTextReader",
                "BriefingJSON",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: Tests
        .testTarget(name: "BriefingModelTests", dependencies: ["BriefingModel"]),
        .testTarget(name: "BriefingPlainTextReaderTests", dependencies: ["BriefingPlainTextReader", "BriefingModel"]),
        .testTarget(
            name: "BriefingJSONTests", dependencies: ["BriefingJSON", "BriefingPlainTextReader", "BriefingModel"]),
        .testTarget(name: "BriefingCLITests", dependencies: ["briefing"]),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets where target.type != .system && target.type != .plugin {
    target.swiftSettings = (target.swiftSettings ?? []) + swiftSettings
}
