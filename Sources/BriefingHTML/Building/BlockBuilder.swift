import BriefingLibXML
import BriefingModel

/// Turns the article's elements into blocks and sections: headings, paragraphs, `br` lines,
/// lists (nested, numbered, `Label: text` items), quotes, code, tables and figure captions.
struct BlockBuilder {
    /// The title, folded for comparison: a heading equal to it is not repeated.
    let foldedTitle: String?
    private let text = TextBuilder()
    private var outline = OutlineBuilder()
    private var inline = InlineText()
    private var inlineLine = 0
    private(set) var diagnostics: [Diagnostic] = []
    private var flattenedLists = 0

    /// The deepest nesting of lists and quotes kept; deeper ones are flattened into their parent.
    static let maximumNesting = 16

    /// The authors the metadata names: a short "By …" paragraph naming them is not article text.
    let authors: [String]

    init(title: String?, authors: [String] = []) {
        foldedTitle = title.map(Self.folded)
        self.authors = authors
    }

    mutating func build(_ elements: [HTMLElement]) -> [Section] {
        for element in elements {
            if ElementHints.blockNames.contains(element.name) {
                block(element)
            } else {
                inlineContent(element)
                flush()
            }
        }
        flush()
        if flattenedLists > 0 {
            diagnostics.append(
                Diagnostic(
                    code: .nestingTooDeep,
                    message: "\(flattenedLists) list(s) or quote(s) nested deeper than \(Self.maximumNesting) "
                        + "levels were flattened into their parent"))
        }
        return outline.finish()
    }

    // MARK: Blocks

    private mutating func walk(_ element: HTMLElement) {
        for child in element.children {
            switch child {
            case .text(let value):
                if inline.isEmpty { inlineLine = element.line }
                inline.append(value)
            case .element(let child):
                guard !child.isRemoved else { continue }
                if ElementHints.blockNames.contains(child.name) || child.name.contains("-") {
                    flush()
                    block(child)
                    flush()
                } else {
                    inlineElement(child)
                }
            }
        }
    }

    private mutating func inlineElement(_ element: HTMLElement) {
        switch element.name {
        case "br":
            inline.lineBreak()
        case "img", "wbr":
            break
        default:
            walk(element)
        }
    }

    private mutating func inlineContent(_ element: HTMLElement) {
        inlineElement(element)
    }

