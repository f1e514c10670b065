package import BriefingModel
import CLibXML2

/// An HTML page parsed by libxml2's HTML parser and turned into a tree of ``HTMLElement``s.
///
/// The libxml2 document lives only inside ``parse(utf8:maximumDepth:encoding:keepsContent:)``: it is
/// copied into Swift values and freed before the call returns. Parsing recovers from any markup
/// (unclosed tags, stray end tags, broken attributes), never uses the network, never loads a DTD
/// and never substitutes entities other than HTML's own character references.
package struct ParsedHTML {
    /// The root element (`html`), or an empty `html` element when libxml2 made no tree.
    package var root: HTMLElement
    /// What libxml2 complained about (at most ``IssueCollector/limit`` of them).
    package var issues: [LibXMLIssue]
    /// How many issues libxml2 reported in all.
    package var issueCount: Int
    /// How many elements lay deeper than the depth limit; their content was kept, flattened into
    /// the deepest element allowed.
    package var flattenedElements: Int

    /// HTML parser options safe for untrusted input: recover from errors, no network, no
    /// messages printed, no implied DTD fetching.
    package static let safeOptions = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)

    /// Parses UTF-8 HTML.
    ///
    /// - Parameters:
    ///   - bytes: The page, in UTF-8 (the caller has decoded it) or in `encoding`.
    ///   - encoding: The encoding of `bytes`, by a name libxml2 knows (`UTF-8` unless the page
    ///     declares one the caller could not decode itself).
    ///   - maximumDepth: Elements nested deeper than this are flattened into their ancestor at
    ///     this depth, so that walks over the tree stay shallow.
    ///   - keepsContent: Whether the content of an element (by name and attributes) is worth
    ///     copying: the reader skips styles and scripts other than JSON-LD, for instance.
    /// - Throws: `BriefingError` when the page is too large for libxml2.
    package static func parse(
        utf8 bytes: UnsafeRawBufferPointer, maximumDepth: Int = 160,
        encoding: String = "UTF-8",
        keepsContent: @escaping (String, [(name: String, value: String)]) -> Bool = { _, _ in true }
    ) throws(BriefingError) -> ParsedHTML {
        LibXML.start()
        guard bytes.count <= Int(Int32.max) else {
            throw BriefingError(.inputTooLarge, "HTML input of \(bytes.count) bytes is too large for libxml2")
        }
        var result = ParsedHTML(root: HTMLElement(name: "html"), issues: [], issueCount: 0, flattenedElements: 0)
        guard bytes.count > 0, let base = bytes.baseAddress else { return result }
        guard let context = htmlNewParserCtxt() else {
            throw BriefingError(.invalidInput, "libxml2 could not create an HTML parser")
        }
        defer { htmlFreeParserCtxt(context) }
        let collector = IssueCollector()
        let document = LibXML.collectingErrors(into: collector) { () -> htmlDocPtr? in
            htmlCtxtReadMemory(
                context, base.assumingMemoryBound(to: CChar.self), Int32(bytes.count), "page.html", encoding,
                safeOptions)
        }
        result.issues = collector.issues
        result.issueCount = collector.count
        guard let document else { return result }
        defer { xmlFreeDoc(document) }
        if let rootNode = xmlDocGetRootElement(document) {
            var converter = TreeConverter(maximumDepth: maximumDepth, keepsContent: keepsContent)
            result.root = converter.convert(rootNode)
            result.flattenedElements = converter.flattened
        }
        return result
    }
}

/// Copies a libxml2 tree into ``HTMLElement``s without recursion (a page may nest thousands deep).
private struct TreeConverter {
    let maximumDepth: Int
    let keepsContent: (String, [(name: String, value: String)]) -> Bool
    var flattened = 0

    init(maximumDepth: Int, keepsContent: @escaping (String, [(name: String, value: String)]) -> Bool) {
        self.maximumDepth = maximumDepth
        self.keepsContent = keepsContent
    }

    mutating func convert(_ rootNode: xmlNodePtr) -> HTMLElement {
        let root = element(rootNode)
        // Each entry: the libxml2 node whose children are to be copied next, the Swift element
        // that receives them, and the depth of that element.
        var stack: [(next: xmlNodePtr?, target: HTMLElement, depth: Int)] = []
        if keepsContent(root.name, root.attributes) {
            stack.append((rootNode.pointee.children, root, 1))
        }
        while !stack.isEmpty {
            let top = stack.count - 1
            guard let node = stack[top].next else {
                stack.removeLast()
                continue
            }
            stack[top].next = node.pointee.next
            let target = stack[top].target
            switch node.pointee.type {
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    target.children.append(.text(String(cString: content)))
                }
            case XML_ELEMENT_NODE:
                let depth = stack[top].depth
                if depth >= maximumDepth {
                    // Too deep: the element's content goes into `target` itself.
                    flattened += 1
                    if node.pointee.children != nil {
                        stack.append((node.pointee.children, target, depth))
                    }
                    continue
                }
                let child = element(node)
                child.parent = target
                target.children.append(.element(child))
                if node.pointee.children != nil && keepsContent(child.name, child.attributes) {
                    stack.append((node.pointee.children, child, depth + 1))
                }
            default:
                break  // Comments, processing instructions, entity references: not content.
            }
        }
        return root
    }

    private func element(_ node: xmlNodePtr) -> HTMLElement {
        let name = node.pointee.name.map { Self.lowercased(String(cString: $0)) } ?? ""
        var attributes: [(name: String, value: String)] = []
        var property = node.pointee.properties
        while let attribute = property {
            let attributeName = attribute.pointee.name.map { Self.lowercased(String(cString: $0)) } ?? ""
            var value = ""
            if let children = attribute.pointee.children {
                if children.pointee.next == nil, children.pointee.type == XML_TEXT_NODE,
                    let content = children.pointee.content
                {
                    value = String(cString: content)
                } else {
                    value = LibXML.take(xmlNodeListGetString(node.pointee.doc, children, 1)) ?? ""
                }
            }
            attributes.append((attributeName, value))
            property = attribute.pointee.next
        }
        return HTMLElement(name: name, attributes: attributes, line: Int(xmlGetLineNo(node)))
    }

    private static func lowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 &- 0x41 < 26 }) else { return text }
        return String(decoding: text.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
