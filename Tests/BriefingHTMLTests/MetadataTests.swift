import BriefingHTML
import BriefingModel
import Testing

@Suite("Metadata from a web page")
struct MetadataTests {
    @Test func jsonLDGraphWithReferencesOpenGraphAndLinksFillTheMetadata() throws {
        let metadata = try HTMLFixtures.example().metadata
        #expect(metadata.authors == ["Maren Holt", "Tomas Ekdahl"])
        #expect(metadata.byline == "Maren Holt and Tomas Ekdahl")
        #expect(metadata.published == "2026-03-12T07:45:00+01:00")
        #expect(metadata.modified == "2026-03-12T10:05:00+01:00")
        #expect(metadata.siteName == "Briefing Wire")
        #expect(metadata.url == "https://example.com/news/harbour-ferry-strike")
        #expect(metadata.description?.hasPrefix("Ferry crews on the Lindqvist harbour routes") == true)
        #expect(metadata.image == "https://example.com/images/ferry-terminal.jpg")
        #expect(metadata.language == "en-GB")
        #expect(metadata.tags == ["Transport", "Labour"])
    }

    @Test func titleComesFromTheDocumentTitleWithoutTheSiteName() throws {
        let briefing = try HTMLFixtures.read(
            HTMLFixtures.page(
                "<article>\(HTMLFixtures.articleParagraphs)</article>",
                head: "<title>Council Approves the Harbour Budget | The Quay Gazette</title>"))
        #expect(briefing.title == "Council Approves the Harbour Budget")
    }

    @Test func titleFallsBackToTheFirstHeading() throws {
        let briefing = try HTMLFixtures.read(
            HTMLFixtures.page("<article><h1>Quay Repairs Begin</h1>\(HTMLFixtures.articleParagraphs)</article>"))
        #expect(briefing.title == "Quay Repairs Begin")
        #expect(briefing.headings.isEmpty, "the heading equal to the title is not repeated")
    }

    @Test func metaAuthorRelAuthorTimeAndLangAreRead() throws {
        let briefing = try HTMLFixtures.read(
            "<!doctype html><html lang=\"de_at\"><head><meta name=\"author\" content=\"By Lena Brandt, Staff Writer\">"
                + "</head><body><article><time datetime=\"2024-02-29 18:05\">yesterday</time>"
                + HTMLFixtures.articleParagraphs + "</article></body></html>")
        #expect(briefing.metadata.authors == ["Lena Brandt"])
        #expect(briefing.metadata.published == "2024-02-29T18:05:00")
        #expect(briefing.metadata.language == "de-AT")
        let linked = try HTMLFixtures.read(
            HTMLFixtures.page(
                "<article><p>By <a rel=\"author\" href=\"/a\">Ana Ruiz</a></p>\(HTMLFixtures.articleParagraphs)</article>"
            ))
        #expect(linked.metadata.authors == ["Ana Ruiz"])
    }

    @Test func datesAreNormalisedToISO8601() throws {
        let cases = [
            ("2019-11-19T02:46:42.471Z", "2019-11-19T02:46:42Z"),
            ("2019-11-19T08:30:00+0100", "2019-11-19T08:30:00+01:00"),
            ("2019-11-19T08:30:00+00:00", "2019-11-19T08:30:00Z"),
            ("2019-11-19", "2019-11-19"),
            ("Tue, 19 Nov 2019 08:30:00 GMT", "2019-11-19T08:30:00Z"),
        ]
        for (given, expected) in cases {
            let briefing = try HTMLFixtures.read(
                HTMLFixtures.page(
                    "<article>\(HTMLFixtures.articleParagraphs)</article>",
                    head: "<meta property=\"article:published_time\" content=\"\(given)\">"))
            #expect(briefing.metadata.published == expected, "\(given)")
        }
    }

    @Test func neverADateFromAScript() throws {
        let briefing = try HTMLFixtures.read(
            HTMLFixtures.page(
                "<script>var datePublished = \"2001-01-01T00:00:00Z\"; var meta = {\"datePublished\": \"2001-01-01\"};</script>"
                    + "<article>\(HTMLFixtures.articleParagraphs)</article>"))
        #expect(briefing.metadata.published == nil)
    }

    @Test func jsonLDArraysAndAuthorObjectsAreRead() throws {
        let script = """
            <script type="application/ld+json">[{"@type": "WebSite", "name": "Gazette"}, \
            {"@type": ["NewsArticle"], "headline": "Quay Works Start", "author": {"@type": "Person", "name": "Ole Berg"}, \
            "datePublished": "2025-05-01T09:00:00Z", "publisher": {"@type": "Organization", "name": "Quay Gazette"}, \
            "inLanguage": "nb-NO", "keywords": "harbour, budget"}]</script>
            """
        let briefing = try HTMLFixtures.read(
            HTMLFixtures.page("<article>\(HTMLFixtures.articleParagraphs)</article>", head: script))
        #expect(briefing.title == "Quay Works Start")
        #expect(briefing.metadata.authors == ["Ole Berg"])
        #expect(briefing.metadata.published == "2025-05-01T09:00:00Z")
        #expect(briefing.metadata.siteName == "Quay Gazette")
        #expect(briefing.metadata.language == "nb-NO")
        #expect(briefing.metadata.tags == ["harbour", "budget"])
    }

    @Test func brokenJSONLDStillGivesItsBodyAndIsReported() throws {
        let body = String(repeating: "The stated body of the article, sentence after sentence. ", count: 20)
        let script =
            "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", // a comment\n"
            + "\"articleBody\": \"\(body)\"}}</script>"
        let briefing = try HTMLFixtures.read(HTMLFixtures.page("<div><a href=\"/\">Home</a></div>", head: script))
        #expect(HTMLFixtures.allText(briefing).contains("The stated body of the article"))
        #expect(briefing.diagnostics.contains { $0.code == .noArticle })
    }
}
