// swift-tools-version: 6.2
import PackageDescription

// The benchmarks live in their own package so that users of swift-briefing never download the
// benchmark harness. Run them from this folder: `swift package benchmark`.
let package = Package(
    name: "BriefingBenchmarks",
    platforms: [.macOS(.v15)],
    dependencies: [
        // `name:` must equal the root package's name: CI clones into a folder of another name.
        .package(name: "swift-briefing", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "BriefingBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "BriefingModel", package: "swift-briefing"),
                .product(name: "BriefingPlainText", package: "swift-briefing"),
                .product(name: "BriefingAnalysis", package: "swift-briefing"),
                .product(name: "BriefingJSON", package: "swift-briefing"),
                .product(name: "BriefingXML", package: "swift-briefing"),
                .product(name: "BriefingMemo", package: "swift-briefing"),
                .product(name: "BriefingMarkdown", package: "swift-briefing"),
                .product(name: "BriefingBatch", package: "swift-briefing"),
                .product(name: "BriefingHTMLReader", package: "swift-briefing"),
            ],
            path: "BriefingBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ],
    swiftLanguageModes: [.v6]
)
