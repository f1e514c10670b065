// swift-tools-version: 6.2
import PackageDescription

/// One list of settings applied to every Swift target (the language mode, Swift 6, is set for the package below).
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
        .library(name: "BriefingXML", targets: ["BriefingXML"]),
        .library(name: "BriefingText", targets: ["BriefingText"]),
        // Analysers: entities, quotes, keyphrases, summary, hedged claims, statistics.
        .library(name: "BriefingAnalysis", targets: ["BriefingAnalysis"]),
        // The command-line tool, and the SwiftPM command plugin that runs it.
        .executable(name: "briefing", targets: ["briefing"]),
        .plugin(name: "BriefingExportPlugin", targets: ["BriefingExportPlugin"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Tests only.
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        // `swift package generate-documentation` (DocC); adds no code to the products.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // MARK: Core library
        .target(name: "BriefingModel"),

        // MARK: Readers
        .target(name: "BriefingPlainTextReader", dependencies: ["BriefingModel"]),

        // MARK: Analysers
        .target(name: "BriefingAnalysis", dependencies: ["BriefingModel"]),

        // MARK: Exporters
        .target(name: "BriefingJSON", dependencies: ["BriefingModel"]),
        .target(name: "BriefingXML", dependencies: ["BriefingModel", "CLibXML2"]),
        // The plain-text exporter asks the reader how a line would read, so that what it writes reads back.
        .target(name: "BriefingText", dependencies: ["BriefingModel", "BriefingPlainTextReader"]),

        // MARK: System libraries
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),

        // MARK: Tools
        .executableTarget(
            name: "briefing",
            dependencies: [
                "BriefingModel",
                "BriefingPlainTextReader",
                "BriefingJSON",
                "BriefingXML",
                "BriefingText",
                "BriefingAnalysis",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: Plugins
        .plugin(
            name: "BriefingExportPlugin",
            capability: .command(
                intent: .custom(
                    verb: "briefing-export",
                    description: "Export articles (files or folders of .txt) beside themselves as NAME.FORMAT.EXTENSION"
                ),
                permissions: [
                    .writeToPackageDirectory(reason: "Writes each export beside its input article.")
                ]),
            dependencies: ["briefing"]
        ),

        // MARK: Tests
        // Finds the example articles and the shared development corpus (skipping what needs it when it is absent).
        .target(name: "BriefingTestSupport", path: "Tests/BriefingTestSupport"),
        .testTarget(
            name: "BriefingModelTests",
            dependencies: [
                "BriefingTestSupport", "BriefingModel",
            ]),
        .testTarget(
            name: "BriefingPlainTextReaderTests",
            dependencies: [
                "BriefingTestSupport", "BriefingPlainTextReader", "BriefingModel",
            ]),
        .testTarget(
            name: "BriefingJSONTests",
            dependencies: [
                "BriefingTestSupport", "BriefingJSON", "BriefingPlainTextReader", "BriefingModel",
            ]),
        .testTarget(
            name: "BriefingXMLTests",
            dependencies: [
                "BriefingTestSupport", "BriefingXML", "BriefingPlainTextReader", "BriefingModel",
            ]),
        .testTarget(
            name: "BriefingTextTests",
            dependencies: [
                "BriefingTestSupport", "BriefingText", "BriefingPlainTextReader", "BriefingModel",
            ]),
        .testTarget(
            name: "BriefingAnalysisTests",
            dependencies: [
                "BriefingTestSupport", "BriefingAnalysis", "BriefingPlainTextReader", "BriefingModel",
            ],
            exclude: ["Annotations"]),
        .testTarget(
            name: "BriefingGoldenTests",
            dependencies: [
                "BriefingTestSupport",
                "BriefingPlainTextReader", "BriefingJSON", "BriefingXML", "BriefingText", "BriefingAnalysis",
                "BriefingModel",
            ],
            exclude: ["Golden"]),
        .testTarget(
            name: "BriefingPropertyTests",
            dependencies: [
                "BriefingTestSupport",
                "BriefingJSON", "BriefingXML", "BriefingText", "BriefingPlainTextReader", "BriefingModel",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(
            name: "BriefingReliabilityTests",
            dependencies: [
                "BriefingTestSupport",
                "BriefingPlainTextReader", "BriefingAnalysis", "BriefingJSON", "BriefingXML", "BriefingText",
                "BriefingModel",
            ]),
        .testTarget(
            name: "BriefingDocumentationTests",
            dependencies: [
                "BriefingTestSupport",
                "BriefingPlainTextReader", "BriefingAnalysis", "BriefingJSON", "BriefingXML", "BriefingText",
                "BriefingModel",
            ]),
        .testTarget(
            name: "BriefingCLITests",
            dependencies: [
                "BriefingTestSupport", "briefing",
            ]),
    ],
    swiftLanguageModes: [.v6]
)

for target in package.targets where target.type != .system && target.type != .plugin {
    target.swiftSettings = (target.swiftSettings ?? []) + swiftSettings
}
