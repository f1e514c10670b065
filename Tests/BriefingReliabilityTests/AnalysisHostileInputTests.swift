import BriefingAnalysis
import BriefingModel
import BriefingPlainText
import Testing

/// Each input of ``AnalysisHostileInput`` goes through the plain-text reader, the standard
/// analysis and every exporter: no crash, well-formed output, and no entity the text does not
/// hold. (Speed is the benchmarks' to check: `Hostile-names-…`, `Hostile-capitalised-words-…`,
/// `Hostile-table-rows-…`, `Hostile-open-quotes-…`, `Hostile-nested-quotes-…`.)
@Suite("Hostile input through the analysis")
struct AnalysisHostileInputTests {
    @Test(arguments: AnalysisHostileInput.allCases)
    func hostileInputGivesBoundedAnalysisWithoutInventedEntities(input: AnalysisHostileInput) throws {
        let text = input.text
        var briefing = try PlainTextReader().read(text)
        try AnalysisPipeline.standard().analyse(&briefing)
        try ExportChecks.checkEveryFormat(briefing)
        let entities = try #require(briefing.analysis.entities)
        // Never invented: every entity's name and alias is written in the text.
        for entity in entities {
            #expect(text.contains(entity.name), "\(entity.name)")
            for alias in entity.aliases { #expect(text.contains(alias), "\(alias)") }
        }
        // Bounded: no more entities than distinct capitalised words, or than distinct runs of them
        // on a line (a standings table names one side a row: `Ada Brook 3 2 1 7`).
        let capitalised = Set(text.split { !$0.isLetter }.filter { $0.first?.isUppercase ?? false })
        let runs = Set(
            text.split(separator: "\n").flatMap { line in
                line.split { !$0.isLetter && $0 != " " }.flatMap { part in
                    part.split(separator: " ")
                        .split { !($0.first?.isUppercase ?? false) }
                        .map { $0.joined(separator: " ") }
                }
            })
        #expect(entities.count <= max(capitalised.count, runs.count))
        let quotes = try #require(briefing.analysis.quotes)
        let marks = text.unicodeScalars.filter { $0 == "\"" || $0 == "“" }.count
        #expect(quotes.count <= marks)
        for quote in quotes { #expect(!quote.text.isEmpty) }
        switch input {
        case .fiveThousandTableRows:
            let tables = briefing.allBlocks.compactMap { block -> Table? in
                if case .table(let table) = block { return table }
                return nil
            }
            #expect(tables.count == 1)
            #expect(tables.first?.rows.count == AnalysisHostileInput.tableRows + 1)
            #expect(tables.first?.headerRowCount == 1)
            #expect((briefing.analysis.keyphrases ?? []).isEmpty, "a table gives no keyphrase")
            #expect((briefing.analysis.summary?.sentences ?? []).allSatisfy { $0.hasPrefix("Standings") })
        case .namesOnly, .tenThousandCapitalisedWords:
            #expect(briefing.allBlocks.contains { $0.kind == .paragraph })
            #expect((briefing.analysis.estimates ?? []).isEmpty)
        case .unclosedCurlyQuotationMarks, .unclosedStraightQuotationMarks, .quotationsNestedFiftyDeep:
            #expect(!briefing.allBlocks.isEmpty)
        }
    }
}
