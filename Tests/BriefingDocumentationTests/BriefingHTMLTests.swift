import BriefingHTML
import BriefingJSON
import BriefingModel
import BriefingTestSupport
import Foundation
import Testing

/// The code of the `BriefingHTML` catalog's landing page, compiled and run.
@Suite("BriefingHTML landing page")
struct BriefingHTMLLandingPageTests {
    @Test func landingPageExampleReadsAPageAndExportsJSON() throws {
        let pageBytes = try Examples.bytes(Examples.folder.appendingPathComponent("harbour-ferry-strike.html"))
        let briefing = try HTMLReader().read(pageBytes)
        print(briefing.title ?? "", briefing.metadata.authors, briefing.metadata.published ?? "")
        let json = try JSONExporter().export(briefing).text
        #expect(json.contains("\"siteName\"") && json.contains("Briefing Wire"))
        #expect(briefing.metadata.authors == ["Maren Holt", "Tomas Ekdahl"])
    }
}
