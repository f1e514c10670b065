package import BriefingModel
package import CLibXML2

/// A parsed XML document, owned: the `xmlDoc` is freed when this object goes.
///
/// Parsing uses ``LibXML/safeParseOptions`` (no network, no entity substitution, no DTD
/// loading) and refuses any document that has a DTD at all, so neither external entities nor
/// entity expansion ("billion laughs") can happen.
package final class ParsedXML {
    package let document: xmlDocPtr

    private init(document: xmlDocPtr) {
        self.document = document
    }

    deinit {
        xmlFreeDoc(document)
    }

    /// Parses `bytes`; a document that is not well formed, or that has a DTD, is an error whose
    /// location is where libxml2 stopped.
    package static func parse(_ bytes: RawSpan, name: String = "briefing.xml") throws(BriefingError) -> ParsedXML {
        LibXML.start()
        guard bytes.byteCount <= Int(Int32.max) else {
            throw BriefingError(.inputTooLarge, "XML input of \(bytes.byteCount) bytes is too large for libxml2")
        }
        guard bytes.byteCount > 0 else {
            throw BriefingError(.invalidInput, "XML is not well formed: the document is empty")
        }
        guard let context = xmlNewParserCtxt() else {
            throw BriefingError(.invalidInput, "libxml2 could not create a parser")
        }
        defer { xmlFreeParserCtxt(context) }
        let collector = IssueCollector()
        let parsed = LibXML.collectingErrors(into: collector) { () -> xmlDocPtr? in
            bytes.withUnsafeBytes { buffer in
                xmlCtxtReadMemory(
                    context, buffer.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(buffer.count), name, nil,
                    LibXML.safeParseOptions)
            }
        }
        guard let document = parsed, context.pointee.wellFormed != 0 else {
            if let document = parsed { xmlFreeDoc(document) }
            let issue = collector.issues.first
            throw BriefingError(
                .invalidInput, "XML is not well formed: \(issue?.message ?? "empty document")",
                location: issue?.line.map { SourceLocation(line: $0, column: max(1, issue?.column ?? 1)) })
        }
        let owner = ParsedXML(document: document)
        if document.pointee.intSubset != nil || document.pointee.extSubset != nil {
            throw BriefingError(.invalidInput, "XML with a DOCTYPE is refused: briefings never need a DTD")
        }
        return owner
    }

    /// The root element.
    package var root: XMLElement? {
        xmlDocGetRootElement(document).map { XMLElement(node: $0, owner: self) }
    }
}

/// An element of a ``ParsedXML`` document; keeps the document alive while in use.
package struct XMLElement {
    package let node: xmlNodePtr
    package let owner: ParsedXML

    /// The element's local name.
    package var name: String { String(cString: node.pointee.name) }

    /// The namespace URI, if any.
    package var namespace: String? {
        node.pointee.ns.flatMap { $0.pointee.href }.map { String(cString: $0) }
    }

    /// The line where the element starts.
    package var line: Int { Int(xmlGetLineNo(node)) }

    /// The child elements, in order (text and comments skipped).
    package var children: [XMLElement] {
        var result: [XMLElement] = []
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { result.append(XMLElement(node: current, owner: owner)) }
            child = current.pointee.next
        }
        return result
    }

    /// The text content of the element and its descendants.
    package var text: String { LibXML.take(xmlNodeGetContent(node)) ?? "" }

    /// An attribute's value, if present.
    package func attribute(_ name: String) -> String? {
        LibXML.take(xmlGetProp(node, name))
    }
}
