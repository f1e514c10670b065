import BriefingAnalysis
import BriefingJSON
import BriefingMemo
import BriefingModel
import BriefingPlainText
import BriefingXML
import Foundation
import Testing

/// The short examples of the catalogs' landing pages, compiled and run.
@Suite("Landing pages")
struct LandingPageTests {
    static let article = "Ministers Agree to Resume River Talks\n\nNegotiators met in Geneva on Monday.\n"

    @Test func readerAndAnalysis() throws {
        let article = Self.article
        let briefing = try PlainTextReader().read(article)
        var analysed = briefing
        try AnalysisPipeline.standard().analyse(&analysed)
        #expect(briefing.title == "Ministers Agree to Resume River Talks")
        #expect(analysed.analysis.statistics != nil)
    }

    @Test func json() throws {
        let briefing = try PlainTextReader().read(Self.article)
        let json = try JSONExporter(style: .compact).export(briefing).text
        let again = try JSONBriefingReader().read(Array(json.utf8))  // again == briefing
        #expect(again == briefing)
    }

    @Test func xml() throws {
        let briefing = try PlainTextReader().read(Self.article)
        let xml = try XMLExporter().export(briefing)
        let issues = try XMLValidator.briefing().validate(xml.bytes)  // [] when valid
        let again = try XMLBriefingReader().read(xml.bytes)
        #expect(issues.isEmpty)
        #expect(again == briefing)
    }

    @Test func text() throws {
        let briefing = try PlainTextReader().read(Self.article)
        let memo = try MemoExporter(width: 72).export(briefing).text
        let plain = try PlainTextExporter().export(briefing).text
        #expect(memo.contains("MINISTERS AGREE"))
        #expect(try PlainTextReader().read(plain).title == briefing.title)
    }

    /// The example of the README.
    @Test func readme() throws {
        let articleText = try String(
            contentsOf: ArticleCodeTests.repository.appendingPathComponent("Examples/Articles/river-treaty-talks.txt"),
            encoding: .utf8)
        var briefing = try PlainTextReader().read(articleText)  // outline, metadata, diagnostics
        try AnalysisPipeline.standard().analyse(&briefing)  // entities, quotes, keyphrases, summary, estimates
        print(briefing.title ?? "untitled", briefing.headings)
        for estimate in briefing.analysis.estimates ?? [] {
            print(estimate.phrase, estimate.band?.rawValue ?? "hedge")  // highly probable very likely
        }
        let json = try JSONExporter(style: .compact).export(briefing).text
        #expect(briefing.analysis.estimates?.first(where: { $0.band != nil })?.phrase == "highly probable")
        #expect(json.hasPrefix("{\"formatVersion\":\"1.0\""))
    }
}
