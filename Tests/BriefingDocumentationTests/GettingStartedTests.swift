import BriefingAnalysis
import BriefingJSON
import BriefingMemo
import BriefingModel
import BriefingPlainText
import Testing

/// The code of the *Getting Started* article (`Sources/BriefingModel/BriefingModel.docc`), run as
/// it is shown there. ``ArticleCodeTests`` checks that the article shows exactly this code.
@Suite("Getting Started")
struct GettingStartedTests {
    @Test func gettingStarted() throws {
        let article = """
            Ministers Agree to Resume River Talks

            By Dana Whitfield

            Negotiators from both countries met in Geneva on Monday. A final deal is highly
            unlikely before the spring floods, officials said.

            What Was Agreed

            • Schedule: talks resume on 4 March
            • Data: both sides will share gauge readings
            """

        // Read the article: its outline, metadata and diagnostics.
        var briefing = try PlainTextReader().read(article)
        print(briefing.title ?? "untitled")  // Ministers Agree to Resume River Talks
        print(briefing.headings)  // ["What Was Agreed"]
        print(briefing.metadata.byline ?? "")  // Dana Whitfield

        // Analyse it: entities, quotes, keyphrases, a summary, hedged claims, statistics.
        try AnalysisPipeline.standard().analyse(&briefing)
        for estimate in briefing.analysis.estimates ?? [] {
            print(estimate.phrase, estimate.band?.rawValue ?? "hedge")  // highly unlikely very unlikely
        }

        // Export it, in the format your pipeline reads.
        let json = try JSONExporter().export(briefing).text
        let memo = try MemoExporter(width: 72).export(briefing).text
        print(memo)

        #expect(briefing.title == "Ministers Agree to Resume River Talks")
        #expect(briefing.headings == ["What Was Agreed"])
        #expect(briefing.metadata.byline == "Dana Whitfield")
        #expect(briefing.analysis.estimates?.first?.phrase == "highly unlikely")
        #expect(briefing.analysis.estimates?.first?.band == .veryUnlikely)
        #expect(json.contains("\"title\": \"Ministers Agree to Resume River Talks\""))
        #expect(memo.hasPrefix("MINISTERS AGREE TO RESUME RIVER TALKS"))
    }
}
