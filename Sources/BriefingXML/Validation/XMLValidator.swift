import BriefingLibXML
public import BriefingModel

/// Checks documents against the briefing format's XML Schema (``BriefingXMLSchema``) with
/// libxml2, reporting libxml2's messages and lines.
///
/// ```swift
/// let issues = try XMLValidator.briefing().validate(xmlBytes)
/// for issue in issues { print("briefing.xml:\(issue)") }
/// ```
///
/// The compiled schema is read-only and shared: one validator can check documents from many
/// tasks at once. Documents are parsed with safe options (no network, no entity substitution,
/// no DTD), and a document that is not well formed gives its parse error as the one issue.
/// (The validator checks briefings only; it is not a general XML Schema processor.)
public struct XMLValidator: Sendable {
    private let schema: CompiledSchema

    private init(schema: CompiledSchema) {
        self.schema = schema
    }

    private static let shared: Result<XMLValidator, BriefingError> = {
        do throws(BriefingError) {
            return .success(XMLValidator(schema: try CompiledSchema(BriefingXMLSchema.text)))
        } catch {
            return .failure(error)
        }
    }()

    /// The validator for the briefing format, compiled once per process.
    public static func briefing() throws(BriefingError) -> XMLValidator {
        try shared.get()
    }

    /// Validates `document`; an empty result means it is valid.
    public func validate(_ document: RawSpan) -> [XMLValidationIssue] {
        let parsed: ParsedXML
        do {
            parsed = try ParsedXML.parse(document)
        } catch {
            return [
                XMLValidationIssue(message: error.message, line: error.location?.line, column: error.location?.column)
            ]
        }
        return validate(parsed)
    }

    /// Validates `document`, given as bytes in an array.
    public func validate(_ document: [UInt8]) -> [XMLValidationIssue] {
        document.withUnsafeBytes { buffer in buffer.withSpan { validate($0) } }
    }

    /// Validates `document` given as a string.
    public func validate(_ document: String) -> [XMLValidationIssue] {
        validate(Array(document.utf8))
    }

    /// Validates a document already parsed.
    func validate(_ document: ParsedXML) -> [XMLValidationIssue] {
        schema.validate(document).map { XMLValidationIssue(message: $0.message, line: $0.line, column: $0.column) }
    }
}
