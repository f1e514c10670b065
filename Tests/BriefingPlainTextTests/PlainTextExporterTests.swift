import BriefingMemo
import BriefingModel
import BriefingPlainText
import BriefingTestSupport
import Foundation
import Testing

@Suite("Plain-text export")
struct PlainTextExporterTests {
    func roundTrip(_ briefing: Briefing, _ exporter: PlainTextExporter = PlainTextExporter()) throws -> Briefing {
        try PlainTextReader().read(try exporter.export(briefing).bytes)
    }

    @Test func anOrderedListIsWrittenFromItsFirstNumberAndReadsBack() throws {
        let here = SourceLocation(line: 1, column: 1)
        let items = [
            ListItem(text: "Third", items: [ListItem(text: "Nested", location: here)], location: here),
            ListItem(text: "Fourth", location: here),
        ]
        let briefing = Self.briefing([
            .paragraph(Paragraph(text: "Intro paragraph.", location: here)),
            .list(ListBlock(ordered: true, start: 3, items: items, location: here)),
        ])
        let text = try PlainTextExporter().export(briefing).text
        #expect(text.contains("  3. Third\n    1. Nested\n  4. Fourth"), "\(text)")
        let back = try roundTrip(briefing)
        #expect(back.hasSameOutline(as: briefing))
        #expect(back.lists.first?.start == 3)
    }

    /// A briefing of one untitled section holding `blocks`.
    static func briefing(title: String = "Title", _ blocks: [Block]) -> Briefing {
        Briefing(title: title, sections: [Section(heading: nil, level: 1, blocks: blocks)])
    }

    static let here = SourceLocation(line: 1, column: 1)

    @Test func aTableIsWrittenAsAlignedRowsAndReadsBackAsTheSameTable() throws {
        let table = Table(
            rows: [["Team", "W", "L"], ["Arsenal", "2", "1"], ["Chelsea", "10", "0"]], headerRowCount: 1,
            location: Self.here)
        let briefing = Self.briefing(
            title: "Results", [.paragraph(Paragraph(text: "The table.", location: Self.here)), .table(table)])
        let result = try PlainTextExporter().export(briefing)
        #expect(result.text == "Results\n\nThe table.\n\nTeam     W   L\nArsenal  2   1\nChelsea  10  0\n")
        #expect(result.diagnostics.isEmpty)
        let back = try roundTrip(briefing)
        #expect(back.hasSameOutline(as: briefing))
        #expect(back.allBlocks.contains { if case .table(let read) = $0 { read.headerRowCount == 1 } else { false } })
    }

