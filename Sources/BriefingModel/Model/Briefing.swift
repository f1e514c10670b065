/// An article as data: its title, metadata, outline, analysis results and diagnostics.
///
/// A briefing is a tree of value types. Readers build it, analysers enrich it, exporters walk it
/// (see ``BriefingVisitor``). It is `Sendable`, so one briefing can be exported from many tasks.
///
/// ```swift
/// let briefing = try PlainTextReader().read(text)
/// print(briefing.title ?? "untitled", briefing.sections.count)
/// ```
public struct Briefing: Sendable, Hashable {
    /// The version of the briefing format that the JSON and XML exports carry.
    ///
    /// The major number changes only when a key is removed or changes meaning; additions raise the minor number.
    public static let formatVersion = "1.0"

    /// How deep lists may nest in lists, and quotes in quotes: 32 levels.
    ///
    /// `JSONEncoder` and libxml2 both refuse documents nested deeper than 256 levels, and every
    /// level of list or quote costs about two levels in JSON and XML. Readers keep deeper input
    /// at this depth (as siblings at the deepest level) and record a
    /// ``Diagnostic/Code/nestingTooDeep`` diagnostic, so nothing is lost.
    public static let maximumNestingDepth = 32

    /// The article's title, or `nil` when none could be found.
    public var title: String?
    /// Where the title stands in the input; `nil` when there is no title.
    public var titleLocation: SourceLocation?
    /// Byline, dateline, source and language.
    public var metadata: Metadata
    /// The outline: the lede (a section without heading) and the headed sections, in order.
    public var sections: [Section]
    /// What analysers found; empty until an analyser runs.
    public var analysis: AnalysisResults
    /// What the reader, analysers or exporters had to repair or guess, in the order found.
    public var diagnostics: [Diagnostic]

    /// Creates a briefing.
    public init(
        title: String? = nil, titleLocation: SourceLocation? = nil, metadata: Metadata = Metadata(),
        sections: [Section] = [], analysis: AnalysisResults = AnalysisResults(), diagnostics: [Diagnostic] = []
    ) {
        self.title = title
        self.titleLocation = titleLocation
        self.metadata = metadata
        self.sections = sections
        self.analysis = analysis
        self.diagnostics = diagnostics
    }
}

extension Briefing: Codable {
    /// The keys of a briefing, in the order the exporters write them.
    ///
    /// The analysis results sit at the top level beside the outline (`entities`, `quotes`, …),
    /// each present only when its analyser ran.
    package enum CodingKeys: String, CodingKey, CaseIterable {
        case formatVersion, title, titleLocation, metadata, sections
        case entities, quotes, keyphrases, summary, estimates, statistics
        case diagnostics
    }

    /// Decodes a briefing, refusing a format whose major version this library does not know.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let version = try container.decodeIfPresent(String.self, forKey: .formatVersion),
            version.split(separator: ".").first != Self.formatVersion.split(separator: ".").first
        {
            throw DecodingError.dataCorruptedError(
                forKey: .formatVersion, in: container,
                debugDescription:
                    "format version \(version) is not supported (this library reads \(Self.formatVersion))")
        }
        title = try container.decodeIfPresent(String.self, forKey: .title)
        titleLocation = try container.decodeIfPresent(SourceLocation.self, forKey: .titleLocation)
        metadata = try container.decodeIfPresent(Metadata.self, forKey: .metadata) ?? Metadata()
        sections = try container.decodeIfPresent([Section].self, forKey: .sections) ?? []
        analysis = AnalysisResults(
            entities: try container.decodeIfPresent([Entity].self, forKey: .entities),
            quotes: try container.decodeIfPresent([AttributedQuote].self, forKey: .quotes),
            keyphrases: try container.decodeIfPresent([Keyphrase].self, forKey: .keyphrases),
            summary: try container.decodeIfPresent(Summary.self, forKey: .summary),
            estimates: try container.decodeIfPresent([Estimate].self, forKey: .estimates),
            statistics: try container.decodeIfPresent(Statistics.self, forKey: .statistics))
        diagnostics = try container.decodeIfPresent([Diagnostic].self, forKey: .diagnostics) ?? []
    }

    /// Encodes the briefing with its format version and flattened analysis results.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.formatVersion, forKey: .formatVersion)
        try container.encode(title, forKey: .title)
        try container.encode(titleLocation, forKey: .titleLocation)
        try container.encode(metadata, forKey: .metadata)
        try container.encode(sections, forKey: .sections)
        try container.encodeIfPresent(analysis.entities, forKey: .entities)
        try container.encodeIfPresent(analysis.quotes, forKey: .quotes)
        try container.encodeIfPresent(analysis.keyphrases, forKey: .keyphrases)
        try container.encodeIfPresent(analysis.summary, forKey: .summary)
        try container.encodeIfPresent(analysis.estimates, forKey: .estimates)
        try container.encodeIfPresent(analysis.statistics, forKey: .statistics)
        try container.encode(diagnostics, forKey: .diagnostics)
    }
}
