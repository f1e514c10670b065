import BriefingMarkdown
import BriefingModel
import BriefingTestSupport
import Foundation
import Testing

@Suite("Markdown read into the model")
struct MarkdownReaderTests {
    @Test func loneTopHeadingIsTheTitleAndOtherHeadingsNestBySection() throws {
        let briefing = try read(
            """
            # The Title

            Lede.

            ## First

            ### Inner

            Inner text.

            Second
            ------

            Last.
            """)
        #expect(briefing.title == "The Title")
        #expect(briefing.titleLocation == SourceLocation(line: 1, column: 1))
        #expect(briefing.sections.map(\.heading) == [nil, "First", "Second"])
        #expect(briefing.sections.map(\.level) == [1, 2, 2])
        #expect(briefing.sections[1].sections.map(\.heading) == ["Inner"])
        #expect(briefing.sections[1].sections[0].level == 3)
        #expect(briefing.sections[1].location == SourceLocation(line: 5, column: 1))
    }

    @Test func severalTopHeadingsAreSectionsAndNoTitle() throws {
        let briefing = try read("# One\n\nText.\n\n# Two\n\nMore.\n")
        #expect(briefing.title == nil)
        #expect(briefing.headings == ["One", "Two"])
        #expect(briefing.sections.map(\.level) == [1, 1])
        #expect(briefing.diagnostics.contains { $0.code == .noTitle })
    }

    @Test func setextLevelOneIsTheTitle() throws {
        let briefing = try read("Big Title\n=========\n\nText.\n")
        #expect(briefing.title == "Big Title")
    }

