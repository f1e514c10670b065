/// Analysers run one after another, in order, as one analyser.
///
/// ```swift
/// var pipeline = AnalysisPipeline([EntityAnalyser(), QuoteAnalyser()])
/// pipeline.remove(named: "quotes")
/// try pipeline.analyse(&briefing)
/// ```
public struct AnalysisPipeline: BriefingAnalyser {
    /// The analysers, in the order they run.
    public var analysers: [any BriefingAnalyser]

    /// Creates a pipeline that runs `analysers` in order.
    public init(_ analysers: [any BriefingAnalyser] = []) {
        self.analysers = analysers
    }

    /// `pipeline`.
    public var name: String { "pipeline" }

    /// The names of the analysers, in order.
    public var names: [String] { analysers.map(\.name) }

    /// Adds an analyser at the end.
    public mutating func append(_ analyser: any BriefingAnalyser) {
        analysers.append(analyser)
    }

    /// Removes every analyser with the given name.
    public mutating func remove(named name: String) {
        analysers.removeAll { $0.name == name }
    }

    /// Runs every analyser on `briefing`, in order, sharing `cache` between them.
    public func analyse(_ briefing: inout Briefing, sharing cache: inout AnalysisCache) throws(BriefingError) {
        for analyser in analysers {
            try analyser.analyse(&briefing, sharing: &cache)
        }
    }
}
