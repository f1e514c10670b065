import BriefingAnalysis
import BriefingModel
import BriefingTestSupport
import Foundation
import Testing

@Suite("Pipeline, statistics and bad input")
struct PipelineTests {
    @Test func theStandardPipelineFillsEveryResult() throws {
        let analysis = try AnalysisFixtures.seedShaped().analysis
        #expect(analysis.entities != nil)
        #expect(analysis.quotes != nil)
        #expect(analysis.keyphrases != nil)
        #expect(analysis.summary != nil)
        #expect(analysis.estimates != nil)
        #expect(analysis.statistics != nil)
        #expect(
            AnalysisPipeline.standard().names == [
                "statistics", "entities", "quotes", "keyphrases", "estimates", "summary",
            ])
    }

    @Test func analysersCanBeSwitchedOff() throws {
        var pipeline = AnalysisPipeline.standard()
        pipeline.remove(named: "summary")
        pipeline.remove(named: "entities")
        var briefing = try AnalysisFixtures.read(Examples.seedShaped)
        try pipeline.analyse(&briefing)
        #expect(briefing.analysis.summary == nil)
        #expect(briefing.analysis.entities == nil)
        #expect(briefing.analysis.quotes?.first?.speaker == "Marta Varela")
    }

    @Test func statisticsCountWordsSentencesAndReadingTime() throws {
        var briefing = AnalysisFixtures.briefing("One two three. Four five!", "Six seven eight nine ten?")
        try StatisticsAnalyser().analyse(&briefing)
        #expect(briefing.analysis.statistics == Statistics(words: 10, sentences: 3, readingTimeSeconds: 3))
        let example = try #require(try AnalysisFixtures.seedShaped().analysis.statistics)
        #expect((1200...1400).contains(example.words))
        #expect((50...65).contains(example.sentences))
    }

    @Test func analysisLeavesTheOutlineAlone() throws {
        let plain = try AnalysisFixtures.read(Examples.seedShaped)
        var analysed = plain
        try AnalysisPipeline.standard().analyse(&analysed)
        #expect(analysed.sections == plain.sections)
        #expect(analysed.title == plain.title)
    }

    @Test(arguments: [
        "He said “this never closes " + String(repeating: "and on ", count: 10_000),
        String(repeating: "word ", count: 200_000),
        "Президент Владимир Путин заявил, что «переговоры начались». Москва и Киев. США.",
        "قال الرئيس إن المحادثات بدأت. الأمم المتحدة ترحب.",
        "習近平主席は会談が始まったと述べた。国連は歓迎した。",
        "THE UNITED NATIONS SAID “TALKS HAVE STARTED,” AND OFFICIALS IN KYIV WELCOMED IT. NATO AGREED.",
        String(repeating: "“", count: 5000) + "x" + String(repeating: "”", count: 5000),
        "", "   ", "\u{0}\u{1}\u{FFFE}",
    ])
    func badInputNeverCrashes(text: String) throws {
        var briefing = AnalysisFixtures.briefing(text)
        try AnalysisPipeline.standard().analyse(&briefing)
        #expect(briefing.analysis.statistics != nil)
    }

    @Test func aMegabyteParagraphWithoutPunctuation() throws {
        let text = (0..<150_000).map { "word\($0 % 97) " }.joined()
        #expect(text.utf8.count > 1_000_000)
        var briefing = AnalysisFixtures.briefing(text)
        try AnalysisPipeline.standard().analyse(&briefing)
        #expect(briefing.analysis.statistics?.words == 150_000)
        #expect(briefing.analysis.statistics?.sentences == 1)
    }
}
