import BriefingAnalysis
import BriefingModel
import Foundation
import Testing

@Suite("Keyphrases")
struct KeyphraseTests {
    @Test(.requiresSharedCorpus) func theSeedsTopThreeHoldTheMeetingAndThePeace() throws {
        let top = try #require(try AnalysisFixtures.seed().analysis.keyphrases).prefix(3).map { $0.text.lowercased() }
        #expect(top.contains("zelenskyy putin meeting"))
        #expect(top.contains("ukraine peace"))
    }

    @Test func theSeedShapedExamplesTopThreeHoldTheTalks() throws {
        let top = try #require(try AnalysisFixtures.seedShaped().analysis.keyphrases).prefix(3).map {
            $0.text.lowercased()
        }
        #expect(top.contains("preparatory talks"))
        #expect(top.contains("ice field"))
    }

    @Test func keyphrasesAreMultiWordWithoutJunk() throws {
        for briefing in [try AnalysisFixtures.seedShaped(), try AnalysisFixtures.example("earnings-report")] {
            let phrases = try #require(briefing.analysis.keyphrases)
            #expect(!phrases.isEmpty)
            #expect(phrases.count <= 10)
            for phrase in phrases {
                let words = phrase.text.split(separator: " ")
                #expect(words.count >= 2 && words.count <= 3, "\(phrase.text)")
                #expect(!words.contains { $0.count == 1 }, "\(phrase.text)")
                #expect(!words.contains { $0.allSatisfy(\.isNumber) }, "\(phrase.text)")
                #expect(!["the", "and", "of", "a", "to", "is"].contains(words.first!.lowercased()), "\(phrase.text)")
            }
            let scores = phrases.map(\.score)
            #expect(scores == scores.sorted(by: >))
        }
    }
}

@Suite("Summary")
struct SummaryTests {
    @Test func threeSentencesInDocumentOrder() throws {
        let example = try AnalysisFixtures.seedShaped()
        let summary = try #require(example.analysis.summary)
        #expect(summary.sentences.count == 3)
        let text = example.allBlocks.compactMap {
            if case .paragraph(let paragraph) = $0 { return paragraph.text }
            return nil
        }.joined(separator: " ")
        let positions = summary.sentences.map { text.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    }

    /// ROUGE-1 F: unigram overlap (stop words left out) between a summary and a reference.
    static func rouge1(_ candidate: String, _ reference: String) -> Double {
        let ignored: Set<String> = [
            "the", "a", "an", "of", "and", "to", "in", "on", "for", "with", "at", "by", "from", "is", "are", "was",
            "were", "be", "been", "that", "this", "it", "its", "as", "or", "but", "not",
        ]
        func words(_ text: String) -> [String: Int] {
            var counts: [String: Int] = [:]
            for word in text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            where !ignored.contains(String(word)) {
                counts[String(word), default: 0] += 1
            }
            return counts
        }
        let a = words(candidate)
        let b = words(reference)
        let overlap = a.reduce(0) { $0 + min($1.value, b[$1.key] ?? 0) }
        guard overlap > 0 else { return 0 }
        let precision = Double(overlap) / Double(a.values.reduce(0, +))
        let recall = Double(overlap) / Double(b.values.reduce(0, +))
        return 2 * precision * recall / (precision + recall)
    }

    @Test func beatsTheLedesFirstThreeSentencesAgainstReferenceSummaries() throws {
        var ours = 0.0
        var lede = 0.0
        let articles = ["river-treaty-talks", "earnings-report", "science-result", "sports-final"]
        for name in articles {
            let briefing = try AnalysisFixtures.example(name)
            let reference = try AnalysisFixtures.referenceSummary(name)
            let summary = try #require(briefing.analysis.summary).text
            let ledeText =
                briefing.sections.first { $0.heading == nil }?.blocks.compactMap {
                    if case .paragraph(let paragraph) = $0 { return paragraph.text }
                    return nil
                }.joined(separator: " ") ?? ""
            let firstThree = SentenceSegmenter().sentences(in: ledeText).prefix(3).joined(separator: " ")
            ours += Self.rouge1(summary, reference)
            lede += Self.rouge1(firstThree, reference)
        }
        ours /= Double(articles.count)
        lede /= Double(articles.count)
        print("summary ROUGE-1 F: ours \(ours), first three lede sentences \(lede)")
        #expect(ours > lede)
    }

    @Test func theCandidateListIsBounded() throws {
        let long = (0..<5000).map { "Sentence number \($0) talks about water policy and river treaties in detail." }
            .joined(separator: " ")
        let briefing = AnalysisFixtures.briefing(long)
        let summary = SummaryAnalyser(candidateLimit: 100).summary(of: briefing)
        #expect(summary.sentences.count == 3)
        #expect(
            summary.sentences.allSatisfy { sentence in
                Int(sentence.split(separator: " ")[2]).map { $0 < 100 } ?? false
            })
    }
}
