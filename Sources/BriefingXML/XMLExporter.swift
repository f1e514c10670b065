import BriefingLibXML
public import BriefingModel

/// Exports a briefing as XML, written with libxml2's streaming `xmlTextWriter`.
///
/// The output is UTF-8, in the namespace ``BriefingXMLSchema/namespace``, carries the
/// `formatVersion`, and is valid against ``BriefingXMLSchema`` (`Schemas/briefing.xsd`). Free text
/// is always element content, so it reads back exactly with ``XMLBriefingReader``.
///
/// Characters that XML 1.0 forbids (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+FFFE,
/// U+FFFF) are replaced with U+FFFD; each string changed gets a
/// `Diagnostic.Code.replacedCharacter` diagnostic, both in the document's
/// `<diagnostics>` and in `ExportResult.diagnostics`.
///
/// The seed article's first section looks like this:
///
/// ```xml
/// <section level="1">
///   <paragraph line="3" column="1">Ukrainian President Volodymyr Zelenskyy has confirmed …</paragraph>
///   <paragraph line="5" column="1">The announcement underscores …</paragraph>
/// </section>
/// ```
public struct XMLExporter: BriefingExporter {
    /// How the XML is laid out.
    public enum Style: Sendable, Hashable {
        /// Each element on its own line, indented by two spaces.
        case pretty
        /// No white space between elements.
        case compact
    }

    /// The layout of the output.
    public var style: Style

    /// Creates an XML exporter.
    public init(style: Style = .pretty) {
        self.style = style
    }

    /// The `xml` format.
    public var format: ExportFormat {
        ExportFormat(
            name: "xml", fileExtension: "xml", mediaType: "application/xml",
            summary: "XML for XML pipelines, valid against briefing.xsd (namespace \(BriefingXMLSchema.namespace))")
    }

    /// Exports `briefing` as UTF-8 XML.
    ///
    /// - Throws: `BriefingError` with code `exportFailed` and libxml2's message when
    ///   libxml2 cannot write the document.
    /// - Complexity: O(*n*) in the size of the briefing.
    public func export(_ briefing: Briefing) throws(BriefingError) -> ExportResult {
        let firstTry = try write(briefing)
        if let bytes = firstTry { return ExportResult(bytes: bytes) }
        // Some text holds characters XML cannot carry: repair them all, then write again.
        let repaired = XMLCharacters.sanitized(briefing)
        guard let bytes = try write(repaired) else {
            throw BriefingError(.exportFailed, "text still holds characters XML cannot carry after repair")
        }
        let added = Array(repaired.diagnostics.dropFirst(briefing.diagnostics.count))
        return ExportResult(bytes: bytes, diagnostics: added)
    }

    /// The bytes, or `nil` if a character XML cannot carry was met.
    private func write(_ briefing: Briefing) throws(BriefingError) -> [UInt8]? {
        let stream = try XMLStreamWriter(indent: style == .pretty)
        var writer = XMLWriter(output: stream)
        writer.visitBriefing(briefing)
        let bytes = try stream.finish()
        return stream.metForbiddenCharacter ? nil : bytes
    }

    /// The briefing as it reads back from this exporter's XML: characters XML cannot carry
    /// replaced with U+FFFD, with the `replaced-character` diagnostics that say so.
    ///
    /// `XMLBriefingReader().read(try XMLExporter().export(briefing).bytes)` equals
    /// `XMLExporter.repairedForXML(briefing)`: use it to check a round trip.
    public static func repairedForXML(_ briefing: Briefing) -> Briefing {
        XMLCharacters.sanitized(briefing)
    }
}
