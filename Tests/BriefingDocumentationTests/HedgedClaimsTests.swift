import BriefingAnalysis
import BriefingModel
import BriefingPlainText
import Testing

// The code of the *Hedged Claims* article, compiled and run.

@Suite("Hedged Claims")
struct HedgedClaimsTests {
    @Test func estimatesAreFoundAndBanded() throws {
        var briefing = try PlainTextReader().read(
            """
            Outlook for the Talks

            A ceasefire before winter is highly unlikely. Both sides will probably meet again in June.
            A joint statement could follow. It is not likely that the border reopens this year.
            """)
        try EstimateAnalyser().analyse(&briefing)
        for estimate in briefing.analysis.estimates ?? [] {
            print(estimate.phrase, "→", estimate.band?.rawValue ?? "a hedge, no band")
        }
        // highly unlikely → very unlikely
        // probably → likely
        // could → a hedge, no band
        // not likely → unlikely

        let estimates = briefing.analysis.estimates ?? []
        #expect(estimates.map(\.phrase) == ["highly unlikely", "probably", "could", "not likely"])
        #expect(estimates.map(\.band) == [.veryUnlikely, .likely, nil, .unlikely])
        #expect(estimates.first?.probability == 0.05...0.20)
    }
}
