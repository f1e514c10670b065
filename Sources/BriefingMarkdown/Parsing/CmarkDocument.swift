import CCmark

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The one Swift owner of cmark's objects: a parsed CommonMark document, freed when this goes.
///
/// Nodes are handed out as ``Node`` values that are valid only while the document lives; nothing
/// of cmark leaves this module. cmark is re-entrant (a parser and its tree belong to one caller),
/// so documents may be parsed on many threads at once.
final class CmarkDocument {
    private let root: OpaquePointer

    /// Parses `bytes` (UTF-8, already checked: cmark is asked to validate nothing) as CommonMark.
    /// Returns `nil` only when cmark cannot allocate.
    init?(parsing bytes: UnsafeRawBufferPointer) {
        let base = bytes.baseAddress?.assumingMemoryBound(to: CChar.self)
        let empty: CChar = 0
        let parsed = withUnsafePointer(to: empty) { emptyPointer in
            cmark_parse_document(base ?? emptyPointer, bytes.count, CMARK_OPT_DEFAULT)
        }
        guard let parsed else { return nil }
        root = parsed
    }

    deinit {
        cmark_node_free(root)
    }

    /// The document node; valid while `self` lives (use it inside `withExtendedLifetime`).
    var document: Node { Node(pointer: root) }

    /// The version of the cmark library linked, for example `0.30.2`.
    static var libraryVersion: String { String(cString: cmark_version_string()) }
}

/// A node of a ``CmarkDocument``'s tree, borrowed: valid only while its document lives.
struct Node {
    let pointer: OpaquePointer

    enum Kind {
        case document, blockQuote, list, item, codeBlock, htmlBlock, customBlock, paragraph, heading
        case thematicBreak, text, softBreak, lineBreak, code, htmlInline, customInline, emphasis, strong
        case link, image, other
    }

    var kind: Kind {
        switch cmark_node_get_type(pointer) {
        case CMARK_NODE_DOCUMENT: .document
        case CMARK_NODE_BLOCK_QUOTE: .blockQuote
        case CMARK_NODE_LIST: .list
        case CMARK_NODE_ITEM: .item
        case CMARK_NODE_CODE_BLOCK: .codeBlock
        case CMARK_NODE_HTML_BLOCK: .htmlBlock
        case CMARK_NODE_CUSTOM_BLOCK: .customBlock
        case CMARK_NODE_PARAGRAPH: .paragraph
        case CMARK_NODE_HEADING: .heading
        case CMARK_NODE_THEMATIC_BREAK: .thematicBreak
        case CMARK_NODE_TEXT: .text
        case CMARK_NODE_SOFTBREAK: .softBreak
        case CMARK_NODE_LINEBREAK: .lineBreak
        case CMARK_NODE_CODE: .code
        case CMARK_NODE_HTML_INLINE: .htmlInline
        case CMARK_NODE_CUSTOM_INLINE: .customInline
        case CMARK_NODE_EMPH: .emphasis
        case CMARK_NODE_STRONG: .strong
        case CMARK_NODE_LINK: .link
        case CMARK_NODE_IMAGE: .image
        default: .other
        }
    }

    var firstChild: Node? { cmark_node_first_child(pointer).map(Node.init) }
    var next: Node? { cmark_node_next(pointer).map(Node.init) }
    var parent: Node? { cmark_node_parent(pointer).map(Node.init) }

    /// The children, in order.
    var children: Children { Children(first: firstChild) }

    /// The node's literal text (text, code, code blocks, HTML), as bytes borrowed for `body`.
    func withLiteral<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        Self.withBytes(cmark_node_get_literal(pointer), body)
    }

    /// A code block's info string (after the opening fence), as bytes borrowed for `body`.
    func withFenceInfo<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        Self.withBytes(cmark_node_get_fence_info(pointer), body)
    }

    /// A link's or image's destination.
    var url: String {
        Self.withBytes(cmark_node_get_url(pointer)) { String(decoding: $0, as: UTF8.self) }
    }

    private static func withBytes<Result>(
        _ string: UnsafePointer<CChar>?, _ body: (UnsafeBufferPointer<UInt8>) -> Result
    ) -> Result {
        guard let string else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let count = strlen(string)
        return UnsafeRawPointer(string).withMemoryRebound(to: UInt8.self, capacity: count) { start in
            body(UnsafeBufferPointer(start: start, count: count))
        }
    }

    var headingLevel: Int { Int(cmark_node_get_heading_level(pointer)) }
    var isOrderedList: Bool { cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST }
    /// An ordered list's first number (`3.` → 3).
    var listStart: Int { Int(cmark_node_get_list_start(pointer)) }
    var startLine: Int { Int(cmark_node_get_start_line(pointer)) }
    var startColumn: Int { Int(cmark_node_get_start_column(pointer)) }
    var endLine: Int { Int(cmark_node_get_end_line(pointer)) }

    /// The children of a node, iterated by following `next`.
    struct Children: Sequence, IteratorProtocol {
        var current: Node?
        init(first: Node?) { current = first }
        mutating func next() -> Node? {
            defer { current = current?.next }
            return current
        }
    }
}

/// Walks a subtree without recursion (cmark trees may be as deep as the input is long).
enum NodeWalk {
    /// Visits the nodes under `root` (not `root` itself) depth first, calling `body` on entering
    /// each node, and on leaving each node it descended into; `body` returns, on entering,
    /// whether to descend.
    static func walk(under root: Node, _ body: (Node, _ entering: Bool) -> Bool) {
        var node = root.firstChild
        while let current = node {
            if body(current, true), let child = current.firstChild {
                node = child
                continue
            }
            var up = current
            while true {
                if let sibling = up.next {
                    node = sibling
                    break
                }
                guard let parent = up.parent, parent.pointer != root.pointer else {
                    node = nil
                    break
                }
                _ = body(parent, false)
                up = parent
            }
        }
    }
}
