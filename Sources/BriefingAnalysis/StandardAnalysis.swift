public import BriefingModel

extension AnalysisPipeline {
    /// The standard analysers, in the order they must run: statistics, entities, quotes (which use
    /// the entities), keyphrases, estimates and the summary.
    ///
    /// Their names — `statistics`, `entities`, `quotes`, `keyphrases`, `estimates`, `summary` — are
    /// `AnalysisPipeline.standard().names`. Switch one off by removing it by name:
    ///
    /// ```swift
    /// var pipeline = AnalysisPipeline.standard()
    /// pipeline.remove(named: "summary")
    /// try pipeline.analyse(&briefing)
    /// ```
    ///
    /// - Parameter gazetteer: The names the entity and quote analysers know (default ``Gazetteer/standard``).
    public static func standard(gazetteer: Gazetteer = .standard) -> AnalysisPipeline {
        AnalysisPipeline([
            StatisticsAnalyser(),
            EntityAnalyser(gazetteer: gazetteer),
            QuoteAnalyser(gazetteer: gazetteer),
            KeyphraseAnalyser(),
            EstimateAnalyser(),
            SummaryAnalyser(),
        ])
    }
}
