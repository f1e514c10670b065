package import BriefingModel
import CLibXML2

/// Owns a compiled `xmlSchema` and frees it.
///
/// `@unchecked Sendable`: after compilation libxml2 only reads the schema; every validation
/// makes its own validation context. (Checked under the thread sanitizer in the tests.)
package final class CompiledSchema: @unchecked Sendable {
    private let schema: xmlSchemaPtr

    /// Compiles the XML Schema in `text`.
    ///
    /// - Throws: `BriefingError` with libxml2's messages when the schema does not compile.
    package init(_ text: String) throws(BriefingError) {
        LibXML.start()
        let collector = IssueCollector()
        var bytes = Array(text.utf8)
        let compiled: xmlSchemaPtr? = LibXML.collectingErrors(into: collector) {
            bytes.withUnsafeMutableBufferPointer { buffer -> xmlSchemaPtr? in
                let pointer = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                guard let context = xmlSchemaNewMemParserCtxt(pointer, Int32(buffer.count)) else { return nil }
                defer { xmlSchemaFreeParserCtxt(context) }
                xmlSchemaSetParserStructuredErrors(context, IssueCollector.callback, collector.userData)
                return xmlSchemaParse(context)
            }
        }
        guard let compiled else {
            let messages = collector.issues.map(\.message).joined(separator: "; ")
            throw BriefingError(.invalidInput, "the XML Schema does not compile: \(messages)")
        }
        schema = compiled
    }

    deinit {
        xmlSchemaFree(schema)
    }

    /// The issues that make `document` invalid; none when it is valid.
    package func validate(_ document: ParsedXML) -> [LibXMLIssue] {
        guard let context = xmlSchemaNewValidCtxt(schema) else {
            return [LibXMLIssue(message: "libxml2 could not create a validation context")]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        let collector = IssueCollector()
        let result = withExtendedLifetime(collector) { () -> Int32 in
            xmlSchemaSetValidStructuredErrors(context, IssueCollector.callback, collector.userData)
            return xmlSchemaValidateDoc(context, document.document)
        }
        if result != 0 && collector.issues.isEmpty {
            return [LibXMLIssue(message: "the document is not valid (libxml2 gave code \(result))")]
        }
        return collector.issues
    }
}
