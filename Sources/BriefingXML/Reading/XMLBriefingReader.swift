import BriefingLibXML
public import BriefingModel

/// Reads a briefing back from the XML that ``XMLExporter`` writes.
///
/// The document is parsed once, with safe options — no network, no external entities, no DTD
/// loading, no entity expansion; a document with a DOCTYPE is refused — and the parsed tree is
/// validated against ``BriefingXMLSchema`` before it is read, so any error names the line libxml2
/// found it on.
public struct XMLBriefingReader: BriefingReader {
    /// Creates a reader.
    public init() {}

    /// `xml`.
    public var formatName: String { "xml" }

    /// Reads a briefing from XML bytes.
    ///
    /// - Throws: `BriefingError` with code `invalidInput` when the document is not
    ///   well formed, not valid against the schema, or of an unknown major format version.
    public func read(_ bytes: RawSpan) throws(BriefingError) -> Briefing {
        let document = try ParsedXML.parse(bytes)
        guard let root = document.root, root.name == "briefing", root.namespace == BriefingXMLSchema.namespace else {
            throw BriefingError(
                .invalidInput, "not a briefing: the root must be <briefing> in \(BriefingXMLSchema.namespace)")
        }
        if let version = root.attribute("formatVersion"),
            version.split(separator: ".").first != Briefing.formatVersion.split(separator: ".").first
        {
            throw BriefingError(
                .invalidInput,
                "format version \(version) is not supported (this library reads \(Briefing.formatVersion))",
                location: SourceLocation(line: root.line, column: 1))
        }
        if let issue = try XMLValidator.briefing().validate(document).first {
            throw BriefingError(
                .invalidInput, "not a valid briefing: \(issue.message)",
                location: issue.line.map { SourceLocation(line: $0, column: issue.column ?? 1) })
        }
        return ElementMapping.briefing(root)
    }
}