    @Test func aTableRowsCannotHoldIsOneParagraphWithANote() throws {
        // A caption has no place among rows; a row without numbers is no row to the reader.
        for table in [
            Table(rows: [["A", "1"], ["B", "2"]], headerRowCount: 0, caption: "Scores", location: Self.here),
            Table(rows: [["Name", "Role"], ["Ada", "Engineer"]], headerRowCount: 1, location: Self.here),
        ] {
            let briefing = Self.briefing([.table(table)])
            let result = try PlainTextExporter().export(briefing)
            #expect(result.diagnostics.map(\.code) == [.flattenedBlock], "\(table)")
            let back = try PlainTextReader().read(result.bytes)
            let expected = table.caption.map { "\($0) / " } ?? ""
            #expect(
                back.paragraphTexts == [
                    expected + table.rows.map { $0.joined(separator: " | ") }.joined(separator: " / ")
                ])
        }
    }

    @Test func blocksThatLookLikeRowsStayApartFromATable() throws {
        // Each block alone could pass for a row or a header; side by side they would make one table.
        let table = Table(
            rows: [["Arsenal", "2", "Chelsea", "1"], ["Liverpool", "3", "Everton", "0"]], headerRowCount: 0,
            location: Self.here)
        let briefing = Self.briefing([
            .paragraph(Paragraph(text: "Week 12", location: Self.here)),
            .table(table),
            .paragraph(Paragraph(text: "Feb 26 2015", location: Self.here)),
            .paragraph(Paragraph(text: "Attendance 40 000", location: Self.here)),
        ])
        let result = try PlainTextExporter().export(briefing)
        #expect(result.diagnostics.isEmpty)
        #expect(result.text.contains("* * *"), "\(result.text)")
        #expect(Outline(try roundTrip(briefing)) == Outline(briefing), "\(result.text)")
    }

    @Test(.requiresSharedCorpus) func theSeedReadsBackToTheSameOutline() throws {
        let briefing = try TextFixtures.read(SharedCorpus.seed)
        #expect(Outline(try roundTrip(briefing)) == Outline(briefing))
    }

    @Test(.requiresSharedCorpus) func theSeedIsWrittenInTheSeedStyle() throws {
        let text = try PlainTextExporter().export(try TextFixtures.read(SharedCorpus.seed)).text
        #expect(
            text.hasPrefix("Zelenskyy: Putin Meeting Discussions Start, Hope for Ukraine Peace\n\nUkrainian President"))
        #expect(text.contains("\n\nWhy a Direct Meeting Matters\n\n  • Bypassing Bureaucracy: Direct talks"))
    }

    @Test func theSeedShapedExampleIsWrittenInTheSeedStyle() throws {
        let briefing = try TextFixtures.read(Examples.seedShaped)
        #expect(Outline(try roundTrip(briefing)) == Outline(briefing))
        let text = try PlainTextExporter().export(briefing).text
        #expect(text.hasPrefix("Varela: Talks on a Summit With Ortiz Begin, Hope for a Glacier Border Deal\n\nChilean"))
        #expect(text.contains("\n\nWhat a Meeting Between Presidents Can Do\n\n  • Cutting Through Procedure: Direct"))
    }

    @Test func everyExampleArticleReadsBackToTheSameOutline() throws {
        try readBack(Examples.all)
    }

    @Test(.requiresSharedCorpus) func everyCorpusArticleReadsBackToTheSameOutline() throws {
        let files = TextFixtures.texts(in: SharedCorpus.plaintext)
        #expect(files.count > 100)
        try readBack(files)
    }

    func readBack(_ files: [URL]) throws {
        #expect(!files.isEmpty)
        for file in files {
            let briefing = try TextFixtures.read(file)
            let again = try roundTrip(briefing)
            #expect(Outline(again) == Outline(briefing), "\(file.lastPathComponent)")
            #expect(again.metadata == briefing.metadata, "\(file.lastPathComponent)")
        }
    }

    @Test func headingLevelsOtherThanTwoAreMarked() throws {
        let briefing = Briefing(
            title: "Title",
            sections: [
                Section(
                    heading: "Part", level: 2, location: nil,
                    blocks: [.paragraph(Paragraph(text: "Text.", location: .init(line: 1, column: 1)))],
                    sections: [
                        Section(
                            heading: "detail in lower case", level: 3,
                            blocks: [.paragraph(Paragraph(text: "More.", location: .init(line: 1, column: 1)))])
                    ])
            ])
        let text = try PlainTextExporter().export(briefing).text
        #expect(text.contains("## Part\n"))
        #expect(text.contains("### detail in lower case\n"))
        #expect(Outline(try roundTrip(briefing)) == Outline(briefing))
    }

    @Test func nestedListsQuotesAndAttributionsRoundTrip() throws {
        let location = SourceLocation(line: 1, column: 1)
        let briefing = Self.briefing([
            .paragraph(Paragraph(text: "Intro.", location: location)),
            .list(
                ListBlock(
                    ordered: true,
                    items: [
                        ListItem(
                            label: "First Step", text: "Do it.",
                            items: [ListItem(text: "sub item", location: location)], location: location),
                        ListItem(text: "Second.", location: location),
                    ], location: location)),
            .quote(
                Quote(
                    text: "Outer words.", attribution: "Jane Doe",
                    quotes: [Quote(text: "Inner words.", location: location)], location: location)),
        ])
        #expect(Outline(try roundTrip(briefing)) == Outline(briefing))
    }
}
