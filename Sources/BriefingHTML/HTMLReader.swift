import BriefingLibXML
public import BriefingModel

/// Reads a web page into a `Briefing`: the article's text and structure, without the page's
/// navigation, ads and other boilerplate, and its metadata.
///
/// ```swift
/// let briefing = try HTMLReader().read(Array(pageData))
/// print(briefing.title ?? "", briefing.metadata.authors)
/// ```
///
/// - **Parsing**: libxml2's HTML parser, recovering from any markup, never touching the network,
///   loading no DTD and expanding no entity but HTML's own character references. Its complaints
///   are summed up in a diagnostic.
/// - **Decoding**: by byte-order mark, then the charset the page declares, else UTF-8 with a
///   Windows-1252 fallback; every repair is a diagnostic.
/// - **The article**: found by scoring containers by their paragraphs and pruning boilerplate
///   (see <doc:FindingTheArticle>).
/// - **Structure**: `h1`–`h6` become sections with their levels (a heading equal to the title is
///   not repeated); paragraphs and `br` lines, nested and numbered lists (a bold lead-in becomes
///   an item's label), block quotes, `pre` code, data tables and figure captions become blocks.
/// - **Metadata**: JSON-LD, Open Graph and `article:*` tags, `<time>`, `rel=author`, `<html lang>`
///   and the visible byline fill `Metadata`.
///
/// Time and memory are linear in the page's size; nesting deeper than libxml2's limit (or
/// ``maximumDepth``) is flattened, with a diagnostic.
public struct HTMLReader: BriefingReader {
    /// The default ``maximumInputSize``: 64 MiB.
    public static let defaultMaximumInputSize = 64 << 20

    /// The largest input, in bytes, that ``read(_:)-(RawSpan)`` accepts; larger input is refused
    /// with `BriefingError.Code.inputTooLarge`.
    public var maximumInputSize: Int

    /// Elements nested deeper than this are flattened into their ancestor at this depth.
    public var maximumDepth: Int

    /// Creates a reader.
    ///
    /// - Parameters:
    ///   - maximumInputSize: The largest page accepted, in bytes (default 64 MiB).
    ///   - maximumDepth: The deepest element nesting kept (default 160).
    public init(maximumInputSize: Int = HTMLReader.defaultMaximumInputSize, maximumDepth: Int = 160) {
        self.maximumInputSize = maximumInputSize
        self.maximumDepth = maximumDepth
    }

    /// `html`.
    public var formatName: String { "html" }

    /// `["html", "htm", "xhtml"]`.
    public var fileExtensions: [String] { ["html", "htm", "xhtml"] }

    /// Whether the document starts like a web page: after a byte-order mark, white space and
    /// comments, `<!doctype html`, `<html` or an XML declaration followed by `<html`.
    public func recognises(_ prefix: RawSpan) -> Bool {
        prefix.withUnsafeBytes { HTMLSniffer.looksLikeHTML($0) }
    }

    /// Reads a briefing from the bytes of a web page.
    ///
    /// - Parameter bytes: The page, as it was fetched.
    /// - Returns: The article as a briefing, with diagnostics for repairs, markup errors and a page
    ///   where no article was found.
    /// - Throws: `BriefingError` with code `inputTooLarge` when the page exceeds ``maximumInputSize``.
    public func read(_ bytes: RawSpan) throws(BriefingError) -> Briefing {
        guard bytes.byteCount <= min(maximumInputSize, Int(Int32.max)) else {
            throw BriefingError(
                .inputTooLarge,
                "input is \(bytes.byteCount) bytes, more than the limit of \(min(maximumInputSize, Int(Int32.max))) bytes"
            )
        }
        return try bytes.withUnsafeBytes { buffer throws(BriefingError) in try read(buffer) }
    }

