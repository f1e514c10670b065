import BriefingAnalysis
import BriefingJSON
import BriefingModel
import BriefingPlainText
import BriefingXML
import Testing

// The code of the *Writing an Analyser* article, compiled and run.

/// The stock tickers an article gives, as `(NYSE: ABC)`, with how often each appears.
struct Tickers: CustomAnalysisResult, Equatable {
    static let key = "com.example.tickers"

    struct Ticker: Codable, Equatable {
        var exchange: String
        var symbol: String
        var mentions: Int
    }

    var tickers: [Ticker]
}

/// Finds stock tickers written as `(NYSE: ABC)` or `(Nasdaq: ABCD)`.
struct TickerAnalyser: BriefingAnalyser {
    var name: String { "tickers" }

    func analyse(_ briefing: inout Briefing, sharing cache: inout AnalysisCache) throws(BriefingError) {
        var found: [Tickers.Ticker] = []
        for block in briefing.allBlocks {
            guard case .paragraph(let paragraph) = block else { continue }
            for (exchange, symbol) in Self.tickers(in: paragraph.text) {
                if let index = found.firstIndex(where: { $0.exchange == exchange && $0.symbol == symbol }) {
                    found[index].mentions += 1
                } else {
                    found.append(Tickers.Ticker(exchange: exchange, symbol: symbol, mentions: 1))
                }
            }
        }
        briefing.analysis[Tickers.self] = Tickers(tickers: found)
    }

    /// The tickers in `text`: `(EXCHANGE: SYMBOL)` for a few exchanges.
    static func tickers(in text: String) -> [(exchange: String, symbol: String)] {
        text.split(separator: "(").compactMap { part in
            guard let close = part.firstIndex(of: ")") else { return nil }
            let inside = part[..<close].split(separator: ":", maxSplits: 1)
            guard inside.count == 2, ["NYSE", "Nasdaq", "LSE"].contains(inside[0]) else { return nil }
            let symbol = inside[1].drop { $0 == " " }
            return symbol.isEmpty ? nil : (String(inside[0]), String(symbol))
        }
    }
}

@Suite("Writing an Analyser")
struct WritingAnAnalyserTests {
    @Test func theTickerAnalyserRunsInAPipelineAndItsResultIsExported() throws {
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
        let tickers = briefing.analysis[Tickers.self]?.tickers ?? []

        #expect(tickers.map(\.symbol) == ["ALPW", "NRST"])
        #expect(tickers.map(\.mentions) == [2, 1])
        #expect(briefing.analysis.summary == nil)
        #expect(pipeline.names.last == "tickers")

        // Every format carries it, and it reads back.
        let json = try JSONExporter().export(briefing)
        #expect(json.text.contains("\"com.example.tickers\""))
        #expect(try JSONBriefingReader().read(json.bytes).analysis[Tickers.self] == Tickers(tickers: tickers))
        let xml = try XMLExporter().export(briefing)
        #expect(try XMLValidator.briefing().validate(xml.bytes).isEmpty)
        #expect(try XMLBriefingReader().read(xml.bytes).analysis[Tickers.self] == Tickers(tickers: tickers))
        #expect(briefing.analysis.custom[Tickers.key] != nil)
    }
}
