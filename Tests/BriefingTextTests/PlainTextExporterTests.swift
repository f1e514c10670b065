import BriefingModel
import BriefingPlainTextReader
import BriefingTestSupport
import BriefingText
import Foundation
import Testing

@Suite("Plain-text export")
struct PlainTextExporterTests {
    func roundTrip(_ briefing: Briefing, _ exporter: PlainTextExporter = PlainTextExporter()) throws -> Briefing {
        try PlainTextReader().read(try exporter.export(briefing).bytes)
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
        let briefing = Briefing(
            title: "Title",
            sections: [
                Section(
                    heading: nil, level: 1,
                    blocks: [
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
            ])
        #expect(Outline(try roundTrip(briefing)) == Outline(briefing))
    }
}

@Suite("Text memo")
struct TextExporterTests {
    @Test func linesAreWrappedAtTheWidth() throws {
        let briefing = try TextFixtures.read(Examples.seedShaped)
        for width in [40, 80, 120] {
            let text = try TextExporter(width: width).export(briefing).text
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.allSatisfy { $0.count <= width || !$0.contains(" ") }, "width \(width)")
        }
    }

    @Test func theMemoLeadsWithTheTitleAndLabelsStandOut() throws {
        let text = try TextExporter().export(try TextFixtures.read(Examples.seedShaped)).text
        #expect(text.hasPrefix("VARELA: TALKS ON A SUMMIT WITH ORTIZ BEGIN, HOPE FOR A GLACIER BORDER DEAL\n===="))
        #expect(text.contains("  • CUTTING THROUGH PROCEDURE: Direct talks remove"))
        #expect(text.contains("What a Meeting Between Presidents Can Do\n----------------------------------------"))
    }

    @Test func analysisResultsComeFirst() throws {
        var briefing = try TextFixtures.read(Examples.seedShaped)
        briefing.analysis = AnalysisResults(
            entities: [Entity(name: "Volodymyr Zelenskyy", kind: .person, mentions: 9)],
            quotes: [AttributedQuote(text: "discussions have started", speaker: "Zelenskyy", cue: "possessive")],
            keyphrases: [Keyphrase(text: "Zelenskyy Putin meeting", score: 9)],
            summary: Summary(sentences: ["One sentence."]),
            estimates: [Estimate(text: "It is highly probable that X.", phrase: "highly probable", band: .veryLikely)],
            statistics: Statistics(words: 1500, sentences: 80))
        let text = try TextExporter().export(briefing).text
        for expected in [
            "Summary\n-------", "People: Volodymyr Zelenskyy (9)", "Zelenskyy Putin meeting",
            "• Zelenskyy: “discussions have started”", "[very likely, 80–95 %] It is highly probable that X.",
            "1500 words · 80 sentences · 7 min read", "OUTLINE",
        ] {
            #expect(text.contains(expected), "memo lacks \(expected)")
        }
        #expect(
            text.range(of: "Summary")!.lowerBound
                < text.range(of: "Why Leaders Talk When Commissions Stall")!.lowerBound)
    }

    @Test func diagnosticsBecomeReaderNotes() throws {
        let briefing = try PlainTextReader().read(Array("Title\n\nA\u{1}B.\n".utf8))
        let text = try TextExporter().export(briefing).text
        #expect(text.contains("Reader notes"))
        #expect(text.contains("warning: line 3, column 2: the input holds 1 control character"))
    }
}
