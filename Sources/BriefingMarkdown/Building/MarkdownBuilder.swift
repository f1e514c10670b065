import BriefingModel

/// Maps a cmark tree to a briefing: headings to nested sections, paragraphs, lists, quotes, code
/// and images to blocks, inline markup flattened to text.
///
/// Text goes into a few large blocks of memory shared by the whole briefing (`TextBuilder`),
/// blocks into one buffer and list items into another, so a large article costs few allocations.
/// Lists and quotes nest by recursion only down to `Briefing.maximumNestingDepth`; below that,
/// and for inline markup at any depth, the tree is walked without recursion, so that no input can
/// exhaust the stack.
struct MarkdownBuilder {
    private let text = TextBuilder()
    private let blocks = ChildStorage<Block>(capacity: 64)
    /// The items of each depth (0 for top-level lists' own items): nested items never share a
    /// buffer with the items holding them, which would make each buffer hold itself (a cycle, leaked).
    private var itemsAtDepth: [ChildStorage<ListItem>] = []
    /// The text being built for one block; its memory is reused from block to block.
    private var scratch: [UInt8] = []
    /// For each depth of the list being built, the items finished and not yet stored.
    private var itemsByDepth: [ContiguousArray<ListItem>] = []
    private let lineOffset: Int
    /// The body's lines, for paragraphs that may be pipe tables.
    private var lines: LineCursor
    /// The reader of raw HTML blocks, if any.
    private let htmlReader: (any BriefingReader)?

    private(set) var diagnostics: [Diagnostic] = []
    private var nestingReported = false
    private var htmlBlocks = 0
    private var firstHTML: SourceLocation?
    private var htmlComments = 0
    private var htmlRead = 0
    private var htmlEmpty = 0
    private var firstEmptyHTML: SourceLocation?

    // The outline, as `OutlineBuilder` in the plain-text reader assembles it.
    private var roots: [Section] = []
    private var open: [Section] = []
    private var blocksStart = 0
    private var lede: Section?

    /// A builder for a body whose first line is line `lineOffset + 1` of the input, reading raw
    /// HTML blocks with `htmlReader` when there is one.
    init(lineOffset: Int, body: UnsafeBufferPointer<UInt8>, htmlReader: (any BriefingReader)? = nil) {
        self.lineOffset = lineOffset
        self.lines = LineCursor(body)
        self.htmlReader = htmlReader
        scratch.reserveCapacity(1024)
    }

    private func location(_ node: Node) -> SourceLocation {
        SourceLocation(line: node.startLine + lineOffset, column: node.startColumn)
    }

    // MARK: The document

    /// Builds the title and sections from the document's top-level blocks.
    ///
    /// - Parameter knownTitle: The front matter's title: `.some(nil)` when it says there is none,
    ///   `nil` when it says nothing. A lone `#` heading is the title when the front matter gives
    ///   none, and is dropped as a repeat of it when its text is the front matter's title.
    mutating func build(
        _ document: Node, knownTitle: String??
    ) -> (
        title: String?, titleLocation: SourceLocation?, sections: [Section]
    ) {
        var topHeadings = 0
        for node in document.children where node.kind == .heading && node.headingLevel == 1 {
            topHeadings += 1
            if topHeadings > 1 { break }
        }
        var title: String? = knownTitle ?? nil
        var titleLocation: SourceLocation? = nil
        for node in document.children {
            switch node.kind {
            case .heading:
                let level = min(6, max(1, node.headingLevel))
                let heading = inlineSlice(of: node)
                if level == 1 && topHeadings == 1 && titleLocation == nil
                    && (knownTitle == nil || knownTitle == .some(heading.string))
                {
                    title = heading.string
                    titleLocation = location(node)
                } else {
                    addHeading(heading, level: level, location: location(node))
                }
            case .thematicBreak:
                break
            case .htmlBlock where htmlReader != nil:
                embed(node)
            case .paragraph where node.endLine > node.startLine:
                if let table = pipeTable(node) {
                    for block in table { blocks.append(block) }
                } else if let block = block(node) {
                    blocks.append(block)
                }
            default:
                if let block = block(node) { blocks.append(block) }
            }
        }
        finishBlocks()
        while !open.isEmpty { closeLast() }
        if let lede { roots.insert(lede, at: 0) }
        finishDiagnostics()
        return (title, titleLocation, roots)
    }

