import BriefingTestSupport
import Foundation
import Testing

@Suite("briefing export on web pages")
struct HTMLInputTests {
    private let page = "Examples/Articles/harbour-ferry-strike.html"

    private func title(_ output: CommandRunner.Output) throws -> String? {
        let object = try #require(try JSONSerialization.jsonObject(with: output.stdoutBytes) as? [String: Any])
        return object["title"] as? String
    }

    @Test func aPageIsReadByItsExtension() throws {
        let output = try CommandRunner.run(["export", page, "--no-analysis"])
        #expect(output.status == 0)
        #expect(try title(output) == "Harbour Ferry Crews Vote to Strike Over Night Rosters")
        #expect(!output.stdout.contains("We use cookies"))
    }

    @Test func aPageOnStandardInputIsReadByItsContentAndFromOverrides() throws {
        let bytes = try Data(contentsOf: SharedCorpus.repository.appendingPathComponent(page))
        let sniffed = try CommandRunner.run(["export", "-", "--no-analysis"], stdin: bytes)
        #expect(try title(sniffed) == "Harbour Ferry Crews Vote to Strike Over Night Rosters")
        let forced = try CommandRunner.run(["export", "-", "--no-analysis", "--from", "plaintext"], stdin: bytes)
        #expect(try title(forced) != "Harbour Ferry Crews Vote to Strike Over Night Rosters")
        let named = try CommandRunner.run(["export", "-", "--no-analysis", "--from", "html"], stdin: bytes)
        #expect(try title(named) == "Harbour Ferry Crews Vote to Strike Over Night Rosters")
    }
}

@Suite("briefing export on Markdown with raw HTML")
struct MarkdownHTMLInputTests {
    @Test func rawHTMLBlocksAreReadThroughTheHTMLReader() throws {
        let markdown = """
            # Prices

            Before the table.

            <table>
            <tr><th>Item</th><th>Price</th></tr>
            <tr><td>Tea</td><td>2</td></tr>
            </table>

            <ol start="4">
            <li>Fourth</li>
            <li><b>Key:</b> fifth</li>
            </ol>

            After.
            """
        let output = try CommandRunner.run(
            ["export", "-", "--from", "markdown", "--no-analysis", "--format", "json", "--compact"],
            stdin: Data(markdown.utf8))
        #expect(output.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: output.stdoutBytes) as? [String: Any])
        let sections = try #require(object["sections"] as? [[String: Any]])
        let blocks = sections.flatMap { ($0["blocks"] as? [[String: Any]]) ?? [] }
        #expect(blocks.map { $0["kind"] as? String } == ["paragraph", "table", "list", "paragraph"])
        #expect(blocks[1]["rows"] as? [[String]] == [["Item", "Price"], ["Tea", "2"]])
        #expect(blocks[2]["start"] as? Int == 4)
        let items = try #require(blocks[2]["items"] as? [[String: Any]])
        #expect(items.map { $0["label"] as? String } == [nil, "Key"])
        #expect((blocks[1]["location"] as? [String: Int])?["line"] == 5)
        #expect(!output.stderr.contains("kept as paragraphs"))
    }
}
