import BriefingMarkdown
import BriefingModel
import Testing

/// The code of the `BriefingMarkdown` catalog, compiled and run.
@Suite("BriefingMarkdown articles")
struct MarkdownArticleTests {
    @Test func landingPageExample() throws {
        let markdownText = "# Title\n\n- **Key:** point\n"
        let briefing = try MarkdownReader().read(markdownText)
        let markdown = try MarkdownExporter(includesFrontMatter: true).export(briefing).text
        #expect(markdown.contains("- **Key:** point"))
        #expect(try MarkdownReader().read(markdown).hasSameOutline(as: briefing))
    }
}
