// swift-tools-version: 6.2
import PackageDescription

/// One list of settings applied to every Swift target (the language mode, Swift 6, is set for the package below).
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "swift-briefing",
    // Readers take their input as a `RawSpan`, which Apple platforms have from macOS 10.14.4 and
    // iOS 12.2 (back-deployed); the batch API's `AsyncSequence` needs macOS 10.15 and iOS 13.
    platforms: [.macOS(.v10_15), .iOS(.v13), .tvOS(.v13), .watchOS(.v6), .macCatalyst(.v13), .visionOS(.v1)],
    products: [
        // The core model and the extension-point protocols. Depends on nothing.
        .library(name: "BriefingModel", targets: ["BriefingModel"]),
        // Formats: each is an independent product with its reader and/or exporter.
        // Plain text, read and written: the reader is the parsing hot path.
        .library(name: "BriefingPlainText", targets: ["BriefingPlainText"]),
        .library(name: "BriefingJSON", targets: ["BriefingJSON"]),
        .library(name: "BriefingXML", targets: ["BriefingXML"]),
        // Web pages in: the article, its structure and its metadata, boilerplate removed (libxml2's HTML parser).
        .library(name: "BriefingHTMLReader", targets: ["BriefingHTML"]),
        // Markdown (CommonMark, read with cmark) in and out.
        .library(name: "BriefingMarkdown", targets: ["BriefingMarkdown"]),
        // A memo for people (export only).
        .library(name: "BriefingMemo", targets: ["BriefingMemo"]),
        // Analysers: entities, quotes, keyphrases, summary, hedged claims, statistics.
        .library(name: "BriefingAnalysis", targets: ["BriefingAnalysis"]),
        // Many documents at once: bounded concurrency and memory, NDJSON in and out, files and folders.
        .library(name: "BriefingBatch", targets: ["BriefingBatch"]),
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

        // MARK: Formats
        // The plain-text exporter asks the reader how a line would read, so that what it writes reads back.
        .target(name: "BriefingPlainText", dependencies: ["BriefingModel"]),
        .target(name: "BriefingJSON", dependencies: ["BriefingModel"]),
        .target(name: "BriefingXML", dependencies: ["BriefingModel", "BriefingLibXML"]),
        .target(name: "BriefingMemo", dependencies: ["BriefingModel"]),
        .target(name: "BriefingHTML", dependencies: ["BriefingModel", "BriefingLibXML"]),
        .target(name: "BriefingMarkdown", dependencies: ["BriefingModel", "CCmark"]),

        // MARK: Analysers
        .target(name: "BriefingAnalysis", dependencies: ["BriefingModel"]),

        // MARK: Batch
        // Formats and analysers are the caller's choice (registries and a pipeline passed in), so a
        // JSON-only batch links no C library; JSON is needed for the NDJSON contract.
        .target(name: "BriefingBatch", dependencies: ["BriefingModel", "BriefingJSON"]),

        // MARK: System libraries, each behind one Swift layer that owns its objects (not a product)
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
        .target(name: "BriefingLibXML", dependencies: ["BriefingModel", "CLibXML2"]),
        .systemLibrary(name: "CCmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"]), .brew(["cmark"])]),

        // MARK: Tools
        .executableTarget(
            name: "briefing",
            dependencies: [
                "BriefingModel",
                "BriefingPlainText",
                "BriefingJSON",
                "BriefingXML",
                "BriefingHTML",
                "BriefingMemo",
                "BriefingMarkdown",
                "BriefingAnalysis",
                "BriefingBatch",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // MARK: Plugins
        .plugin(
            name: "BriefingExportPlugin",
            capability: .command(
                intent: .custom(
                    verb: "briefing-export",
                    description:
                        "Export articles (files or folders of .txt and .html) beside themselves as NAME.FORMAT.EXTENSION"
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
            name: "BriefingPlainTextTests",
            dependencies: [
                "BriefingTestSupport", "BriefingPlainText", "BriefingMemo", "BriefingModel",
            ]),
        .testTarget(
            name: "BriefingJSONTests",
            dependencies: [
                "BriefingTestSupport", "BriefingJSON", "BriefingPlainText", "BriefingModel",
            ]),
        .testTarget(
            name: "BriefingXMLTests",
            dependencies: [
                "BriefingTestSupport", "BriefingXML", "BriefingLibXML", "CLibXML2", "BriefingPlainText",
                "BriefingModel",
            ]),
        .testTarget(
            name: "BriefingHTMLTests",
            dependencies: [
                "BriefingTestSupport", "BriefingHTML", "BriefingJSON", "BriefingXML", "BriefingMemo",
                "BriefingPlainText",
                "BriefingModel",
            ]),
        .testTarget(
            name: "BriefingMarkdownTests",
            dependencies: [
                "BriefingTestSupport", "BriefingMarkdown", "BriefingPlainText", "BriefingModel",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(
            name: "BriefingMemoTests",
            dependencies: [
                "BriefingTestSupport", "BriefingMemo", "BriefingPlainText", "BriefingModel",
            ]),
        .testTarget(
            name: "BriefingAnalysisTests",
            dependencies: [
                "BriefingTestSupport", "BriefingAnalysis", "BriefingPlainText", "BriefingModel",
            ],
            exclude: ["Annotations"]),
        .testTarget(
            name: "BriefingGoldenTests",
            dependencies: [
                "BriefingTestSupport",
                "BriefingPlainText", "BriefingJSON", "BriefingXML", "BriefingMemo", "BriefingAnalysis",
                "BriefingModel",
            ],
            exclude: ["Golden"]),
        .testTarget(
            name: "BriefingPropertyTests",
            dependencies: [
                "BriefingTestSupport",
                "BriefingJSON", "BriefingXML", "BriefingMemo", "BriefingPlainText", "BriefingModel",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]),
        .testTarget(
            name: "BriefingReliabilityTests",
            dependencies: [
                "BriefingTestSupport", "BriefingHTML",
                "BriefingPlainText", "BriefingAnalysis", "BriefingJSON", "BriefingXML", "BriefingMemo",
                "BriefingMarkdown", "BriefingModel",
            ]),
        .testTarget(
            name: "BriefingDocumentationTests",
            dependencies: [
                "BriefingTestSupport", "BriefingHTML",
                "BriefingPlainText", "BriefingAnalysis", "BriefingJSON", "BriefingXML", "BriefingMemo",
                "BriefingMarkdown", "BriefingModel", "BriefingBatch",
            ]),
        .testTarget(
            name: "BriefingBatchTests",
            dependencies: [
                "BriefingTestSupport", "BriefingBatch", "BriefingPlainText", "BriefingAnalysis", "BriefingJSON",
                "BriefingMemo", "BriefingModel",
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
