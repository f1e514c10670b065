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
    private enum CodingKeys: String, CodingKey {
        case formatVersion, title, titleLocation, metadata, sections
        case entities, quotes, keyphrases, summary, estimates, statistics, custom
        case diagnostics
    }

    /// Decodes a briefing, refusing a format whose major version this library does not know.
    ///
    /// The analysis results sit at the top level beside the outline (`entities`, `quotes`, …,
    /// `custom`), each present only when an analyser filled it. (The keys and their order are
    /// those the exporters write: see the JSON format's documentation.)
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
        analysis = try AnalysisResults(from: decoder)
        diagnostics = try container.decodeIfPresent([Diagnostic].self, forKey: .diagnostics) ?? []
    }
}
