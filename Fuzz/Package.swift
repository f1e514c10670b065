// swift-tools-version: 6.2
import PackageDescription

// libFuzzer targets, in their own package so that the main package never builds with the fuzzer.
// Build:  swift build --package-path Fuzz -c release --sanitize=fuzzer -Xswiftc -sanitize=address,fuzzer -Xswiftc -use-ld=lld
//         (one combined flag: the Swift driver keeps only the last of several `-sanitize=` flags)
// Run:    Fuzz/run.sh [SECONDS]   (every target, with the seed corpus)
let fuzzTargets = [
    "FuzzReader", "FuzzAnalysis", "FuzzJSON", "FuzzXML", "FuzzText", "FuzzXMLRead", "FuzzHTML", "FuzzMarkdown",
]

let package = Package(
    name: "BriefingFuzz",
    dependencies: [
        // `name:` must equal the root package's name: CI clones into a folder of another name.
        .package(name: "swift-briefing", path: "..")
    ],
    targets: [
        .target(
            name: "FuzzChecks",
            dependencies: [
                .product(name: "BriefingModel", package: "swift-briefing"),
                .product(name: "BriefingPlainText", package: "swift-briefing"),
                .product(name: "BriefingAnalysis", package: "swift-briefing"),
                .product(name: "BriefingJSON", package: "swift-briefing"),
                .product(name: "BriefingXML", package: "swift-briefing"),
                .product(name: "BriefingMemo", package: "swift-briefing"),
                .product(name: "BriefingHTMLReader", package: "swift-briefing"),
                .product(name: "BriefingMarkdown", package: "swift-briefing"),
            ])
    ] + fuzzTargets.map { .executableTarget(name: $0, dependencies: ["FuzzChecks"]) },
    swiftLanguageModes: [.v6]
)
