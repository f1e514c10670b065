import BriefingAnalysis
import BriefingModel
import BriefingTestSupport
import Foundation
import Testing

/// Quote speakers against gold written by hand for 46 quotations of the development wire stories
/// (`Annotations/quote-speakers.json`: file, line, speaker's surname; the text stays in the corpus).
@Suite("Quote speakers on the development corpus")
struct QuoteSpeakerCorpusTests {
    private struct Gold: Decodable {
        struct Quotation: Decodable {
            var file: String
            var line: Int
            var speaker: String
        }
        var quotations: [Quotation]
    }

    @Test(.requiresSharedCorpus) func speakersOfTheAnnotatedQuotations() throws {
        let url = AnalysisFixtures.annotations.appendingPathComponent("quote-speakers.json")
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: url))
        var correct = 0
        var attributed = 0
        for (file, quotations) in Dictionary(grouping: gold.quotations, by: \.file) {
            let briefing = try AnalysisFixtures.analysed(SharedCorpus.url("entities/\(file)"))
            var speakerAt: [Int: String?] = [:]
            for quote in briefing.analysis.quotes ?? [] {
                guard let line = quote.location?.line, speakerAt[line] == nil else { continue }
                speakerAt[line] = quote.speaker
            }
            for quotation in quotations {
                guard let speaker = speakerAt[quotation.line] ?? nil else { continue }
                attributed += 1
                if speaker.hasSuffix(quotation.speaker) { correct += 1 }
            }
        }
        let recall = Double(correct) / Double(gold.quotations.count)
        let precision = Double(correct) / Double(max(1, attributed))
        print("quote speakers: recall=\(recall) precision=\(precision) quotations=\(gold.quotations.count)")
        #expect(precision >= 0.95)
        #expect(recall >= 0.70)
    }
}
