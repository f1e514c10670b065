/// Enriches a briefing: finds entities, quotes, keyphrases, hedged claims and the like.
///
/// An analyser reads the outline and writes its findings into ``Briefing/analysis`` (and, where it
/// says so, into the outline — a quote's attribution, say). Analysers compose with
/// ``AnalysisPipeline``. New requirements will come with default implementations.
public protocol BriefingAnalyser: Sendable {
    /// A short, stable name for the analyser (for example `entities`), used to switch it on and off.
    var name: String { get }

    /// Adds this analyser's findings to `briefing`.
    ///
    /// An analyser never removes what the reader found; it records anything it could not do as a
    /// ``Diagnostic`` in ``Briefing/diagnostics``.
    func analyse(_ briefing: inout Briefing) throws(BriefingError)

    /// Adds this analyser's findings to `briefing`, using and filling `cache` to share work with
    /// the analysers that run before and after it in a pipeline.
    ///
    /// The default implementation ignores the cache and calls ``analyse(_:)``.
    func analyse(_ briefing: inout Briefing, sharing cache: inout AnalysisCache) throws(BriefingError)
}

extension BriefingAnalyser {
    /// The type's name, for analysers that do not give one.
    public var name: String { String(describing: Self.self) }

    /// Ignores the cache and calls ``analyse(_:)``.
    public func analyse(_ briefing: inout Briefing, sharing cache: inout AnalysisCache) throws(BriefingError) {
        try analyse(&briefing)
    }

    /// Returns a copy of `briefing` with this analyser's findings added.
    public func analysed(_ briefing: Briefing) throws(BriefingError) -> Briefing {
        var copy = briefing
        try analyse(&copy)
        return copy
    }
}