    private mutating func finishDiagnostics() {
        if htmlRead > 0 {
            diagnostics.append(
                Diagnostic(
                    severity: .note, code: .rawHTML,
                    message: "\(htmlRead) raw HTML block(s) read through the HTML reader"))
        }
        if htmlEmpty > 0 {
            diagnostics.append(
                Diagnostic(
                    code: .rawHTML,
                    message: "\(htmlEmpty) raw HTML block(s) gave no text through the HTML reader and were left out",
                    location: firstEmptyHTML))
        }
        if htmlBlocks > 0 {
            diagnostics.append(
                Diagnostic(
                    code: .rawHTML,
                    message: "\(htmlBlocks) raw HTML block(s) kept as paragraphs of their text, tags and all",
                    location: firstHTML))
        }
        if htmlComments > 0 {
            diagnostics.append(
                Diagnostic(
                    severity: .note, code: .rawHTML, message: "\(htmlComments) HTML comment block(s) left out"))
        }
    }

    private mutating func addHeading(_ heading: TextSlice, level: Int, location: SourceLocation) {
        finishBlocks()
        while let last = open.last, last.level >= level { closeLast() }
        open.append(Section(headingSlice: heading, level: level, location: location, children: [], sections: []))
    }

    private mutating func finishBlocks() {
        let list = blocks.list(from: blocksStart)
        blocksStart = blocks.count
        if open.isEmpty {
            if !list.isEmpty {
                lede = Section(headingSlice: nil, level: 1, location: nil, children: list, sections: [])
            }
        } else {
            open[open.count - 1].blocks = list
        }
    }

    private mutating func closeLast() {
        let section = open.removeLast()
        if open.isEmpty {
            roots.append(section)
        } else {
            open[open.count - 1].sections.append(section)
        }
    }

    // MARK: Blocks

    /// The block a top-level node makes, if any.
    private mutating func block(_ node: Node) -> Block? {
        switch node.kind {
        case .paragraph:
            if let figure = figure(node) { return .figure(figure) }
            return .paragraph(Paragraph(textSlice: inlineSlice(of: node), location: location(node)))
        case .list:
            return .list(list(node, depth: 1))
        case .blockQuote:
            return .quote(quote(node, depth: 1))
        case .codeBlock:
            return .code(codeBlock(node))
        case .htmlBlock:
            return html(node)
        case .thematicBreak:
            return nil
        default:
            scratch.removeAll(keepingCapacity: true)
            appendBlockText(of: node)
            guard !scratch.isEmpty else { return nil }
            return .paragraph(Paragraph(textSlice: store(), location: location(node)))
        }
    }

    /// A paragraph that is one image and nothing else: a figure, its alternative text the caption.
    private mutating func figure(_ node: Node) -> Figure? {
        guard let image = node.firstChild, image.kind == .image, image.next == nil else { return nil }
        let url = image.url
        return Figure(caption: inlineSlice(of: image).string, source: url.isEmpty ? nil : url, location: location(node))
    }

    private func codeBlock(_ node: Node) -> CodeBlock {
        var code = node.withLiteral { String(decoding: $0, as: UTF8.self) }
        if code.utf8.last == 0x0A { code.removeLast() }
        // cmark trims the info string before it resolves escapes and references, which may stand
        // for white space that is then kept.
        let language = node.withFenceInfo { String(decoding: $0, as: UTF8.self) }
        return CodeBlock(text: code, language: language.isEmpty ? nil : language, location: location(node))
    }

    /// An HTML block: a comment is left out; anything else is kept as a paragraph of its text.
    private mutating func html(_ node: Node) -> Block? {
        if isComment(node) {
            htmlComments += 1
            return nil
        }
        htmlBlocks += 1
        if firstHTML == nil { firstHTML = location(node) }
        return .paragraph(Paragraph(textSlice: store(), location: location(node)))
    }

    /// Whether an HTML block is a comment alone (or empty), leaving its text, folded onto one line,
    /// in the scratch buffer.
    private mutating func isComment(_ node: Node) -> Bool {
        scratch.removeAll(keepingCapacity: true)
        node.withLiteral { appendFolded($0) }
        trimScratch()
        return scratch.starts(with: "<!--".utf8) && scratch.reversed().starts(with: ">--".utf8)
            && !scratch.dropFirst(4).dropLast(3).contains(0x3E) || scratch.isEmpty
    }

