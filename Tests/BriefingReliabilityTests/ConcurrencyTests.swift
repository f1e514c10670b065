import BriefingAnalysis
import BriefingJSON
import BriefingMemo
import BriefingModel
import BriefingPlainText
import BriefingXML
import Foundation
import Testing

/// Readers, analysers and exporters are values that many tasks use at once; CI runs this suite
/// under the thread sanitizer (`swift test --sanitize=thread --filter ConcurrencyTests`).
@Suite("Many tasks at once")
struct ConcurrencyTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/Articles")

    @Test func manyTasksReadAnalyseExportAndReadBackAtOnce() async throws {
        let articles = try FileManager.default.contentsOfDirectory(atPath: Self.examples.path)
            .filter { $0.hasSuffix(".txt") }.sorted()
            .map { [UInt8](try Data(contentsOf: Self.examples.appendingPathComponent($0))) }
        #expect(articles.count >= 5)
        // Shared by every task: one reader, one pipeline, one validator, one registry.
        let reader = PlainTextReader()
        let pipeline = AnalysisPipeline.standard()
        let validator = try XMLValidator.briefing()
        let registry = ExporterRegistry([JSONExporter(), XMLExporter(), MemoExporter(), PlainTextExporter()])
        try await withThrowingTaskGroup(of: Bool.self) { group in
            for task in 0..<24 {
                let article = articles[task % articles.count]
                group.addTask {
                    var briefing = try reader.read(article)
                    try pipeline.analyse(&briefing)
                    let json = try registry.export(briefing, as: "json").bytes
                    let xml = try registry.export(briefing, as: "xml").bytes
                    let plain = try registry.export(briefing, as: "plaintext").bytes
                    _ = try registry.export(briefing, as: "memo")
                    let fromJSON = try JSONBriefingReader().read(json)
                    let fromXML = try XMLBriefingReader().read(xml)
                    let fromPlain = try reader.read(plain)
                    return validator.validate(xml).isEmpty && fromJSON == briefing
                        && fromXML == XMLExporter.repairedForXML(briefing)
                        && fromPlain.headings == briefing.headings
                }
            }
            for try await ok in group { #expect(ok) }
        }
    }
}
