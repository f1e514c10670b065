public import BriefingModel
import CLibXML2

/// Checks XML documents against an XML Schema with libxml2, reporting libxml2's messages and lines.
///
/// ```swift
/// let issues = try XMLValidator.briefing().validate(xmlBytes)
/// for issue in issues { print("briefing.xml:\(issue)") }
/// ```
///
/// The compiled schema is read-only and shared: one validator can check documents from many
/// tasks at once. Documents are parsed with safe options (no network, no entity substitution,
/// no DTD), and a document that is not well formed gives its parse error as the one issue.
public struct XMLValidator: Sendable {
    private let schema: CompiledSchema

    /// Compiles a validator from the text of an XML Schema.
    ///
    /// - Throws: `BriefingError` with code `invalidInput` and libxml2's messages
    ///   when the schema does not compile.
    public init(schema text: String) throws(BriefingError) {
        schema = try CompiledSchema(text)
    }

    private static let shared: Result<XMLValidator, BriefingError> = {
        do throws(BriefingError) {
            return .success(try XMLValidator(schema: BriefingXMLSchema.text))
        } catch {
            return .failure(error)
        }
    }()

    /// The validator for the briefing format (``BriefingXMLSchema``), compiled once per process.
    public static func briefing() throws(BriefingError) -> XMLValidator {
        try shared.get()
    }

    /// Validates `document`; an empty result means it is valid.
    public func validate(_ document: [UInt8]) -> [XMLValidationIssue] {
        let parsed: ParsedXML
        do {
            parsed = try ParsedXML.parse(document)
        } catch {
            return [
                XMLValidationIssue(message: error.message, line: error.location?.line, column: error.location?.column)
            ]
        }
        return schema.validate(parsed)
    }

    /// Validates `document` given as a string.
    public func validate(_ document: String) -> [XMLValidationIssue] {
        validate(Array(document.utf8))
    }
}

/// Owns a compiled `xmlSchema` and frees it.
///
/// `@unchecked Sendable`: after compilation libxml2 only reads the schema; every validation
/// makes its own validation context. (Checked under the thread sanitizer in the tests.)
final class CompiledSchema: @unchecked Sendable {
    private let schema: xmlSchemaPtr

    init(_ text: String) throws(BriefingError) {
        LibXML.start()
        let collector = IssueCollector()
        var bytes = Array(text.utf8)
        let compiled: xmlSchemaPtr? = withExtendedLifetime(collector) {
            bytes.withUnsafeMutableBufferPointer { buffer -> xmlSchemaPtr? in
                let pointer = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                guard let context = xmlSchemaNewMemParserCtxt(pointer, Int32(buffer.count)) else { return nil }
                defer { xmlSchemaFreeParserCtxt(context) }
                xmlSchemaSetParserStructuredErrors(context, IssueCollector.callback, collector.userData)
                xmlSetStructuredErrorFunc(collector.userData, IssueCollector.callback)
                defer { xmlSetStructuredErrorFunc(nil, nil) }
                return xmlSchemaParse(context)
            }
        }
        guard let compiled else {
            let messages = collector.issues.map(\.description).joined(separator: "; ")
            throw BriefingError(.invalidInput, "the XML Schema does not compile: \(messages)")
        }
        schema = compiled
    }

    deinit {
        xmlSchemaFree(schema)
    }

    func validate(_ document: ParsedXML) -> [XMLValidationIssue] {
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            return [XMLValidationIssue(message: "libxml2 could not create a validation context")]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = IssueCollector()
        let result = withExtendedLifetime(collector) { () -> Int32 in
            xmlSchemaSetValidStructuredErrors(context, IssueCollector.callback, collector.userData)
            return xmlSchemaValidateDoc(context, document.document)
        }
        if result != 0 && collector.issues.isEmpty {
            return [XMLValidationIssue(message: "the document is not valid (libxml2 gave code \(result))")]
        }
        return collector.issues
    }
}
