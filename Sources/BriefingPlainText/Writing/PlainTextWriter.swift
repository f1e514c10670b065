import BriefingModel

/// Writes the plain text of ``PlainTextExporter`` by visiting the briefing.
struct PlainTextWriter: BriefingVisitor {
    let markedHeadings: Bool
    private(set) var output = ""
    /// Whether the block written last is a list: a list or an indented paragraph right after it
    /// would join it, so a `* * *` separator (which the reader drops) goes between them.
    private var lastBlockIsList = false

    init(markedHeadings: Bool) {
        self.markedHeadings = markedHeadings
    }

    /// How many blocks of each kind plain text has no form for were written as paragraphs.
    private(set) var flattened: [Block.Kind: Int] = [:]

    mutating func defaultVisit(_ node: BriefingNode) {}

    /// Starts a block: a blank line after the previous one.
    private mutating func block(_ text: String, isList: Bool = false) {
        if !output.isEmpty { output += "\n\n" }
        output += text
        lastBlockIsList = isList
    }

    /// Folds line breaks inside text into spaces: each block is written on one line.
    private func line(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
        return String(text.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }

    mutating func visitBriefing(_ briefing: Briefing) {
        if let title = briefing.title {
            block(markedHeadings ? Self.marked(line(title), level: 1) : line(title))
        } else if !briefing.sections.isEmpty {
            // No title: a separator first, so that the reader does not take the first block for one.
            block("* * *")
        }
        for section in briefing.sections { visitSection(section) }
        output += "\n"
    }

    mutating func visitSection(_ section: Section) {
        if let heading = section.heading {
            block(markedHeadings ? Self.marked(line(heading), level: section.level) : line(heading))
        }
        for child in section.blocks { visit(child) }
        for child in section.sections { visitSection(child) }
    }

    /// `## text`; text that ends in `#` gets a closing ` #` too, since the reader drops one
    /// closing run of `#` (`## C #` reads as `C`, `## C # #` as `C #`).
    private static func marked(_ text: String, level: Int) -> String {
        let marks = String(repeating: "#", count: min(6, max(1, level)))
        return marks + " " + text + (text.utf8.last == UInt8(ascii: "#") ? " #" : "")
    }

    mutating func visitParagraph(_ paragraph: Paragraph) {
        let text = Self.asText(line(paragraph.text))
        let firstLine = text.utf8.firstIndex(of: 0x0A).map { text[..<$0] } ?? Substring(text)
        guard PlainTextReader.lineBreaksText(firstLine, at: .first) else { return block(text) }
        // No single space to break at (`#  x`, where the reader would fold a break into one
        // space): a four-space indent keeps the line text, and the reader strips it.
        if lastBlockIsList { block("* * *") }
        block("    " + text)
    }

    /// `text` laid out so that it reads back as a paragraph. Text that starts like another block
    /// (`* x`, `1. x`, `> x`, `# x`) must have stood in the input with a line break after its
    /// first word, and a line that would end the paragraph (`- - -`) after a break before it: the
    /// text is broken before each such line, at a single space, which the reader joins back.
    static func asText(_ text: String) -> String {
        var lines: [Substring] = []
        var rest = Substring(text)
        while PlainTextReader.lineBreaksText(rest, at: lines.isEmpty ? .first : lines.count == 1 ? .second : .later),
            let space = breakableSpace(in: rest)
        {
            lines.append(rest[..<space])
            rest = rest[rest.index(after: space)...]
        }
        guard !lines.isEmpty else { return PlainTextReader.mayReadAsHeading(rest) ? notAHeading(text) : text }
        return (lines + [rest]).joined(separator: "\n")
    }

    /// `text`, which on one line could pass for a heading, on three lines, which never read as
    /// one (or on two when it has a single space to break at, which do when the first is short).
    /// The breaks go at the first spaces where each new line, as a whole, still reads as text
    /// (`~~~` or `===` alone would underline the line before it).
    private static func notAHeading(_ text: String) -> String {
        var spaces: [String.Index] = []
        var searchFrom = text.startIndex
        // A dozen places to break at are plenty, and keep the search small on hostile text.
        while spaces.count < 12, let space = breakableSpace(in: text[searchFrom...]) {
            spaces.append(space)
            searchFrom = text.index(after: space)
        }
        func readsAsText(_ line: Substring, _ place: PlainTextReader.LinePlace) -> Bool {
            !PlainTextReader.lineBreaksText(line, at: place)
        }
        for (position, first) in spaces.enumerated() {
            for second in spaces[(position + 1)...] {
                let middle = text[text.index(after: first)..<second]
                let last = text[text.index(after: second)...]
                if readsAsText(middle, .second) && readsAsText(last, .later) {
                    return [text[..<first], middle, last].joined(separator: "\n")
                }
            }
        }
        for first in spaces where readsAsText(text[text.index(after: first)...], .second) {
            return text[..<first] + "\n" + text[text.index(after: first)...]
        }
        return text
    }

    /// The first space in `text` that a line break can replace and the reader turn back into the
    /// same space: a single space between characters that are not white space (which the reader
    /// trims from the ends of lines), not after a hyphen that would join the words (`well-` /
    /// `known` reads as `well-known`).
    private static func breakableSpace(in text: Substring) -> Substring.Index? {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var previous: Unicode.Scalar?
        var beforePrevious: Unicode.Scalar?
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if scalar == " ", let previous, !PlainTextReader.isWhitespace(previous), next < scalars.endIndex,
                !PlainTextReader.isWhitespace(scalars[next]),
                !(previous == "-" && (beforePrevious.map(isWordCharacter) ?? false) && isWordCharacter(scalars[next]))
            {
                return index
            }
            (beforePrevious, previous) = (previous, scalar)
            index = next
        }
        return nil
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x80 || scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }

