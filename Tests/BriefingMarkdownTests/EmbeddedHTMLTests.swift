import BriefingMarkdown
import BriefingModel
import Testing

/// A stand-in for the HTML reader: each line of the fragment that is not a tag is a paragraph,
/// `<h2>Text</h2>` a heading of level 2, `<h1>Text</h1>` the title; `<fail>` makes it throw.
private struct LineReader: BriefingReader {
    var formatName: String { "lines" }
    var fileExtensions: [String] { [] }
    func recognises(_ prefix: RawSpan) -> Bool { false }

    func read(_ bytes: RawSpan) throws(BriefingError) -> Briefing {
        let text = bytes.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
        if text.contains("<fail>") { throw BriefingError(.invalidInput, "cannot read") }
        var briefing = Briefing(title: nil, sections: [Section(heading: nil, level: 1)])
        for (index, line) in text.split(separator: "\n").enumerated() {
            let here = SourceLocation(line: index + 1, column: 1)
            if line.hasPrefix("<h1>") {
                briefing.title = String(line.dropFirst(4).dropLast(5))
                briefing.titleLocation = here
            } else if line.hasPrefix("<h2>") {
                briefing.sections.append(
                    Section(heading: String(line.dropFirst(4).dropLast(5)), level: 2, location: here))
            } else if !line.hasPrefix("<") {
                briefing.sections[briefing.sections.count - 1].blocks.append(
                    .paragraph(Paragraph(text: String(line), location: here)))
            }
        }
        briefing.diagnostics = [
            Diagnostic(severity: .note, code: .noTitle, message: "a note that is not kept"),
            Diagnostic(
                code: .invalidUTF8, message: "a warning that is kept", location: SourceLocation(line: 2, column: 1)),
        ]
        return briefing
    }
}

@Suite("Raw HTML blocks in Markdown")
struct EmbeddedHTMLTests {
    private let markdown = """
        # Title

        Before.

        <div>
        First line.
        Second line.
        </div>

        After.
        """

    @Test func withoutAReaderAnHTMLBlockIsKeptAsTextWithADiagnostic() throws {
        let briefing = try MarkdownReader().read(markdown)
        #expect(briefing.paragraphTexts == ["Before.", "<div> First line. Second line. </div>", "After."])
        #expect(briefing.diagnostics.map(\.code) == [.rawHTML])
    }

    @Test func withAReaderTheBlocksTakeTheHTMLBlocksPlace() throws {
        let reader = MarkdownReader(embeddedHTMLReader: LineReader())
        let briefing = try reader.read(markdown)
        #expect(briefing.title == "Title")
        #expect(briefing.paragraphTexts == ["Before.", "First line.", "Second line.", "After."])
        // Lines of the fragment are moved to lines of the input: the block starts on line 5.
        #expect(briefing.allBlocks.map(\.location.line) == [3, 6, 7, 10])
        let warning = try #require(briefing.diagnostics.first { $0.code == .invalidUTF8 })
        #expect(warning.location == SourceLocation(line: 6, column: 1))
        #expect(!briefing.diagnostics.contains { $0.code == .noTitle })
        #expect(briefing.diagnostics.contains { $0.code == .rawHTML && $0.severity == .note })
    }

    @Test func headingsOfTheHTMLOpenSections() throws {
        let reader = MarkdownReader(embeddedHTMLReader: LineReader())
        let briefing = try reader.read(
            "# Title\n\n## One\n\nText.\n\n<section>\n<h2>Two</h2>\nInside.\n</section>\n\nAfter.\n")
        #expect(briefing.headings == ["One", "Two"])
        #expect(briefing.sections.map(\.level) == [2, 2])
        #expect(briefing.sections[1].location == SourceLocation(line: 8, column: 1))
        #expect(briefing.sections[1].blocks.count == 2)
        let fragmentTitle = try reader.read("Lede.\n\n<header>\n<h1>Big</h1>\n</header>\n")
        #expect(fragmentTitle.sections.map(\.heading) == [nil, "Big"])
        #expect(fragmentTitle.sections.map(\.level) == [1, 1])
    }

    @Test func anHTMLBlockWithoutTextOrThatFailsIsReported() throws {
        let reader = MarkdownReader(embeddedHTMLReader: LineReader())
        let empty = try reader.read("Text.\n\n<img src=\"logo.png\">\n")
        #expect(empty.paragraphTexts == ["Text."])
        #expect(empty.diagnostics.contains { $0.code == .rawHTML && $0.severity == .warning && $0.location?.line == 3 })
        let failed = try reader.read("Text.\n\n<fail>\n")
        #expect(failed.paragraphTexts == ["Text.", "<fail>"])
        #expect(failed.diagnostics.contains { $0.code == .rawHTML && $0.severity == .warning })
    }

    @Test func commentsAndHTMLInListsAreNotReadThroughTheReader() throws {
        let reader = MarkdownReader(embeddedHTMLReader: LineReader())
        let briefing = try reader.read("Text.\n\n<!-- a comment -->\n\n- item\n\n  <div>\n  inner\n  </div>\n")
        #expect(briefing.paragraphTexts == ["Text."])
        #expect(briefing.lists.first?.items.first?.text == "item <div> inner </div>")
    }
}
