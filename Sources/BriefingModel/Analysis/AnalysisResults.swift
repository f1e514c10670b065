/// What analysers found in a briefing: actors, quotes, keyphrases, a summary, hedged claims, statistics.
///
/// Each property is `nil` until the analyser that fills it has run, so "not analysed" is never
/// confused with "nothing found" (an empty array). Exporters write only the results that are present.
public struct AnalysisResults: Sendable, Hashable, Codable {
    /// People, organisations, places and other named things, most mentioned first.
    public var entities: [Entity]?
    /// Quotations that are speech, with their speakers where found, in document order.
    public var quotes: [AttributedQuote]?
    /// Multi-word phrases that characterise the text, best first.
    public var keyphrases: [Keyphrase]?
    /// A short extractive summary.
    public var summary: Summary?
    /// Sentences with estimative (hedged) language, in document order.
    public var estimates: [Estimate]?
    /// Counts of words and sentences, and the reading time.
    public var statistics: Statistics?

    /// Creates analysis results; every part is optional.
    public init(
        entities: [Entity]? = nil, quotes: [AttributedQuote]? = nil, keyphrases: [Keyphrase]? = nil,
        summary: Summary? = nil, estimates: [Estimate]? = nil, statistics: Statistics? = nil
    ) {
        self.entities = entities
        self.quotes = quotes
        self.keyphrases = keyphrases
        self.summary = summary
        self.estimates = estimates
        self.statistics = statistics
    }

    /// Whether no analyser has filled anything.
    public var isEmpty: Bool {
        entities == nil && quotes == nil && keyphrases == nil && summary == nil && estimates == nil
            && statistics == nil
    }
}