    @Test func inlineMarkupIsFlattenedToText() throws {
        let briefing = try read(
            "# T\n\nSome *emphasis*, **strong**, `code`, a [link](http://x.y \"t\"), an ![alt text](i.png) image,\n"
                + "a soft break and a hard  \nbreak, <span>inline</span> HTML and \\*escapes\\* &amp; entities.\n")
        #expect(
            briefing.paragraphTexts == [
                "Some emphasis, strong, code, a link, an alt text image, a soft break and a hard break, inline HTML "
                    + "and *escapes* & entities."
            ])
    }

    @Test func listsNestAndKeepTheirKind() throws {
        let briefing = try read(
            """
            - one
              1. inner one
              2. inner two
            - two

            3. three
            4. four
            """)
        #expect(briefing.lists.count == 2)
        #expect(briefing.lists[0].ordered == false)
        #expect(briefing.lists[0].items.map(\.text) == ["one", "two"])
        #expect(briefing.lists[0].items[0].items.map(\.text) == ["inner one", "inner two"])
        #expect(briefing.lists[1].ordered == true)
        #expect(briefing.lists[1].items.map(\.text) == ["three", "four"])
        #expect(briefing.lists[0].location == SourceLocation(line: 1, column: 1))
        #expect(briefing.lists[0].items[0].items[1].location == SourceLocation(line: 3, column: 3))
    }

    @Test func anOrderedListKeepsItsStartNumber() throws {
        let briefing = try read("3. three\n4. four\n\n- bullet\n\n0) zero\n\n007. seven\n\nText\n5. no list\n")
        #expect(briefing.lists.map(\.ordered) == [true, false, true, true])
        #expect(briefing.lists.map(\.start) == [3, 1, 0, 7])
        // A list that does not start at 1 cannot interrupt a paragraph.
        #expect(briefing.paragraphTexts == ["Text 5. no list"])
    }

    @Test func labelledItemsInBoldOrPlain() throws {
        let briefing = try read(
            """
            - **Winter Power:** Kyrgyz operators want more water.
            - **Summer Irrigation**: Farmers need the flows.
            - Data Sharing: A joint monitoring system.
            - The meeting starts at 5: it was moved, officials said.
            - See https://example.org: the agenda.
            """)
        let items = briefing.lists[0].items
        #expect(items.map(\.label) == ["Winter Power", "Summer Irrigation", "Data Sharing", nil, nil])
        #expect(items[0].text == "Kyrgyz operators want more water.")
        #expect(items[1].text == "Farmers need the flows.")
        #expect(items[2].text == "A joint monitoring system.")
        #expect(items[3].text == "The meeting starts at 5: it was moved, officials said.")
    }

    @Test func blockQuotesNestAndTakeAnAttribution() throws {
        let briefing = try read(
            """
            > First part
            > of the quote.
            >
            > > Nested.
            >
            > — Jane Doe
            """)
        let quote = try #require(briefing.quotes.first)
        #expect(quote.text == "First part of the quote.")
        #expect(quote.attribution == "Jane Doe")
        #expect(quote.quotes.map(\.text) == ["Nested."])
    }

    @Test func codeIsKeptVerbatimWithItsLanguage() throws {
        let briefing = try read("```swift\nlet x = 1\n\n  indented *not emphasis*\n```\n\n    indented code\n")
        let codes = briefing.allBlocks.compactMap { if case .code(let code) = $0 { code } else { nil } }
        #expect(codes.map(\.text) == ["let x = 1\n\n  indented *not emphasis*", "indented code"])
        #expect(codes.map(\.language) == ["swift", nil])
    }

    @Test func thematicBreaksAreDroppedAndRawHTMLIsKeptAsText() throws {
        let briefing = try read("Before.\n\n***\n\n<div class=\"x\">\nInside\n</div>\n\n<!-- a comment -->\n\nAfter.\n")
        #expect(briefing.paragraphTexts == ["Before.", "<div class=\"x\"> Inside </div>", "After."])
        #expect(briefing.diagnostics.contains { $0.code == .rawHTML && $0.severity == .warning })
        #expect(briefing.diagnostics.contains { $0.code == .rawHTML && $0.severity == .note })
    }

    @Test func aParagraphThatIsOneImageIsAFigure() throws {
        let briefing = try read("![A dredger at work](https://example.org/d.jpg)\n")
        #expect(
            briefing.allBlocks == [
                .figure(
                    Figure(
                        caption: "A dredger at work", source: "https://example.org/d.jpg",
                        location: SourceLocation(line: 1, column: 1)))
            ])
    }

    @Test func frontMatterFillsTheTitleAndMetadata() throws {
        let briefing = try read(
            """
            ---
            title: "A \\"Quoted\\" Title"
            authors:
              - Jane Doe
              - 'John O''Roe'
            date: 2026-11-30T09:30:00Z
            description: Plain text # not a comment without the space
            lang: pt-BR
            tags: [one, "two, three"]
            ---

            # A "Quoted" Title

            Body.
            """)
        #expect(briefing.title == "A \"Quoted\" Title")
        #expect(briefing.sections.count == 1)
        #expect(briefing.metadata.authors == ["Jane Doe", "John O'Roe"])
        #expect(briefing.metadata.published == "2026-11-30T09:30:00Z")
        #expect(briefing.metadata.description == "Plain text")
        #expect(briefing.metadata.language == "pt-BR")
        #expect(briefing.metadata.tags == ["one", "two, three"])
        // Lines are counted from the top of the file, front matter included.
        #expect(briefing.titleLocation == SourceLocation(line: 12, column: 1))
        #expect(briefing.sections[0].blocks.first?.location == SourceLocation(line: 14, column: 1))
        #expect(briefing.diagnostics.isEmpty)
    }

    @Test func frontMatterThatIsNotYAMLOrNotClosedIsReported() throws {
        let notYAML = try read("---\ntitle: T\nthis is not yaml\n---\n\nBody.\n")
        #expect(notYAML.title == "T")
        #expect(notYAML.diagnostics.contains { $0.code == .frontMatter && $0.location?.line == 3 })
        let unclosed = try read("---\ntitle: T\n\nBody.\n")
        #expect(unclosed.diagnostics.contains { $0.code == .frontMatter })
        #expect(unclosed.paragraphTexts.contains("Body."))
    }

    @Test func invalidUTF8AndNULAreRepairedAndReported() throws {
        var bytes = Array("# T\n\nBefore ".utf8) + [0xFF, 0x00] + Array(" after.\n".utf8)
        var briefing = try MarkdownReader().read(bytes)
        #expect(briefing.paragraphTexts == ["Before \u{FFFD}\u{FFFD} after."])
        #expect(briefing.diagnostics.contains { $0.code == .invalidUTF8 })
        #expect(briefing.diagnostics.contains { $0.code == .controlCharacters })
        bytes = [0xFF, 0xFE] + Array("# T\n\nText.\n".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        briefing = try MarkdownReader().read(bytes)
        #expect(briefing.title == "T")
        #expect(briefing.diagnostics.contains { $0.code == .transcodedUTF16 })
    }

    @Test func nestingIsCappedWithADiagnostic() throws {
        let depth = 5_000
        let quotes = try read(String(repeating: ">", count: depth) + " deep\n")
        #expect(quotes.diagnostics.contains { $0.code == .nestingTooDeep })
        var quoteDepth = 0
        var quote = quotes.quotes.first
        while let current = quote {
            quoteDepth += 1
            quote = current.quotes.first
        }
        #expect(quoteDepth == Briefing.maximumNestingDepth)
        #expect(quotes.allBlocks.map(\.location).count == 1)
        let lists = try read(
            (0..<1_000).map { String(repeating: "  ", count: $0) + "- item \($0)" }.joined(separator: "\n"))
        #expect(lists.diagnostics.contains { $0.code == .nestingTooDeep })
        var count = 0
        func countItems(_ items: ChildList<ListItem>) {
            for item in items {
                count += 1
                countItems(item.items)
            }
        }
        countItems(lists.lists[0].items)
        #expect(count == 1_000, "no item is lost")
    }

    @Test func tooLargeInputIsRefused() {
        #expect(throws: BriefingError.self) { try MarkdownReader(maximumInputSize: 4).read("# Title") }
    }

    @Test func theExampleArticleReadsAsWritten() throws {
        let url = Examples.folder.appendingPathComponent("harbour-dredging.md")
        let briefing = try MarkdownReader().read(try Examples.bytes(url))
        #expect(briefing.title == "Port Aldren Approves a Two-Year Harbour Dredging Plan")
        #expect(briefing.metadata.authors == ["Mira Castell"])
        #expect(briefing.metadata.published == "2026-11-30")
        #expect(briefing.metadata.tags == ["ports", "dredging", "coastal ecology"])
        #expect(briefing.headings == ["What the Plan Includes", "The Timetable", "Who Objects", "Next Steps"])
        #expect(briefing.allSections.map(\.level) == [1, 2, 3, 2, 2])
        let items = briefing.lists[0].items
        #expect(items.map(\.label) == ["Survey", "Dredging", "Disposal Sites"])
        #expect(
            items[1].items.map(\.text) == [
                "Season one covers the outer channel.", "Season two covers the inner basin.",
            ])
        #expect(briefing.lists[1].ordered)
        #expect(briefing.quotes[0].attribution == "Tomas Wren, chair of the fishers' cooperative")
        #expect(
            briefing.paragraphTexts.last
                == "The environment agency has 90 days to decide. A public hearing is scheduled for 12 January.")
        #expect(briefing.diagnostics.map(\.code) == [.rawHTML])
    }
}