    /// A top-level HTML block read through the HTML reader: its headings open sections and its
    /// blocks are added in place. A comment is left out; a block the reader fails on is kept as
    /// text, as without a reader.
    private mutating func embed(_ node: Node) {
        guard let htmlReader else { return }
        if isComment(node) {
            htmlComments += 1
            return
        }
        let here = location(node)
        let literal = node.withLiteral { Array($0) }
        guard let fragment = EmbeddedHTML(literal, reader: htmlReader, at: here) else {
            if let block = html(node) { blocks.append(block) }
            return
        }
        guard !fragment.parts.isEmpty else {
            htmlEmpty += 1
            if firstEmptyHTML == nil { firstEmptyHTML = here }
            return
        }
        htmlRead += 1
        diagnostics += fragment.problems
        for part in fragment.parts {
            switch part {
            case .heading(let heading, let level, let location):
                scratch.removeAll(keepingCapacity: true)
                scratch.append(contentsOf: heading.utf8)
                addHeading(store(), level: min(6, max(1, level)), location: location ?? here)
            case .block(let block):
                blocks.append(block)
            }
        }
    }

    // MARK: Tables

    /// The blocks of a top-level paragraph whose lines hold a GitHub pipe table (which cmark
    /// without its GFM extensions reads as a paragraph): the lines before the header, if any, as a
    /// paragraph, then the table. `nil` for any other paragraph.
    ///
    /// The cells' inline markup is flattened as a paragraph's is, by cmark: the cells (and the
    /// lines before the table) are parsed together as one small document, a paragraph each.
    private mutating func pipeTable(_ node: Node) -> [Block]? {
        let source = lines.lines(node.startLine, through: node.endLine)
        // A delimiter row is all `|`, `-`, `:` and blanks, with a `|` and a `-`: checked before
        // anything is split.
        let mayBeTable = source.dropFirst().contains { line in
            line.contains(UInt8(ascii: "|")) && line.contains(UInt8(ascii: "-"))
                && line.allSatisfy {
                    [0x20, 0x09, UInt8(ascii: "|"), UInt8(ascii: "-"), UInt8(ascii: ":")].contains($0)
                }
        }
        guard mayBeTable, let (headerLine, rows) = PipeTable.recognise(source) else { return nil }
        var document: [UInt8] = []
        for line in source[..<headerLine] {
            document.append(contentsOf: line)
            document.append(0x0A)
        }
        if headerLine > 0 { document.append(0x0A) }
        // Each cell after `x `, so that nothing in it can start a block (`- 5`, `# 1`).
        for cell in rows.joined() {
            document.append(contentsOf: "x ".utf8)
            document.append(contentsOf: cell)
            document.append(contentsOf: "\n\n".utf8)
        }
        guard let parsed = document.withUnsafeBytes({ CmarkDocument(parsing: $0) }) else { return nil }
        return withExtendedLifetime(parsed) { () -> [Block]? in
            var paragraphs = parsed.document.children.makeIterator()
            var blocks: [Block] = []
            if headerLine > 0 {
                guard let prefix = paragraphs.next(), prefix.kind == .paragraph else { return nil }
                blocks.append(.paragraph(Paragraph(textSlice: inlineSlice(of: prefix), location: location(node))))
            }
            var table: [[String]] = []
            for row in rows {
                var cells: [String] = []
                for _ in row {
                    guard let cell = paragraphs.next(), cell.kind == .paragraph else { return nil }
                    scratch.removeAll(keepingCapacity: true)
                    appendInline(of: cell)
                    // The `x ` written before the cell.
                    scratch.removeFirst(min(scratch.count, scratch.count > 1 && scratch[1] == 0x20 ? 2 : 1))
                    cells.append(String(decoding: scratch, as: UTF8.self))
                }
                table.append(cells)
            }
            guard paragraphs.next() == nil else { return nil }
            let header = source[headerLine]
            let indent = header.prefix { $0 == 0x20 || $0 == 0x09 }.count
            let here = SourceLocation(line: lineOffset + node.startLine + headerLine, column: indent + 1)
            blocks.append(.table(Table(rows: table, headerRowCount: 1, location: here)))
            return blocks
        }
    }

    // MARK: Lists

    private mutating func list(_ node: Node, depth: Int) -> ListBlock {
        if itemsByDepth.count < depth { itemsByDepth.append([]) }
        itemsByDepth[depth - 1].removeAll(keepingCapacity: true)
        for child in node.children where child.kind == .item {
            itemsByDepth[depth - 1].append(item(child, depth: depth))
            if depth == Briefing.maximumNestingDepth {
                // Lists nested deeper are kept as siblings at this depth.
                for nested in child.children where nested.kind == .list {
                    reportNesting(nested)
                    flattenedItems(under: nested, depth: depth)
                }
            }
        }
        while itemsAtDepth.count < depth { itemsAtDepth.append(ChildStorage(capacity: 16)) }
        let list = itemsAtDepth[depth - 1].append(contentsOf: itemsByDepth[depth - 1])
        itemsByDepth[depth - 1].removeAll(keepingCapacity: true)
        let location = node.firstChild.map(location) ?? location(node)
        let ordered = node.isOrderedList
        return ListBlock(ordered: ordered, start: ordered ? node.listStart : 1, children: list, location: location)
    }

