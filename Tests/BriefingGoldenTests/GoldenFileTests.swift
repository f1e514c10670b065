import BriefingAnalysis
import BriefingJSON
import BriefingMemo
import BriefingModel
import BriefingPlainText
import BriefingXML
import Foundation
import Testing

/// Every format's output on every example article — read, analysed with the standard pipeline
/// (as `briefing export` does), exported — compared byte for byte with the files in `Golden/`,
/// so that any change in output shows up in review.
///
/// To re-record on purpose: `BRIEFING_RECORD_GOLDEN=1 swift test --filter GoldenFileTests`.
@Suite("Golden files")
struct GoldenFileTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/Articles")
    static let recording = ProcessInfo.processInfo.environment["BRIEFING_RECORD_GOLDEN"] == "1"

    static let exporters: [any BriefingExporter] = [JSONExporter(), XMLExporter(), MemoExporter(), PlainTextExporter()]

    static var articles: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted()
    }

    @Test func thereIsAGoldenFileForEveryArticleAndFormat() throws {
        #expect(Self.articles.count >= 5)
        let expected = Set(
            Self.articles.flatMap { article in
                Self.exporters.map { Self.goldenName(article: article, format: $0.format) }
            })
        let present = Set(try FileManager.default.contentsOfDirectory(atPath: Self.folder.path))
        #expect(
            expected == present, "missing: \(expected.subtracting(present)), stale: \(present.subtracting(expected))")
    }

    @Test(arguments: articles)
    func outputMatchesTheGoldenFiles(article: String) throws {
        let input = [UInt8](try Data(contentsOf: Self.examples.appendingPathComponent(article)))
        var briefing = try PlainTextReader().read(input)
        try AnalysisPipeline.standard().analyse(&briefing)
        for exporter in Self.exporters {
            let bytes = try exporter.export(briefing).bytes
            let golden = Self.folder.appendingPathComponent(Self.goldenName(article: article, format: exporter.format))
            if Self.recording {
                try Data(bytes).write(to: golden)
                continue
            }
            let expected = [UInt8]((try? Data(contentsOf: golden)) ?? Data())
            let matches = bytes == expected
            #expect(
                matches,
                """
                \(exporter.format.name) output of \(article) differs from \(golden.lastPathComponent) \
                (first difference at byte \(Self.firstDifference(bytes, expected))); if the change is intended, \
                re-record with BRIEFING_RECORD_GOLDEN=1 swift test --filter GoldenFileTests
                """)
        }
    }

    static func goldenName(article: String, format: ExportFormat) -> String {
        let base = article.hasSuffix(".txt") ? String(article.dropLast(4)) : article
        return "\(base).\(format.name).\(format.fileExtension)"
    }

    static func firstDifference(_ a: [UInt8], _ b: [UInt8]) -> Int {
        zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
    }
}
