import BriefingAnalysis
import BriefingModel
import BriefingPlainTextReader
import Foundation

enum AnalysisFixtures {
    static let here = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let annotations = here.appendingPathComponent("Annotations")
    static let repository = here.deletingLastPathComponent().deletingLastPathComponent()
    static let examples = repository.appendingPathComponent("Examples/Articles")
    static let seedURL = repository.deletingLastPathComponent().appendingPathComponent(
        "shared/corpus/seed/000_a7d48a46cd2eca7c.txt")

    static func read(_ url: URL) throws -> Briefing {
        try PlainTextReader().read([UInt8](try Data(contentsOf: url)))
    }

    static func analysed(_ url: URL) throws -> Briefing {
        var briefing = try read(url)
        try AnalysisPipeline.standard().analyse(&briefing)
        return briefing
    }

    static func example(_ name: String) throws -> Briefing {
        try analysed(examples.appendingPathComponent(name + ".txt"))
    }

    static let seed: Briefing = try! analysed(seedURL)

    /// A briefing with one paragraph per string.
    static func briefing(_ paragraphs: String...) -> Briefing {
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
