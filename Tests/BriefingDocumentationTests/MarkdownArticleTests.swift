import BriefingHTML
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

    @Test func rawHTMLThroughTheHTMLReader() throws {
        let reader = MarkdownReader(embeddedHTMLReader: HTMLReader())
        let briefing = try reader.read("# T\n\n<ul>\n<li>One</li>\n<li>Two</li>\n</ul>\n")
        let lists = briefing.allBlocks.compactMap { if case .list(let list) = $0 { list } else { nil } }
        #expect(lists.first?.items.map(\.text) == ["One", "Two"])
    }
}
