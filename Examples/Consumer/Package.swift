// swift-tools-version: 6.2
import PackageDescription

// A package that uses swift-briefing the way the README says: it depends only on the products it
// needs — the core, the plain-text reader and one exporter (JSON) — and adds a format of its own.
// It never links libxml2. CI builds and runs it.
let package = Package(
    name: "Consumer",
    dependencies: [
        // In your package: .package(url: "https://github.com/swift-briefing/swift-briefing", from: "0.1.0")
        .package(name: "swift-briefing", path: "../..")
    ],
    targets: [
        .executableTarget(
            name: "Consumer",
            dependencies: [
                .product(name: "BriefingModel", package: "swift-briefing"),
                .product(name: "BriefingPlainText", package: "swift-briefing"),
                .product(name: "BriefingJSON", package: "swift-briefing"),
            ]
        )
    ],
    swiftLanguageModes: [.v6]
)