    /// Every item under `list`, however deep, as items of the list at `depth`, without recursion.
    private mutating func flattenedItems(under list: Node, depth: Int) {
        NodeWalk.walk(under: list) { node, entering in
            guard entering else { return true }
            if node.kind == .item {
                let made = ListItem(
                    labelSlice: nil, textSlice: itemText(node, from: node.firstChild), children: [],
                    location: location(node))
                itemsByDepth[depth - 1].append(made)
                return true
            }
            return node.kind == .list
        }
    }

    private mutating func item(_ node: Node, depth: Int) -> ListItem {
        var label: TextSlice?
        let textSlice: TextSlice
        if let first = node.firstChild, first.kind == .paragraph, let found = labelled(first) {
            // The text after the label is in the scratch buffer already.
            label = found
            textSlice = itemText(node, from: first.next, keepingScratch: true)
        } else {
            textSlice = itemText(node, from: node.firstChild)
        }
        var children = ChildList<ListItem>()
        if depth < Briefing.maximumNestingDepth {
            for child in node.children where child.kind == .list {
                let nested = list(child, depth: depth + 1)
                if children.isEmpty {
                    children = nested.items
                } else {
                    // Two lists in one item (a bullet list, then a numbered one): their items together.
                    children = itemsAtDepth[depth].append(contentsOf: Array(children) + Array(nested.items))
                }
            }
        }
        return ListItem(labelSlice: label, textSlice: textSlice, children: children, location: location(node))
    }

    /// The text of an item: its blocks from `first` on, lists aside, joined by spaces.
    private mutating func itemText(_ item: Node, from first: Node?, keepingScratch: Bool = false) -> TextSlice {
        if !keepingScratch { scratch.removeAll(keepingCapacity: true) }
        var node = first
        while let current = node {
            if current.kind != .list {
                if !scratch.isEmpty { scratch.append(0x20) }
                if current.kind == .paragraph {
                    appendInline(of: current)
                } else {
                    appendBlockText(of: current)
                }
            }
            node = current.next
        }
        return store()
    }

    /// The label of an item whose first paragraph starts `**Label:** text`, `**Label**: text` or
    /// `Label: text` (the last by `LabelRule`, inside the first run of text), leaving the text
    /// after it in the scratch buffer; `nil` (and the scratch buffer undefined) for other items.
    private mutating func labelled(_ paragraph: Node) -> TextSlice? {
        guard let first = paragraph.firstChild else { return nil }
        scratch.removeAll(keepingCapacity: true)
        var skip = 0
        if first.kind == .strong {
            appendInline(of: first)
            if scratch.last == UInt8(ascii: ":") {
                scratch.removeLast()
            } else if let next = first.next, next.kind == .text,
                next.withLiteral({ $0.first == UInt8(ascii: ":") })
            {
                skip = 1
            } else {
                return nil
            }
            guard !scratch.isEmpty else { return nil }
        } else if first.kind == .text {
            guard let colon = first.withLiteral({ LabelRule.labelColon($0) }) else { return nil }
            first.withLiteral { scratch.append(contentsOf: $0[..<colon]) }
            skip = colon + 1
        } else {
            return nil
        }
        let label = store()
        scratch.removeAll(keepingCapacity: true)
        var sibling: Node? = first.kind == .text ? first : first.next
        while let current = sibling {
            appendInline(of: current)
            sibling = current.next
        }
        // The colon, and one space after it.
        scratch.removeFirst(min(skip, scratch.count))
        if scratch.first == 0x20 { scratch.removeFirst() }
        return label
    }

    // MARK: Quotes