    // MARK: Blocks plain text has no form for: written as paragraphs, so that their text is kept

    mutating func visitCodeBlock(_ code: CodeBlock) {
        flattened[.code, default: 0] += 1
        visitParagraph(Paragraph(text: code.text, location: code.location))
    }

    mutating func visitTable(_ table: Table) {
        flattened[.table, default: 0] += 1
        var rows = table.rows.map { $0.joined(separator: " | ") }
        if let caption = table.caption { rows.insert(caption, at: 0) }
        visitParagraph(Paragraph(text: rows.joined(separator: " / "), location: table.location))
    }

    mutating func visitFigure(_ figure: Figure) {
        flattened[.figure, default: 0] += 1
        guard !figure.caption.isEmpty else { return }
        visitParagraph(Paragraph(text: "Figure: " + figure.caption, location: figure.location))
    }

    mutating func visitList(_ list: ListBlock) {
        var lines: [String] = []
        items(list.items, ordered: list.ordered, first: list.firstNumber, depth: 1, into: &lines)
        // Two lists in a row would read back as one.
        if lastBlockIsList { block("* * *") }
        block(lines.joined(separator: "\n"), isList: true)
    }

    /// Writes `items`, numbered from `first` when `ordered` (nested lists count from 1).
    private func items(
        _ items: ChildList<ListItem>, ordered: Bool, first: Int = 1, depth: Int, into lines: inout [String]
    ) {
        let indent = String(repeating: "  ", count: depth)
        for (index, item) in items.enumerated() {
            let marker = ordered ? "\(first + index). " : "• "
            let text = item.label.map { "\(line($0)): \(line(item.text))" } ?? line(item.text)
            lines.append(indent + marker + text)
            self.items(item.items, ordered: ordered, depth: depth + 1, into: &lines)
        }
    }

    mutating func visitQuote(_ quote: Quote) {
        var lines: [String] = []
        self.quote(quote, depth: 1, into: &lines)
        block(lines.joined(separator: "\n"))
    }

    private func quote(_ quote: Quote, depth: Int, into lines: inout [String]) {
        let prefix = String(repeating: "> ", count: depth)
        if !quote.text.isEmpty || (quote.quotes.isEmpty && quote.attribution == nil) {
            lines.append(prefix + line(quote.text))
        }
        for child in quote.quotes { self.quote(child, depth: depth + 1, into: &lines) }
        if let attribution = quote.attribution {
            lines.append(prefix + "— " + line(attribution))
        }
    }
}
