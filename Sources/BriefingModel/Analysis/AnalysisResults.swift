/// What analysers found in a briefing: actors, quotes, keyphrases, a summary, hedged claims,
/// statistics — and the results of analysers of your own.
///
/// Each standard result is `nil` until the analyser that fills it has run, so "not analysed" is
/// never confused with "nothing found" (an empty array). Exporters write only the results that are
/// present. An analyser of your own stores a ``CustomAnalysisResult`` under its key.
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
    /// The results of other analysers, by their keys, in their JSON form.
    ///
    /// Read and write typed results with ``subscript(_:)``; this dictionary is for code that
    /// handles results it has no type for (an exporter, a tool that passes them on).
    public var custom: [String: AnalysisValue]

    /// Creates analysis results; every part is optional.
    public init(
        entities: [Entity]? = nil, quotes: [AttributedQuote]? = nil, keyphrases: [Keyphrase]? = nil,
        summary: Summary? = nil, estimates: [Estimate]? = nil, statistics: Statistics? = nil,
        custom: [String: AnalysisValue] = [:]
    ) {
        self.entities = entities
        self.quotes = quotes
        self.keyphrases = keyphrases
        self.summary = summary
        self.estimates = estimates
        self.statistics = statistics
        self.custom = custom
    }

    private enum CodingKeys: String, CodingKey {
        case entities, quotes, keyphrases, summary, estimates, statistics, custom
    }

    /// Decodes the results that are present (at the top level of a briefing, or in an object of their own).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            entities: try container.decodeIfPresent([Entity].self, forKey: .entities),
            quotes: try container.decodeIfPresent([AttributedQuote].self, forKey: .quotes),
            keyphrases: try container.decodeIfPresent([Keyphrase].self, forKey: .keyphrases),
            summary: try container.decodeIfPresent(Summary.self, forKey: .summary),
            estimates: try container.decodeIfPresent([Estimate].self, forKey: .estimates),
            statistics: try container.decodeIfPresent(Statistics.self, forKey: .statistics),
            custom: try container.decodeIfPresent([String: AnalysisValue].self, forKey: .custom) ?? [:])
    }

    /// Whether no analyser has filled anything.
    public var isEmpty: Bool {
        entities == nil && quotes == nil && keyphrases == nil && summary == nil && estimates == nil
            && statistics == nil && custom.isEmpty
    }

    /// The result of type `Result`, or `nil` when none is stored (or the stored value is not of
    /// that type's shape). Setting `nil` removes it.
    ///
    /// A value that cannot be encoded (a `Double` that is not finite, say) is not stored.
    public subscript<Result: CustomAnalysisResult>(_ type: Result.Type) -> Result? {
        get {
            guard let value = custom[Result.key] else { return nil }
            return try? AnalysisValueDecoder.decode(Result.self, from: value)
        }
        set {
            custom[Result.key] = newValue.flatMap { try? AnalysisValueEncoder.encode($0) }
        }
    }
}
