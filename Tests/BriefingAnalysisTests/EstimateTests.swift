import BriefingAnalysis
import BriefingModel
import BriefingTestSupport
import Foundation
import Testing

@Suite("Hedged claims")
struct EstimateTests {
    func estimates(_ text: String) throws -> [Estimate] {
        var briefing = AnalysisFixtures.briefing(text)
        try EstimateAnalyser().analyse(&briefing)
        return briefing.analysis.estimates ?? []
    }

    @Test(.requiresSharedCorpus) func theSeedsThreeJudgements() throws {
        let estimates = try #require(try AnalysisFixtures.seed().analysis.estimates)
        let probable = try #require(estimates.first { $0.text.hasPrefix("It is highly probable that intermediaries") })
        #expect(probable.band == .veryLikely)
        #expect(probable.phrase == "highly probable")
        #expect(probable.probability == 0.80...0.95)
        let singular = try #require(estimates.first { $0.text.contains("it is unlikely to be a singular event") })
        #expect(singular.band == .unlikely)
        #expect(singular.probability == 0.20...0.45)
        let focus = try #require(estimates.first { $0.text.contains("would likely focus") })
        #expect(focus.band == .likely)
    }

    @Test(arguments: [
        ("There is almost no chance of rain.", EstimateBand.almostNoChance, "almost no chance"),
        ("A deal is highly improbable.", .veryUnlikely, "highly improbable"),
        ("A deal is very unlikely.", .veryUnlikely, "very unlikely"),
        ("A deal is improbable.", .unlikely, "improbable"),
        ("A deal is not likely this year.", .unlikely, "not likely"),
        ("A deal isn't very likely.", .unlikely, "isn't very likely"),
        ("There is a roughly even chance of a deal.", .roughlyEvenChance, "roughly even chance"),
        ("They will probably sign.", .likely, "probably"),
        ("It is a probable outcome.", .likely, "probable"),
        ("It is very likely they sign.", .veryLikely, "very likely"),
        ("They will almost certainly sign.", .almostCertain, "almost certainly"),
        ("Signing is nearly certain.", .almostCertain, "nearly certain"),
        ("A delay is not unlikely.", .likely, "not unlikely"),
        ("The board would probably not approve it.", .unlikely, "probably not"),
        ("The ferry is expected to resume on Friday.", .likely, "is expected to"),
        ("Rates are widely expected to fall.", .veryLikely, "are widely expected to"),
    ])
    func phrasesMapToICD203Bands(text: String, band: EstimateBand, phrase: String) throws {
        let found = try estimates(text)
        #expect(found.count == 1)
        #expect(found.first?.band == band)
        #expect(found.first?.phrase == phrase)
    }

    @Test func modalHedgesHaveNoBand() throws {
        let found = try estimates(
            "Talks may resume. The plan might slip. Costs could rise. The talks resume on 5 May. May brings rain.")
        #expect(found.map(\.phrase) == ["may", "might", "could"])
        #expect(found.allSatisfy { $0.band == nil && $0.probability == nil })
    }

    @Test func comparisonsAreNotEstimates() throws {
        let found = try estimates(
            "Small dogs are three times more likely to bite. Rain is as likely as sun. Old cars are less probable.")
        #expect(found.isEmpty)
    }

    @Test func hedgesOfPossibilityHaveNoBand() throws {
        let found = try estimates(
            "Perhaps the ferry sails at noon. There is a chance the bridge reopens. The vote is possibly delayed.")
        #expect(found.map(\.phrase) == ["Perhaps", "There is a chance", "possibly"])
        #expect(found.allSatisfy { $0.band == nil })
    }

    @Test func aBandedPhraseWinsOverAModal() throws {
        let found = try estimates("It may well be that a deal is highly probable.")
        #expect(found.first?.band == .veryLikely)
    }

    @Test func theSeedShapedExamplesJudgements() throws {
        let estimates = try #require(try AnalysisFixtures.seedShaped().analysis.estimates)
        let probable = try #require(estimates.first { $0.text.hasPrefix("Analysts say that this broad support") })
        #expect(probable.band == .veryLikely)
        #expect(probable.phrase == "highly probable")
        #expect(probable.probability == 0.80...0.95)
        let single = try #require(estimates.first { $0.text.contains("a single encounter is unlikely") })
        #expect(single.band == .unlikely)
        #expect(single.probability == 0.20...0.45)
        let concentrate = try #require(estimates.first { $0.text.contains("are likely to concentrate") })
        #expect(concentrate.band == .likely)
    }

    @Test(.requiresSharedCorpus) func theSeedMatchesTheHandAnnotation() throws {
        // The hand annotation also lists a heading; the analyser reads body sentences only.
        try Self.check(try AnalysisFixtures.seed(), against: "seed") { !$0.hasPrefix("The Path Forward") }
    }

    @Test func theSeedShapedExampleMatchesTheHandAnnotation() throws {
        try Self.check(try AnalysisFixtures.seedShaped(), against: "border-summit-talks") { _ in true }
    }

    /// Checks the estimates found in `briefing` against `Annotations/NAME.estimates.json`.
    static func check(_ briefing: Briefing, against name: String, keeping isBody: (String) -> Bool) throws {
        struct File: Decodable {
            struct Item: Decodable {
                var sentenceStart: String
                var band: String

                enum CodingKeys: String, CodingKey {
                    case sentenceStart = "sentence_start"
                    case band
                }
            }
            var estimates: [Item]
        }
        let url = AnalysisFixtures.annotations.appendingPathComponent("\(name).estimates.json")
        let truth = try JSONDecoder().decode(File.self, from: Data(contentsOf: url)).estimates
        let found = try #require(briefing.analysis.estimates)
        let bodyTruth = truth.filter { isBody($0.sentenceStart) }
        #expect(found.count == bodyTruth.count)
        for item in bodyTruth {
            // List items are annotated with their `Label:`; the analyser reads the item's text.
            let sentence = item.sentenceStart.components(separatedBy: ": ").last ?? item.sentenceStart
            let start = sentence.split(separator: " ").prefix(4).joined(separator: " ")
            let match = found.first { $0.text.hasPrefix(start) || $0.text.contains(start) }
            #expect(match != nil, "missing \(item.sentenceStart)")
            let expectedBand =
                item.band == "unquantified" ? nil : item.band.split(separator: " (").first.map(String.init)
            #expect(match?.band?.rawValue == expectedBand, "\(item.sentenceStart)")
        }
    }
}
