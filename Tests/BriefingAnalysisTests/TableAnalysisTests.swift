import BriefingAnalysis
import BriefingModel
import BriefingPlainText
import Testing

/// Tables are data: their names count as entities, but they give no summary sentence, no
/// keyphrase and no estimate.
@Suite("Tables in the analysis")
struct TableAnalysisTests {
    /// A results table whose rows repeat words that the prose never uses (`Wanderers`).
    static let results = """
        FOOTBALL - CUP RESULTS

        Results of cup matches played on Saturday, when the holders were knocked out by a team
        from the third tier of the league in front of a record crowd.

        Northfield Rovers 2 Eastbury Wanderers 1

        Harbour Wanderers 0 Kingsbridge United 3

        Westgate Wanderers 1 Old Mill Wanderers 1

        Westgate Wanderers 2 Kingsbridge United 0

        The draw for the next round will be made on Monday and the organisers expect a sell-out.
        """

    static func analysed(_ text: String) throws -> Briefing {
        var briefing = try PlainTextReader().read(text)
        try AnalysisPipeline.standard().analyse(&briefing)
        return briefing
    }

    @Test func theRowsAreATable() throws {
        let briefing = try Self.analysed(Self.results)
        let tables = briefing.allBlocks.filter { $0.kind == .table }
        #expect(tables.count == 1)
    }

    @Test func namesInATableAreEntities() throws {
        let briefing = try Self.analysed(Self.results)
        let names = Set((briefing.analysis.entities ?? []).map(\.name))
        #expect(names.contains("Kingsbridge United"))
        #expect(names.contains("Northfield Rovers"))
    }

    @Test func aTableGivesNoSummarySentenceAndNoKeyphrase() throws {
        let briefing = try Self.analysed(Self.results)
        let summary = try #require(briefing.analysis.summary)
        #expect(!summary.sentences.isEmpty)
        for sentence in summary.sentences {
            #expect(!sentence.contains("Wanderers"), "\(sentence)")
        }
        for phrase in briefing.analysis.keyphrases ?? [] {
            #expect(!phrase.text.lowercased().contains("wanderers"), "\(phrase.text)")
        }
    }

    @Test func aHedgeInATableIsNoEstimate() throws {
        let briefing = try Self.analysed(
            """
            Weather Outlook

            The service published its outlook for the weekend on Friday morning.

            Saturday  Rain likely        80%
            Sunday    Probably dry       20%
            Monday    Showers expected   60%

            Forecasters said the storm would probably reach the coast by Sunday night.
            """)
        #expect(briefing.allBlocks.contains { $0.kind == .table })
        let estimates = try #require(briefing.analysis.estimates)
        #expect(estimates.count == 1)
        #expect(estimates.allSatisfy { $0.text.contains("Forecasters") })
    }

    /// The same table built by hand, as the HTML and Markdown readers give it.
    @Test func aTableFromAnyReaderIsReadForNamesOnly() throws {
        let table = Table(
            rows: [["Team", "Points"], ["Northfield Rovers", "23"], ["Kingsbridge United", "21"]], headerRowCount: 1,
            location: SourceLocation(line: 3, column: 1))
        var briefing = Briefing(
            title: "League Table",
            sections: [
                Section(
                    heading: nil, level: 1,
                    blocks: [
                        .paragraph(
                            Paragraph(
                                text: "The league published its table after the weekend's matches were played.",
                                location: SourceLocation(line: 2, column: 1))),
                        .table(table),
                    ])
            ])
        try AnalysisPipeline.standard().analyse(&briefing)
        let names = Set((briefing.analysis.entities ?? []).map(\.name))
        #expect(names.contains("Kingsbridge United"))
        #expect(!names.contains("Team"))
        for phrase in briefing.analysis.keyphrases ?? [] {
            #expect(!phrase.text.lowercased().contains("rovers"), "\(phrase.text)")
        }
    }
}
