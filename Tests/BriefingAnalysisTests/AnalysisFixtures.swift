import BriefingAnalysis
import BriefingModel
import BriefingPlainText
import BriefingTestSupport
import Foundation

enum AnalysisFixtures {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let annotations = here.appendingPathComponent("Annotations")

    static func read(_ url: URL) throws -> Briefing {
        try PlainTextReader().read([UInt8](try Data(contentsOf: url)))
    }

    static func analysed(_ url: URL) throws -> Briefing {
        var briefing = try read(url)
        try AnalysisPipeline.standard().analyse(&briefing)
        return briefing
    }

    static func example(_ name: String) throws -> Briefing {
        try analysed(Examples.url(name))
    }

    private static let seedResult = Result { try analysed(SharedCorpus.seed) }
    private static let seedShapedResult = Result { try analysed(Examples.seedShaped) }

    /// The seed article, analysed once: only in tests with `.requiresSharedCorpus`.
    static func seed() throws -> Briefing { try seedResult.get() }

    /// The example article in the seed's shape (`border-summit-talks`), analysed once.
    static func seedShaped() throws -> Briefing { try seedShapedResult.get() }

    /// A briefing with one paragraph per string.
    static func briefing(_ paragraphs: String...) -> Briefing { briefing(paragraphs) }

    /// A briefing with one paragraph per string.
    static func briefing(_ paragraphs: [String]) -> Briefing {
        Briefing(
            title: nil,
            sections: [
                Section(
                    heading: nil, level: 1,
                    blocks: paragraphs.enumerated().map {
                        .paragraph(
                            Paragraph(text: $0.element, location: SourceLocation(line: 1 + 2 * $0.offset, column: 1)))
                    })
            ])
    }

    /// The hand-counted entities of an article (`Annotations/NAME.entities.json`).
    struct AnnotatedEntity: Decodable {
        var name: String
        var kind: String
        var aliases: [String]
        var mentions: Int
    }

    static func annotatedEntities(_ name: String) throws -> [AnnotatedEntity] {
        struct File: Decodable { var entities: [AnnotatedEntity] }
        let data = try Data(contentsOf: annotations.appendingPathComponent("\(name).entities.json"))
        return try JSONDecoder().decode(File.self, from: data).entities
    }

    static func referenceSummary(_ name: String) throws -> String {
        try String(contentsOf: annotations.appendingPathComponent("\(name).summary.txt"), encoding: .utf8)
    }
}

extension Briefing {
    func entity(_ name: String) -> Entity? {
        analysis.entities?.first { $0.name == name }
    }
}
