/// Enriches a briefing: finds entities, quotes, keyphrases, hedged claims and the like.
///
/// An analyser reads the briefing and writes its findings into ``Briefing/analysis`` — a standard
/// result, or a ``CustomAnalysisResult`` of its own. It never changes the outline: what the reader
/// found (a quote's attribution, say) stays as the author wrote it. Analysers compose with
/// ``AnalysisPipeline``, which hands each the same ``AnalysisCache`` so that they share work (a
/// tokenised text); an analyser with nothing to share ignores the cache. New requirements will
/// come with default implementations.
public protocol BriefingAnalyser: Sendable {
    /// A short, stable name for the analyser (for example `entities`), used to switch it on and off.
    var name: String { get }

    /// Adds this analyser's findings to `briefing`, using and filling `cache` to share work with
    /// the analysers that run before and after it in a pipeline.
    ///
    /// An analyser never removes what the reader found; it records anything it could not do as a
    /// ``Diagnostic`` in ``Briefing/diagnostics``.
    func analyse(_ briefing: inout Briefing, sharing cache: inout AnalysisCache) throws(BriefingError)
}

extension BriefingAnalyser {
    /// The type's name, for analysers that do not give one.
    public var name: String { String(describing: Self.self) }

    /// Adds this analyser's findings to `briefing`, with a cache of its own.
    public func analyse(_ briefing: inout Briefing) throws(BriefingError) {
        var cache = AnalysisCache()
        try analyse(&briefing, sharing: &cache)
    }

    /// Returns a copy of `briefing` with this analyser's findings added.
    public func analysed(_ briefing: Briefing) throws(BriefingError) -> Briefing {
        var copy = briefing
        try analyse(&copy)
        return copy
    }
}