    private mutating func quote(_ node: Node, depth: Int) -> Quote {
        // The attribution: a last paragraph that starts `— ` (or is `—` alone).
        var attribution: TextSlice?
        var attributionNode: Node?
        var last: Node?
        for child in node.children { last = child }
        if let last, last.kind == .paragraph, let first = last.firstChild, first.kind == .text {
            let dash: [UInt8] = [0xE2, 0x80, 0x94]
            let isAttribution = first.withLiteral { literal in
                literal.starts(with: dash)
                    && (literal.count == 3 ? first.next == nil : literal[3] == 0x20)
            }
            if isAttribution {
                scratch.removeAll(keepingCapacity: true)
                appendInline(of: last)
                scratch.removeFirst(min(scratch.count, 4))
                attribution = store()
                attributionNode = last
            }
        }
        scratch.removeAll(keepingCapacity: true)
        for child in node.children where child.kind != .blockQuote && child.pointer != attributionNode?.pointer {
            if !scratch.isEmpty { scratch.append(0x20) }
            if child.kind == .paragraph { appendInline(of: child) } else { appendBlockText(of: child) }
        }
        let text = store()
        var quotes: [Quote] = []
        for child in node.children where child.kind == .blockQuote {
            if depth + 1 < Briefing.maximumNestingDepth {
                quotes.append(quote(child, depth: depth + 1))
            } else {
                reportNesting(child)
                // The quote at the deepest level, and those nested in it, are kept as siblings at
                // that level, without recursion.
                quotes.append(flatQuote(child))
                NodeWalk.walk(under: child) { nested, entering in
                    guard entering else { return true }
                    if nested.kind == .blockQuote { quotes.append(flatQuote(nested)) }
                    return nested.kind == .blockQuote
                }
            }
        }
        return Quote(textSlice: text, attributionSlice: attribution, quotes: quotes, location: location(node))
    }

    /// A quote of the text of `node`'s blocks other than the quotes in it.
    private mutating func flatQuote(_ node: Node) -> Quote {
        scratch.removeAll(keepingCapacity: true)
        for child in node.children where child.kind != .blockQuote {
            if !scratch.isEmpty { scratch.append(0x20) }
            appendBlockText(of: child)
        }
        return Quote(textSlice: store(), attributionSlice: nil, quotes: [], location: location(node))
    }

    private mutating func reportNesting(_ node: Node) {
        guard !nestingReported else { return }
        nestingReported = true
        diagnostics.append(
            Diagnostic(
                code: .nestingTooDeep,
                message: "lists or quotes nested deeper than \(Briefing.maximumNestingDepth) levels; "
                    + "the deeper ones are kept at that depth",
                location: location(node)))
    }

    // MARK: Text

    /// The inline content of `node`, flattened, as text of the briefing.
    private mutating func inlineSlice(of node: Node) -> TextSlice {
        scratch.removeAll(keepingCapacity: true)
        appendInline(of: node)
        return store()
    }

    /// Stores the scratch text and returns its slice.
    private mutating func store() -> TextSlice {
        guard !scratch.isEmpty else { return TextSlice() }
        return scratch.withUnsafeBufferPointer { source in
            text.append(count: source.count) { target in
                _ = target.initialize(fromContentsOf: source)
                return source.count
            }
        }
    }

    /// Appends the text of an inline node or of a block's inline content: text and code as
    /// written, breaks as spaces, HTML tags left out, links as their text, images as their
    /// alternative text.
    private mutating func appendInline(of node: Node) {
        if appendLeaf(node) { return }
        NodeWalk.walk(under: node) { child, entering in
            guard entering else { return false }
            return !appendLeaf(child)
        }
    }

    /// Appends a leaf's text and returns `true`, or returns `false` for a container.
    private mutating func appendLeaf(_ node: Node) -> Bool {
        switch node.kind {
        case .text, .code:
            node.withLiteral { scratch.append(contentsOf: $0) }
            return true
        case .softBreak, .lineBreak:
            scratch.append(0x20)
            return true
        case .htmlInline, .thematicBreak:
            return true
        case .codeBlock, .htmlBlock:
            if !scratch.isEmpty && scratch.last != 0x20 { scratch.append(0x20) }
            node.withLiteral { appendFolded($0) }
            trimScratch()
            return true
        default:
            return false
        }
    }

    /// Appends the text of any block, blocks inside it joined by spaces.
    private mutating func appendBlockText(of node: Node) {
        if appendLeaf(node) { return }
        NodeWalk.walk(under: node) { child, entering in
            guard entering else { return false }
            switch child.kind {
            case .paragraph, .heading, .item:
                if !scratch.isEmpty && scratch.last != 0x20 { scratch.append(0x20) }
                return true
            default:
                return !appendLeaf(child)
            }
        }
    }

    /// Appends `bytes` with line breaks as spaces.
    private mutating func appendFolded(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes { scratch.append(byte == 0x0A || byte == 0x0D ? 0x20 : byte) }
    }

    private mutating func trimScratch() {
        while scratch.last == 0x20 { scratch.removeLast() }
    }
}
