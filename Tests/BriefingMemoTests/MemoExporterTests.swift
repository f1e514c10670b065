import BriefingMemo
import BriefingModel
import BriefingPlainText
import BriefingTestSupport
import Foundation
import Testing

@Suite("Text memo")
struct MemoExporterTests {
    @Test func linesAreWrappedAtTheWidth() throws {
        let briefing = try TextFixtures.read(Examples.seedShaped)
        for width in [40, 80, 120] {
            let text = try MemoExporter(width: width).export(briefing).text
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.allSatisfy { $0.count <= width || !$0.contains(" ") }, "width \(width)")
        }
    }

    @Test func anOrderedListIsNumberedFromItsStart() throws {
        let here = SourceLocation(line: 1, column: 1)
        let items = [ListItem(text: "Third", location: here), ListItem(text: "Fourth", location: here)]
        let briefing = Briefing(
            sections: [
                Section(
                    heading: nil, level: 1,
                    blocks: [.list(ListBlock(ordered: true, start: 3, items: items, location: here))])
            ])
        let text = try MemoExporter().export(briefing).text
        #expect(text.contains("  3. Third\n  4. Fourth"), "\(text)")
    }

    @Test func theMemoLeadsWithTheTitleAndLabelsStandOut() throws {
        let text = try MemoExporter().export(try TextFixtures.read(Examples.seedShaped)).text
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
        let text = try MemoExporter().export(briefing).text
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
        let text = try MemoExporter().export(briefing).text
        #expect(text.contains("Reader notes"))
        #expect(text.contains("warning: line 3, column 2: the input holds 1 control character"))
    }
}

enum TextFixtures {
    static func read(_ url: URL) throws -> Briefing {
        try PlainTextReader().read(try Examples.bytes(url))
    }
}
