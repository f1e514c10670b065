import BriefingHTML
import BriefingJSON
import BriefingMarkdown
import BriefingModel
import Foundation
import Testing

/// The short examples of the HTML and Markdown catalogs' landing pages, compiled and run.
@Suite("Landing pages of the HTML and Markdown readers")
struct ReaderLandingPageTests {
    @Test func html() throws {
        let pageBytes = Array(
            """
            <!doctype html><html lang="en"><head><title>Ferry Talks Resume | Harbour News</title>
            <meta property="article:published_time" content="2026-03-02T08:00:00Z"></head>
            <body><nav><a href="/">Home</a></nav><article><h1>Ferry Talks Resume</h1>
            <p>Negotiators for the ferry crews met the port authority on Monday for the first time in a month.</p>
            <p>Both sides said they expected a proposal by the end of the week.</p></article></body></html>
            """.utf8)
        let briefing = try HTMLReader().read(pageBytes)
        print(briefing.title ?? "", briefing.metadata.authors, briefing.metadata.published ?? "")
        let json = try JSONExporter().export(briefing).text
        #expect(briefing.title == "Ferry Talks Resume")
        #expect(json.contains("first time in a month"))
        #expect(!json.contains("Home"))
    }

    @Test func markdown() throws {
        let markdownText = "---\nauthor: Ana Lopes\n---\n# Ferry Talks Resume\n\nNegotiators *met* on Monday.\n"
        let briefing = try MarkdownReader().read(markdownText)
        let markdown = try MarkdownExporter(includesFrontMatter: true).export(briefing).text
        #expect(briefing.title == "Ferry Talks Resume")
        #expect(briefing.metadata.authors == ["Ana Lopes"])
        #expect(try MarkdownReader().read(markdown).hasSameOutline(as: briefing))
    }
}
