import BriefingAnalysis
import BriefingModel
import BriefingTestSupport
import Foundation
import Testing

/// Quote speakers against gold written by hand for 77 quotations of the development wire stories
/// (`Annotations/quote-speakers.json`: file, line, speaker's surname; the text stays in the corpus):
/// 46 of the design half (odd-numbered files) and 31 of the held-out half (even-numbered files),
/// reported separately.
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
        // Per half: 1 for the design half (odd-numbered files), 0 for the held-out half.
        var correct = [0, 0]
        var attributed = [0, 0]
        var total = [0, 0]
        for (file, quotations) in Dictionary(grouping: gold.quotations, by: \.file) {
            let briefing = try AnalysisFixtures.analysed(SharedCorpus.url("entities/\(file)"))
            var speakerAt: [Int: String?] = [:]
            for quote in briefing.analysis.quotes ?? [] {
                guard let line = quote.location?.line, speakerAt[line] == nil else { continue }
                speakerAt[line] = quote.speaker
            }
            let half = Int(file.filter(\.isNumber)).map { $0 % 2 } ?? 1
            for quotation in quotations {
                total[half] += 1
                guard let speaker = speakerAt[quotation.line] ?? nil else { continue }
                attributed[half] += 1
                if speaker.hasSuffix(quotation.speaker) { correct[half] += 1 }
            }
        }
        for (half, label) in [(1, "design"), (0, "held-out")] {
            print(
                "quote speakers (\(label)): recall=\(Double(correct[half]) / Double(max(1, total[half]))) "
                    + "precision=\(Double(correct[half]) / Double(max(1, attributed[half]))) quotations=\(total[half])")
        }
        let recall = Double(correct.reduce(0, +)) / Double(gold.quotations.count)
        let precision = Double(correct.reduce(0, +)) / Double(max(1, attributed.reduce(0, +)))
        print("quote speakers: recall=\(recall) precision=\(precision) quotations=\(gold.quotations.count)")
        #expect(precision >= 0.95)
        #expect(recall >= 0.90)
    }
}
