import BriefingMarkdown
import BriefingModel
import BriefingPlainText
import BriefingTestSupport
import Foundation
import PropertyBased
import Testing

@Suite("Markdown written and read back")
struct MarkdownExporterTests {
    private func export(_ briefing: Briefing, frontMatter: Bool = false) throws -> String {
        try MarkdownExporter(includesFrontMatter: frontMatter).export(briefing).text
    }

    @Test func theOutlineIsWrittenAsCommonMark() throws {
        let here = SourceLocation(line: 1, column: 1)
        let briefing = Briefing(
            title: "Title",
            sections: [
                Section(heading: nil, level: 1, blocks: [.paragraph(Paragraph(text: "Lede.", location: here))]),
                Section(
                    heading: "Part", level: 2,
                    blocks: [
                        .list(
                            ListBlock(
                                ordered: false,
                                items: [
                                    ListItem(
                                        label: "Key", text: "Point.", items: [ListItem(text: "Sub.", location: here)],
                                        location: here),
                                    ListItem(text: "Plain.", location: here),
                                ], location: here)),
                        .quote(
                            Quote(
                                text: "Said.", attribution: "Jane", quotes: [Quote(text: "Inner.", location: here)],
                                location: here)),
                        .code(CodeBlock(text: "a ``` b", language: "swift", location: here)),
                    ],
                    sections: [Section(heading: "Deeper", level: 3)]),
            ])
        let markdown = try export(briefing)
        #expect(
            markdown == """
                # Title

                Lede.

                ## Part

                - **Key:** Point.
                  - Sub.
                - Plain.

                > Said.
                >
                > > Inner.
                >
                > — Jane

                ````swift
                a ``` b
                ````

                ### Deeper

                """)
        #expect(try MarkdownReader().read(markdown).hasSameOutline(as: briefing))
    }

    @Test(arguments: [3, 0, 999_999_999]) func anOrderedListIsNumberedFromItsStart(start: Int) throws {
        let here = SourceLocation(line: 1, column: 1)
        let items = [
            ListItem(text: "First", items: [ListItem(text: "Nested", location: here)], location: here),
            ListItem(text: "Second", location: here),
        ]
        let briefing = Briefing(
            sections: [
                Section(
                    heading: nil, level: 1,
                    blocks: [
                        .paragraph(Paragraph(text: "Intro.", location: here)),
                        .list(ListBlock(ordered: true, start: start, items: items, location: here)),
                    ])
            ])
        let markdown = try export(briefing)
        let indent = String(repeating: " ", count: "\(start). ".count)
        #expect(
            markdown.contains("Intro.\n\n\(start). First\n\(indent)1. Nested\n\(min(start + 1, 999_999_999)). Second"),
            "\(markdown)")
        let back = try MarkdownReader().read(markdown)
        #expect(back.hasSameOutline(as: briefing))
        #expect(back.lists.first?.start == start)
    }

    @Test func aStartCommonMarkCannotWriteIsClampedAndABulletedListIgnoresIt() throws {
        let here = SourceLocation(line: 1, column: 1)
        let item = [ListItem(text: "x", location: here)]
        let briefing = Briefing(
            sections: [
                Section(
                    heading: nil, level: 1,
                    blocks: [
                        .list(ListBlock(ordered: true, start: -4, items: item, location: here)),
                        .list(ListBlock(ordered: false, start: 9, items: item, location: here)),
                    ])
            ])
        let markdown = try export(briefing)
        #expect(markdown == "0. x\n\n* x\n", "\(markdown)")
        #expect(try MarkdownReader().read(markdown).lists.map(\.start) == [0, 1])
    }

    @Test func noCharacterOfTheTextTurnsIntoMarkup() throws {
        let here = SourceLocation(line: 1, column: 1)
        let tricky = [
            "# not a heading", "- not a list", "1. not a list", "2) nor this", "> not a quote", "*not emphasis*",
            "__nor this__", "`not code`", "[not](a link)", "<b>not html</b>", "&amp; not an entity", "  edges  ",
            "line\nbreak", "tab\there", "back\\slash", "=== not a rule", "--- nor this", "~~~ nor a fence",
            "Label: not a label", "— not an attribution", "trailing #", "+ plus", "| pipe |",
        ]
        let briefing = Briefing(
            title: "# Title ending in #",
            sections: [
                Section(
                    heading: nil, level: 1,
                    blocks: tricky.map { .paragraph(Paragraph(text: $0, location: here)) } + [
                        .list(
                            ListBlock(
                                ordered: true, items: tricky.map { ListItem(text: $0, location: here) }, location: here)
                        ),
                        .quote(Quote(text: "— not an attribution", location: here)),
                    ]),
                Section(heading: "## heading #", level: 2),
            ])
        let back = try MarkdownReader().read(try export(briefing))
        #expect(back.hasSameOutline(as: briefing))
        #expect(back.paragraphTexts == tricky)
    }

    @Test func frontMatterCarriesTheMetadataAndSummary() throws {
        var briefing = Briefing(
            title: "A \"Title\"\nwith a break",
            metadata: Metadata(
                authors: ["Jane Doe", "O'Roe"], published: "2026-11-30", description: "Say \\ what", language: "en",
                tags: ["a", "b, c"]),
            sections: [Section(heading: "Only", level: 2)])
        briefing.analysis.summary = Summary(sentences: ["One.", "Two."])
        let markdown = try export(briefing, frontMatter: true)
        #expect(markdown.hasPrefix("---\ntitle: \"A \\\"Title\\\"\\nwith a break\"\n"))
        #expect(markdown.contains("summary: \"One. Two.\"\n"))
        let back = try MarkdownReader().read(markdown)
        #expect(back.hasSameOutline(as: briefing))
        #expect(back.metadata.authors == briefing.metadata.authors)
        #expect(back.metadata.published == "2026-11-30")
        #expect(back.metadata.description == "Say \\ what")
        #expect(back.metadata.language == "en")
        #expect(back.metadata.tags == ["a", "b, c"])
    }

    @Test func levelOneSectionsBesideATitlePutTheTitleInFrontMatter() throws {
        let both = Briefing(
            title: "T", sections: [Section(heading: "One", level: 1), Section(heading: "Two", level: 1)])
        let markdown = try export(both)
        #expect(markdown.hasPrefix("---\ntitle: \"T\"\n---\n"))
        #expect(try MarkdownReader().read(markdown).hasSameOutline(as: both))
        let untitled = Briefing(title: nil, sections: [Section(heading: "Only", level: 1)])
        #expect(try MarkdownReader().read(try export(untitled)).hasSameOutline(as: untitled))
    }

    @Test func tablesAndNULAreReported() throws {
        let here = SourceLocation(line: 1, column: 1)
        let briefing = Briefing(
            sections: [
                Section(
                    heading: nil, level: 1,
                    blocks: [
                        .table(Table(rows: [["a", "b|c"], ["1", "2"]], headerRowCount: 1, location: here)),
                        .paragraph(Paragraph(text: "nul\u{0}here", location: here)),
                    ])
            ])
        let result = try MarkdownExporter().export(briefing)
        #expect(result.text.contains("| a | b\\|c |\n| --- | --- |\n| 1 | 2 |"))
        // The table reads back as it is: no note for it.
        #expect(result.diagnostics.map(\.code) == [.replacedCharacter])
        let back = try MarkdownReader().read(result.bytes)
        #expect(back.paragraphTexts.contains("nul\u{FFFD}here"))
        guard case .table(let table) = back.allBlocks.first else {
            Issue.record("no table read back")
            return
        }
        #expect(table.rows == [["a", "b|c"], ["1", "2"]])
        #expect(table.headerRowCount == 1)
    }

    @Test func aTableAPipeTableCannotCarryGetsANote() throws {
        let here = SourceLocation(line: 1, column: 1)
        for table in [
            Table(rows: [["a", "b"], ["1"]], headerRowCount: 1, location: here),
            Table(rows: [["a"]], headerRowCount: 1, caption: "Caption", location: here),
            Table(rows: [["a"], ["b"]], headerRowCount: 0, location: here),
        ] {
            let briefing = Briefing(sections: [Section(heading: nil, level: 1, blocks: [.table(table)])])
            let result = try MarkdownExporter().export(briefing)
            #expect(result.diagnostics.map(\.code) == [.flattenedBlock], "\(table)")
            let back = try MarkdownReader().read(result.bytes)
            #expect(back.allBlocks.contains { $0.kind == .table })
        }
    }

    @Test func theExampleArticlesReadBackToTheSameOutline() throws {
        let markdown = Examples.folder.appendingPathComponent("harbour-dredging.md")
        var briefings = [try MarkdownReader().read(try Examples.bytes(markdown))]
        for url in Examples.all { briefings.append(try PlainTextReader().read(try Examples.bytes(url))) }
        for briefing in briefings {
            let back = try MarkdownReader().read(try MarkdownExporter().export(briefing).bytes)
            #expect(back.hasSameOutline(as: briefing), "\(briefing.title ?? "untitled")")
        }
    }

    @Test(.requiresSharedCorpus) func corpusArticlesReadBackToTheSameOutline() throws {
        let files = try FileManager.default.contentsOfDirectory(
            at: SharedCorpus.plaintext, includingPropertiesForKeys: nil
        )
        .filter { $0.lastPathComponent.hasSuffix(".markdown.md") }
        #expect(files.count >= 30)
        for url in files {
            let briefing = try MarkdownReader().read(try Examples.bytes(url))
            #expect(briefing.title != nil, "\(url.lastPathComponent)")
            let back = try MarkdownReader().read(try MarkdownExporter().export(briefing).bytes)
            #expect(back.hasSameOutline(as: briefing), "\(url.lastPathComponent)")
        }
    }

    @Test func randomBriefingsReadBackToTheSameOutline() async {
        await propertyCheck(count: 500, input: MarkdownShapedBriefing.generator) { briefing in
            do {
                for frontMatter in [false, true] {
                    let result = try MarkdownExporter(includesFrontMatter: frontMatter).export(briefing)
                    #expect(result.diagnostics.isEmpty)
                    let back = try MarkdownReader().read(result.bytes)
                    #expect(back.hasSameOutline(as: briefing), "\(result.text)")
                }
            } catch {
                Issue.record(error)
            }
        }
    }
}
