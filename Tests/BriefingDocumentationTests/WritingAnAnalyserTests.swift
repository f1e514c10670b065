import BriefingAnalysis
import BriefingModel
import BriefingPlainText
import Testing

// The code of the *Writing an Analyser* article, compiled and run.

/// Finds stock tickers written as `(NYSE: ABC)` or `(Nasdaq: ABCD)` and adds each company's
/// ticker to the briefing's entities, as an organisation.
struct TickerAnalyser: BriefingAnalyser {
    var name: String { "tickers" }

    func analyse(_ briefing: inout Briefing) throws(BriefingError) {
        // Count each ticker, and where it first appears.
        var found: [(ticker: String, mentions: Int, first: BriefingModel.SourceLocation)] = []
        for block in briefing.allBlocks {
            guard case .paragraph(let paragraph) = block else { continue }
            for ticker in Self.tickers(in: paragraph.text) {
                if let index = found.firstIndex(where: { $0.ticker == ticker }) {
                    found[index].mentions += 1
                } else {
                    found.append((ticker, 1, paragraph.location))
                }
            }
        }
        // A ticker the entity analyser already found becomes an organisation; the others are added.
        var entities = briefing.analysis.entities ?? []
        for (ticker, mentions, first) in found {
            if let known = entities.firstIndex(where: { $0.name == ticker }) {
                entities[known].kind = .organisation
            } else {
                entities.append(Entity(name: ticker, kind: .organisation, mentions: mentions, firstMention: first))
            }
        }
        briefing.analysis.entities = entities
    }

    /// The tickers in `text`: `(EXCHANGE: SYMBOL)` for a few exchanges.
    static func tickers(in text: String) -> [String] {
        text.split(separator: "(").compactMap { part in
            guard let close = part.firstIndex(of: ")") else { return nil }
            let inside = part[..<close].split(separator: ":", maxSplits: 1)
            guard inside.count == 2, ["NYSE", "Nasdaq", "LSE"].contains(inside[0]) else { return nil }
            let symbol = inside[1].drop { $0 == " " }
            return symbol.isEmpty ? nil : String(symbol)
        }
    }
}

@Suite("Writing an Analyser")
struct WritingAnAnalyserTests {
    @Test func theTickerAnalyserRunsInAPipeline() throws {
        var briefing = try PlainTextReader().read(
            """
            Alpenwerk Beats Forecasts

            Alpenwerk (NYSE: ALPW) raised its outlook. Rival Norrström (Nasdaq: NRST) did not.

            Shares of Alpenwerk (NYSE: ALPW) rose 4 per cent.
            """)

        var pipeline = AnalysisPipeline.standard()
        pipeline.append(TickerAnalyser())
        pipeline.remove(named: "summary")
        try pipeline.analyse(&briefing)

        let tickers = (briefing.analysis.entities ?? []).filter { ["ALPW", "NRST"].contains($0.name) }
        print(tickers.map { "\($0.name) ×\($0.mentions)" })  // ["ALPW ×2", "NRST ×1"]

        #expect(tickers.map(\.name) == ["ALPW", "NRST"])
        #expect(tickers.allSatisfy { $0.kind == .organisation })
        #expect(tickers.map(\.mentions) == [2, 1])
        #expect(briefing.analysis.summary == nil)
        #expect(pipeline.names.last == "tickers")
    }
}
