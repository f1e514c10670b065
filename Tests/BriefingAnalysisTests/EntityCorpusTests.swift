import BriefingAnalysis
import BriefingModel
import BriefingTestSupport
import Foundation
import Testing

/// Typed entity F1 on the development wire stories (`../shared/corpus/entities`), scored as
/// `score_entities.py` scores it: a gold (surface, type) pair is found when an entity of that type
/// has the surface among its names; precision counts each entity's name only.
@Suite("Entities on the development corpus")
struct EntityCorpusTests {
    /// The floor CI enforces; the figure is printed on every run.
    static let minimumTypedF1 = 0.72

    private struct Gold: Decodable {
        var docs: [String: [[String]]]
    }

    /// The scorer's normal form: case folded, white space folded, a leading `the ` and a trailing
    /// possessive removed, curly quotes straightened.
    static func normalised(_ name: String) -> String {
        var text = name.precomposedStringWithCompatibilityMapping
            .replacingOccurrences(of: "\u{2019}", with: "'").replacingOccurrences(of: "\u{2018}", with: "'")
            .lowercased()
        text = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if text.hasPrefix("the ") { text.removeFirst(4) }
        if text.hasSuffix("'s") {
            text.removeLast(2)
        } else if text.hasSuffix("'") {
            text.removeLast()
        }
        if text.hasSuffix(" ") { text.removeLast() }
        return text
    }

    static func type(of kind: EntityKind) -> String? {
        switch kind {
        case .person: "PER"
        case .organisation: "ORG"
        case .place: "LOC"
        default: nil
        }
    }

    @Test(.requiresSharedCorpus) func typedF1OnTheDevelopmentStories() throws {
        let folder = SharedCorpus.url("entities")
        let goldData = try Data(contentsOf: folder.appendingPathComponent("gold.json"))
        let gold = try JSONDecoder().decode(Gold.self, from: goldData)
        var truePredicted = 0
        var predicted = 0
        var found = 0
        var total = 0
        for (document, pairs) in gold.docs {
            let briefing = try AnalysisFixtures.analysed(folder.appendingPathComponent("\(document).txt"))
            let truth = Set(pairs.map { "\(Self.normalised($0[0]))\t\($0[1])" })
            var primaries: Set<String> = []
            var names: Set<String> = []
            for entity in briefing.analysis.entities ?? [] {
                guard let type = Self.type(of: entity.kind) else { continue }
                primaries.insert("\(Self.normalised(entity.name))\t\(type)")
                for name in [entity.name] + entity.aliases { names.insert("\(Self.normalised(name))\t\(type)") }
            }
            truePredicted += primaries.intersection(truth).count
            predicted += primaries.count
            found += truth.intersection(names).count
            total += truth.count
        }
        let precision = Double(truePredicted) / Double(max(1, predicted))
        let recall = Double(found) / Double(max(1, total))
        let f1 = precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
        print("development-set entity F1 typed=\(f1) P=\(precision) R=\(recall) docs=\(gold.docs.count)")
        #expect(f1 >= Self.minimumTypedF1)
    }
}