    /// An `<ol start>` value by HTML's rules for parsing integers: white space, an optional sign
    /// and digits, anything after them ignored; 1 when there are no digits or they overflow.
    static func listStart(_ value: String?) -> Int {
        guard let value else { return 1 }
        var bytes = Substring(value).utf8.drop { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0C || $0 == 0x0D }
        var sign = 1
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            sign = first == UInt8(ascii: "-") ? -1 : 1
            bytes = bytes.dropFirst()
        }
        let digits = bytes.prefix { (0x30...0x39).contains($0) }
        guard !digits.isEmpty, digits.count <= 18 else { return 1 }
        return sign * digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
    }

    private mutating func block(_ element: HTMLElement) {
        let location = SourceLocation(line: max(1, element.line), column: 1)
        switch element.name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            flush()
            var heading = InlineText()
            gather(element, into: &heading)
            let bytes = heading.take()
            guard !bytes.isEmpty else { return }
            let string = String(decoding: bytes, as: UTF8.self)
            if isTitle(string) || element.name == "h1" && !hasContent { return }
            let level = Int(element.name.utf8.last! - UInt8(ascii: "0"))
            outline.startSection(heading: store(bytes), level: level, location: location)
        case "ul", "ol":
            flush()
            let items = listItems(element, depth: 1)
            if !items.isEmpty {
                let ordered = element.name == "ol"
                let start = ordered ? Self.listStart(element.attribute("start")) : 1
                add(.list(ListBlock(ordered: ordered, start: start, children: ChildList(items), location: location)))
            }
        case "dl":
            flush()
            let items = definitionItems(element)
            if !items.isEmpty {
                add(.list(ListBlock(ordered: false, children: ChildList(items), location: location)))
            }
        case "blockquote":
            flush()
            if let quote = quote(element, depth: 1) { add(.quote(quote)) }
        case "pre":
            flush()
            let code = Self.rawText(element)
            let trimmed = code.trimmingTrailingWhitespace.drop { $0 == "\n" || $0 == "\r" }
            if !trimmed.isEmpty {
                add(.code(CodeBlock(text: String(trimmed), language: Self.codeLanguage(element), location: location)))
            }
        case "table":
            flush()
            if ContentExtractor.isDataTableShape(element) {
                if let table = table(element, location: location) { add(.table(table)) }
            } else {
                walk(element)
            }
        case "figure":
            flush()
            figure(element, location: location)
        case "figcaption", "caption":
            break  // Only inside a figure or a table, where they are read.
        case "hr":
            flush()
        case "td", "th":
            walk(element)
            inline.separate()
        default:
            walk(element)
        }
    }

    /// Whether a heading repeats the title: equal to it once folded, or one holding the other
    /// (a headline with the site's wording around it).
    private func isTitle(_ heading: String) -> Bool {
        guard let foldedTitle else { return false }
        let folded = Self.folded(heading)
        if folded == foldedTitle { return true }
        guard folded.count >= 12 && foldedTitle.count >= 12 else { return false }
        return folded.contains(foldedTitle) || foldedTitle.contains(folded)
    }

    /// Whether any block has been added yet (an `h1` before the first one is the headline).
    private var hasContent = false

    private mutating func add(_ block: Block) {
        hasContent = true
        outline.add(block)
    }

    /// Ends the paragraph being gathered, if any.
    private mutating func flush() {
        let bytes = inline.take()
        guard !bytes.isEmpty else { return }
        if bytes.count <= 160 && BoilerplateText.isBoilerplate(String(decoding: bytes, as: UTF8.self), authors: authors)
        {
            return
        }
        add(
            .paragraph(
                Paragraph(textSlice: store(bytes), location: SourceLocation(line: max(1, inlineLine), column: 1))))
    }

    // MARK: Inline text of a whole element

    /// All the text of `element` as one run (blocks inside it separated by spaces or line breaks).
    private func gather(_ element: HTMLElement, into text: inout InlineText, skippingLists: Bool = false) {
        for child in element.children {
            switch child {
            case .text(let value): text.append(value)
            case .element(let child):
                guard !child.isRemoved else { continue }
                switch child.name {
                case "br": text.lineBreak()
                case "img", "wbr": break
                case "ul", "ol",
                    "dl" where skippingLists:
                    break
                case "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre":
                    if !text.isEmpty { text.lineBreak() }
                    gather(child, into: &text, skippingLists: skippingLists)
                    text.lineBreak()
                case "td", "th":
                    gather(child, into: &text, skippingLists: skippingLists)
                    text.separate()
                default:
                    gather(child, into: &text, skippingLists: skippingLists)
                }
            }
        }
    }

    // MARK: Lists

    private mutating func listItems(_ list: HTMLElement, depth: Int) -> [ListItem] {
        var items: [ListItem] = []
        for child in list.elements where !child.isRemoved {
            if child.name == "li" {
                if let item = listItem(child, depth: depth) { items.append(item) }
            } else if child.name == "ul" || child.name == "ol" {
                // A list straight inside a list: its items belong to the previous item.
                let nested = listItems(child, depth: depth + 1)
                if var last = items.popLast() {
                    last.items.append(contentsOf: nested)
                    items.append(last)
                } else {
                    items += nested
                }
            } else {
                var text = InlineText()
                gather(child, into: &text)
                let bytes = text.take()
                if !bytes.isEmpty {
                    items.append(plainItem(bytes, at: SourceLocation(line: max(1, child.line), column: 1)))
                }
            }
        }
        return items
    }

    private mutating func listItem(_ element: HTMLElement, depth: Int) -> ListItem? {
        var text = InlineText()
        gather(element, into: &text, skippingLists: depth < Self.maximumNesting)
        var bytes = text.take()
        var nested: [ListItem] = []
        if depth < Self.maximumNesting {
            for child in Self.nestedLists(element) {
                nested += listItems(child, depth: depth + 1)
            }
        } else if !Self.nestedLists(element).isEmpty {
            flattenedLists += 1
        }
        guard !bytes.isEmpty || !nested.isEmpty else { return nil }
        var label: TextSlice?
        if let lead = Self.boldLeadIn(element) {
            let leadBytes = Array(lead.utf8)
            if bytes.starts(with: leadBytes) {
                var rest = bytes[leadBytes.count...].drop { $0 == 0x20 }
                if rest.first == UInt8(ascii: ":") { rest = rest.dropFirst().drop { $0 == 0x20 || $0 == 0x0A } }
                var labelBytes = leadBytes
                while let last = labelBytes.last, last == UInt8(ascii: ":") || last == 0x20 { labelBytes.removeLast() }
                if !labelBytes.isEmpty && !rest.isEmpty {
                    label = store(labelBytes)
                    bytes = Array(rest)
                }
            }
        }
        return ListItem(
            labelSlice: label, textSlice: store(bytes), children: ChildList(nested),
            location: SourceLocation(line: max(1, element.line), column: 1))
    }

    /// The lists inside a list item (not inside a nested list of it).
    private static func nestedLists(_ element: HTMLElement) -> [HTMLElement] {
        var found: [HTMLElement] = []
        var stack = element.elements.reversed() as [HTMLElement]
        while let current = stack.popLast() {
            guard !current.isRemoved else { continue }
            if current.name == "ul" || current.name == "ol" {
                found.append(current)
            } else {
                stack.append(contentsOf: current.elements.reversed())
            }
        }
        return found
    }

    /// The bold lead-in of a list item (`<b>Label:</b> text` or `<strong>Label</strong>: text`),
    /// when the item starts with one and it ends in a colon or is followed by one.
    private static func boldLeadIn(_ item: HTMLElement) -> String? {
        var index = 0
        let children = item.children
        // Skip leading white space and a wrapping paragraph.
        var container = item
        while true {
            let meaningful = container.children.filter {
                if case .text(let text) = $0 { return !text.allSatisfy(\.isWhitespace) }
                return true
            }
            if let first = meaningful.first, case .element(let element) = first, element.name == "p" {
                container = element
                continue
            }
            break
        }
        _ = children
        var lead: HTMLElement?
        for child in container.children {
            if case .text(let text) = child, text.allSatisfy(\.isWhitespace) { continue }
            if case .element(let element) = child, ["b", "strong"].contains(element.name) { lead = element }
            break
        }
        guard let lead else { return nil }
        var text = InlineText()
        var stack: [HTMLElement] = [lead]
        while let current = stack.popLast() {
            for child in current.children {
                if case .text(let value) = child { text.append(value) }
                if case .element(let element) = child { stack.append(element) }
            }
            index += 1
        }
        let string = text.takeString()
        guard !string.isEmpty, string.count <= 80 else { return nil }
        if string.hasSuffix(":") { return string }
        // Followed by a colon?
        var after = false
        for child in container.children {
            if case .element(let element) = child, element === lead {
                after = true
                continue
            }
            guard after else { continue }
            if case .text(let value) = child {
                let trimmed = value.drop { $0.isWhitespace }
                if trimmed.isEmpty { continue }
                return trimmed.first == ":" ? string : nil
            }
            return nil
        }
        return nil
    }

    private mutating func definitionItems(_ list: HTMLElement) -> [ListItem] {
        var items: [ListItem] = []
        var term: [UInt8]?
        for child in list.elements where !child.isRemoved {
            var text = InlineText()
            gather(child, into: &text)
            let bytes = text.take()
            guard !bytes.isEmpty else { continue }
            let location = SourceLocation(line: max(1, child.line), column: 1)
            if child.name == "dt" {
                if let pending = term {
                    items.append(plainItem(pending, at: location))
                }
                term = bytes
            } else {
                items.append(
                    ListItem(
                        labelSlice: term.map { store($0) }, textSlice: store(bytes), children: ChildList(),
                        location: location))
                term = nil
            }
        }
        if let term {
            items.append(plainItem(term, at: SourceLocation(line: max(1, list.line), column: 1)))
        }
        return items
    }

    // MARK: Quotes, code, tables, figures

    private mutating func quote(_ element: HTMLElement, depth: Int) -> Quote? {
        var text = InlineText()
        var attribution: [UInt8] = []
        var nested: [Quote] = []
        var stack: [(HTMLElement, Int)] = []
        quoteParts(element, text: &text, attribution: &attribution, nested: &nested, depth: depth, stack: &stack)
        let bytes = text.take()
        guard !bytes.isEmpty || !nested.isEmpty else { return nil }
        var cleanAttribution = attribution[...].drop { $0 == 0x20 || $0 == UInt8(ascii: "-") || $0 >= 0xE2 && false }
        if cleanAttribution.starts(with: [0xE2, 0x80, 0x94]) || cleanAttribution.starts(with: [0xE2, 0x80, 0x93]) {
            cleanAttribution = cleanAttribution.dropFirst(3).drop { $0 == 0x20 }
        }
        return Quote(
            textSlice: store(bytes), attributionSlice: cleanAttribution.isEmpty ? nil : store(Array(cleanAttribution)),
            quotes: nested, location: SourceLocation(line: max(1, element.line), column: 1))
    }

    private mutating func quoteParts(
        _ element: HTMLElement, text: inout InlineText, attribution: inout [UInt8], nested: inout [Quote], depth: Int,
        stack: inout [(HTMLElement, Int)]
    ) {
        for child in element.children {
            switch child {
            case .text(let value): text.append(value)
            case .element(let child):
                guard !child.isRemoved else { continue }
                switch child.name {
                case "blockquote" where depth < Self.maximumNesting:
                    if let inner = quote(child, depth: depth + 1) { nested.append(inner) }
                case "footer",
                    "cite" where child.name == "footer" || child.parent === element:
                    var cite = InlineText()
                    gather(child, into: &cite)
                    attribution = cite.take()
                case "br": text.lineBreak()
                case "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre":
                    if !text.isEmpty { text.lineBreak() }
                    quoteParts(
                        child, text: &text, attribution: &attribution, nested: &nested, depth: depth, stack: &stack)
                    text.lineBreak()
                default:
                    if child.name == "blockquote" { flattenedLists += 1 }
                    quoteParts(
                        child, text: &text, attribution: &attribution, nested: &nested, depth: depth, stack: &stack)
                }
            }
        }
    }

    static func rawText(_ element: HTMLElement) -> String {
        var result = ""
        var stack: [HTMLContent] = element.children.reversed()
        while let content = stack.popLast() {
            switch content {
            case .text(let value): result += value
            case .element(let child):
                guard !child.isRemoved else { continue }
                if child.name == "br" { result += "\n" }
                stack.append(contentsOf: child.children.reversed())
            }
        }
        return result
    }

    private static func codeLanguage(_ element: HTMLElement) -> String? {
        let candidates = [element] + element.elements.filter { $0.name == "code" }
        for candidate in candidates {
            for word in (candidate.attribute("class") ?? "").split(separator: " ") {
                for prefix in ["language-", "lang-"] where word.hasPrefix(prefix) && word.count > prefix.count {
                    return String(word.dropFirst(prefix.count))
                }
            }
        }
        return nil
    }

    private mutating func table(_ element: HTMLElement, location: SourceLocation) -> Table? {
        var rows: [[String]] = []
        var headerRows = 0
        var caption: String?
        var stack: [HTMLElement] = element.elements.reversed()
        while let current = stack.popLast() {
            guard !current.isRemoved else { continue }
            switch current.name {
            case "caption":
                var text = InlineText()
                gather(current, into: &text)
                caption = text.takeString()
            case "tr":
                var cells: [String] = []
                var allHeaders = true
                for cell in current.elements where !cell.isRemoved && (cell.name == "td" || cell.name == "th") {
                    var text = InlineText()
                    gather(cell, into: &text)
                    cells.append(text.takeString())
                    if cell.name != "th" { allHeaders = false }
                }
                if !cells.isEmpty {
                    if allHeaders && rows.count == headerRows { headerRows += 1 }
                    rows.append(cells)
                }
            case "table": break
            default: stack.append(contentsOf: current.elements.reversed())
            }
        }
        guard !rows.isEmpty else { return nil }
        return Table(
            rows: rows, headerRowCount: headerRows, caption: caption?.isEmpty == true ? nil : caption,
            location: location)
    }

    private mutating func figure(_ element: HTMLElement, location: SourceLocation) {
        var caption: String?
        var source: String?
        for child in element.elements where !child.isRemoved {
            switch child.name {
            case "figcaption":
                var text = InlineText()
                gather(child, into: &text)
                caption = text.takeString()
            case "img", "picture", "a", "div", "span":
                if source == nil { source = Self.imageSource(child) }
                if child.name == "div" || child.name == "a" || child.name == "span" { walk(child); flush() }
            default:
                block(child)
                flush()
            }
        }
        if let caption, !caption.isEmpty {
            add(.figure(Figure(caption: caption, source: source, location: location)))
        }
    }

    private static func imageSource(_ element: HTMLElement) -> String? {
        if element.name == "img", let source = element.attribute("src"), !source.isEmpty { return source }
        for child in element.elements {
            if let source = imageSource(child) { return source }
        }
        return nil
    }

    /// A lede section of paragraphs from plain text (one per non-empty line): the fallback when
    /// the markup yields nothing but the page states its body in JSON-LD.
    static func sectionOfParagraphs(_ text: String) -> Section {
        var blocks: [Block] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var inline = InlineText()
            inline.append(String(line))
            let folded = inline.takeString()
            if !folded.isEmpty {
                blocks.append(
                    .paragraph(Paragraph(text: folded, location: SourceLocation(line: number + 1, column: 1))))
            }
        }
        return Section(heading: nil, level: 1, blocks: blocks)
    }

    // MARK: Storage

    /// An item without a label and without nested items.
    private func plainItem(_ bytes: [UInt8], at location: SourceLocation) -> ListItem {
        ListItem(labelSlice: nil, textSlice: store(bytes), children: ChildList(), location: location)
    }

    private func store(_ bytes: [UInt8]) -> TextSlice {
        guard !bytes.isEmpty else { return TextSlice() }
        return text.append(count: bytes.count) { buffer in
            _ = buffer.initialize(from: bytes)
            return bytes.count
        }
    }

    /// Text folded for comparing a heading with the title: letters and digits only, lower case.
    static func folded(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.lowercased().unicodeScalars.filter {
                    $0.properties.isAlphabetic || $0.properties.numericType != nil
                }))
    }
}