    private func read(_ buffer: UnsafeRawBufferPointer) throws(BriefingError) -> Briefing {
        guard !buffer.isEmpty else {
            return Briefing(diagnostics: [Diagnostic(code: .emptyInput, message: "the page is empty")])
        }
        var decoder = CharsetDecoder()
        let decoded = decoder.decode(buffer)
        let parsed: ParsedHTML
        switch decoded {
        case .utf8(let start):
            parsed = try ParsedHTML.parse(
                utf8: UnsafeRawBufferPointer(rebasing: buffer[start...]), maximumDepth: maximumDepth,
                keepsContent: Self.keepsContent)
        case .transcoded(let bytes):
            parsed = try bytes.withUnsafeBytes { bytes in
                Result { () throws(BriefingError) in
                    try ParsedHTML.parse(utf8: bytes, maximumDepth: maximumDepth, keepsContent: Self.keepsContent)
                }
            }.get()
        case .declared(let name):
            parsed = try ParsedHTML.parse(
                utf8: buffer, maximumDepth: maximumDepth, encoding: name, keepsContent: Self.keepsContent)
        }
        var diagnostics = decoder.diagnostics
        if parsed.issueCount > 0, let first = parsed.issues.first {
            diagnostics.append(
                Diagnostic(
                    severity: .note, code: .htmlMarkup,
                    message: "libxml2 repaired \(parsed.issueCount) markup problem(s); the first: \(first.message)",
                    location: first.line.map { SourceLocation(line: $0, column: max(1, first.column ?? 1)) }))
        }
        if parsed.flattenedElements > 0 {
            diagnostics.append(
                Diagnostic(
                    code: .nestingTooDeep,
                    message: "\(parsed.flattenedElements) element(s) nested deeper than \(maximumDepth) levels "
                        + "were flattened into their ancestor"))
        }
        return build(parsed.root, diagnostics: diagnostics)
    }

    private func build(_ root: HTMLElement, diagnostics: [Diagnostic]) -> Briefing {
        let facts = PageFacts(root)
        let metadataBuilder = MetadataBuilder(facts: facts)
        let metadata = metadataBuilder.metadata()
        let title = metadataBuilder.title(siteName: metadata.siteName)
        let statedBody = metadataBuilder.statedBody
        var extractor = ContentExtractor(root: root, statedBodyLength: statedBody?.count)
        let elements = extractor.extract()
        var builder = BlockBuilder(title: title, authors: metadata.authors)
        var sections = builder.build(elements)
        var all = diagnostics + builder.diagnostics
        if facts.linkedData.unreadable > 0 {
            all.append(
                Diagnostic(
                    severity: .note, code: .unreadableLinkedData,
                    message: "\(facts.linkedData.unreadable) JSON-LD script(s) could not be read and were ignored"))
        }
        let extractedLength = elements.reduce(0) { $0 + $1.textLength }
        if let statedBody, statedBody.count >= 500, extractedLength * 5 < statedBody.count * 2 {
            sections = [BlockBuilder.sectionOfParagraphs(statedBody)]
            all.append(
                Diagnostic(
                    code: .noArticle,
                    message: "the markup yields much less text than the body the page states in its JSON-LD; "
                        + "that body is used instead"))
        } else if sections.isEmpty, let statedBody, !statedBody.isEmpty {
            sections = [BlockBuilder.sectionOfParagraphs(statedBody)]
            all.append(
                Diagnostic(
                    code: .noArticle,
                    message: "no article text found in the markup; the body stated in the page's JSON-LD is used"))
        } else if sections.isEmpty {
            all.append(Diagnostic(code: .noArticle, message: "no article text found in the page"))
        }
        if title == nil {
            all.append(Diagnostic(severity: .note, code: .noTitle, message: "the page gives no title"))
        }
        return Briefing(title: title, metadata: metadata, sections: sections, diagnostics: all)
    }

    /// Whether an element's content is copied out of libxml2's tree at all.
    private static func keepsContent(_ name: String, _ attributes: [(name: String, value: String)]) -> Bool {
        switch name {
        case "style", "noscript", "template", "svg", "math", "iframe", "object", "canvas", "video", "audio", "select":
            return false
        case "script":
            return attributes.contains { $0.name == "type" && $0.value.lowercased().contains("json") }
        default:
            return true
        }
    }
}

extension Diagnostic.Code {
    /// libxml2 met broken markup in a web page and repaired it (a note).
    public static let htmlMarkup: Self = "html-markup"
    /// A web page declares a charset its bytes contradict; the bytes were read as UTF-8.
    public static let declaredCharsetIgnored: Self = "declared-charset-ignored"
    /// A web page is not UTF-8 and declares nothing else; it was read as Windows-1252.
    public static let charsetFallback: Self = "charset-fallback"
    /// No article text was found in a web page.
    public static let noArticle: Self = "no-article"
    /// A JSON-LD script in a web page could not be read (a note).
    public static let unreadableLinkedData: Self = "unreadable-linked-data"
}
