import Foundation
import Testing

/// The documentation's code cannot rot: every Swift code block of the DocC articles and of the
/// README must appear, line for line (each run of lines between blank lines whole), in this test
/// target, where it is compiled and run. A block that starts with `// Package.swift` (a manifest
/// excerpt) is exempt.
@Suite("Article code is compiled")
struct ArticleCodeTests {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The lines of `text` without their indentation, blank lines dropped.
    static func normalised(_ text: Substring) -> [Substring] {
        text.split(separator: "\n").map { $0.drop { $0 == " " } }.filter { !$0.isEmpty }
    }

    /// The Swift code blocks of a Markdown file.
    static func codeBlocks(in markdown: String) -> [Substring] {
        var blocks: [Substring] = []
        var rest = markdown[...]
        while let open = rest.firstRange(of: "```swift\n") {
            guard let close = rest[open.upperBound...].firstRange(of: "```") else { break }
            blocks.append(rest[open.upperBound..<close.lowerBound])
            rest = rest[close.upperBound...]
        }
        return blocks
    }

    @Test func everySwiftBlockOfTheArticlesIsInTheseTests() throws {
        let sources = try FileManager.default.contentsOfDirectory(
            atPath: Self.repository.appendingPathComponent("Tests/BriefingDocumentationTests").path
        )
        .filter { $0.hasSuffix(".swift") && $0 != "ArticleCodeTests.swift" }
        .map {
            try String(
                contentsOf: Self.repository.appendingPathComponent("Tests/BriefingDocumentationTests/\($0)"),
                encoding: .utf8)
        }
        let tested = Self.normalised(sources.joined(separator: "\n")[...])

        let walker = FileManager.default.enumerator(atPath: Self.repository.appendingPathComponent("Sources").path)
        var articles: [String] = []
        while let path = walker?.nextObject() as? String {
            if path.contains(".docc/") && path.hasSuffix(".md") { articles.append(path) }
        }
        #expect(articles.count >= 8, "the articles of every catalog")
        articles.append("../README.md")
        var checked = 0
        for article in articles {
            let text = try String(
                contentsOf: Self.repository.appendingPathComponent("Sources/\(article)"), encoding: .utf8)
            // Each run of lines between blank lines must be found whole.
            let chunks = Self.codeBlocks(in: text).filter { !$0.hasPrefix("// Package.swift") }
                .flatMap { $0.split(separator: "\n\n") }
            for block in chunks {
                let lines = Self.normalised(block)
                let found = tested.indices.contains { start in
                    start + lines.count <= tested.count && Array(tested[start..<start + lines.count]) == lines
                }
                #expect(found, "\(article): a code block that no test compiles:\n\(block)")
                checked += 1
            }
        }
        #expect(checked >= 5)
    }
}