@Suite("GitHub pipe tables read without libcmark-gfm")
struct PipeTableTests {
    private func tables(_ briefing: Briefing) -> [Table] {
        briefing.allBlocks.compactMap { if case .table(let table) = $0 { table } else { nil } }
    }

    @Test func aPipeTableIsATableWithOneHeaderRow() throws {
        let briefing = try read(
            """
            Intro.

            | Name | *Score* |
            |:-----|------:|
            | Ana  | `3` |
            | [Bo](https://example.com) | 4 \\| 5 |
            """)
        #expect(briefing.paragraphTexts == ["Intro."])
        let table = try #require(tables(briefing).first)
        #expect(table.rows == [["Name", "Score"], ["Ana", "3"], ["Bo", "4 | 5"]])
        #expect(table.headerRowCount == 1)
        #expect(table.location == SourceLocation(line: 3, column: 1))
    }

    @Test func outerPipesAreOptionalAndRowsTakeTheHeadersWidth() throws {
        let table = try #require(tables(try read("a | b\n--- | :-:\n1\n2 | 3 | 4\n")).first)
        #expect(table.rows == [["a", "b"], ["1", ""], ["2", "3"]])
    }

    @Test func linesBeforeTheHeaderStayAParagraph() throws {
        let briefing = try read("Scores *so far*:\n| a | b |\n| - | - |\n| 1 | 2 |\n")
        #expect(briefing.paragraphTexts == ["Scores so far:"])
        let table = try #require(tables(briefing).first)
        #expect(table.rows == [["a", "b"], ["1", "2"]])
        #expect(table.location.line == 2)
    }

    @Test func cellsThatLookLikeBlocksStayText() throws {
        let table = try #require(tables(try read("| h | i |\n|---|---|\n| - 5 | # 1 |\n| > q | 1. x |\n")).first)
        #expect(table.rows == [["h", "i"], ["- 5", "# 1"], ["> q", "1. x"]])
    }

    @Test(arguments: [
        "a | b\nc | d\n",  // no delimiter row
        "| a | b |\n| --- |\n",  // a delimiter row of another width
        "a\n---\n",  // a setext heading
        "| a |\n| -x- |\n",  // not a delimiter
    ])
    func otherParagraphsAreNotTables(markdown: String) throws {
        #expect(tables(try read(markdown)).isEmpty)
    }

    @Test func tablesInsideQuotesAndAfterFrontMatterAreCountedRight() throws {
        let briefing = try read("---\ntitle: T\n---\n\n| a |\n|---|\n| 1 |\n")
        let table = try #require(tables(briefing).first)
        #expect(table.rows == [["a"], ["1"]])
        #expect(table.location == SourceLocation(line: 5, column: 1))
    }
}
