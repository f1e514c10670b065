import BriefingModel

/// Writes the plain text of ``PlainTextExporter`` by visiting the briefing.
struct PlainTextWriter: BriefingVisitor {
    let markedHeadings: Bool
    /// Whether a table that reads back as the same table on its own is written as rows of
    /// aligned cells; when `false`, every table is written as a paragraph.
    let tablesAsRows: Bool
    private(set) var output = ""
    /// Whether the block written last is a list: a list or an indented paragraph right after it
    /// would join it, so a `* * *` separator (which the reader drops) goes between them.
    private var lastBlockIsList = false
    /// Whether the last line written could read as a table row or header: a block whose first
    /// line could be a row would join it in a table, so a separator goes between them.
    private var lastLineMayStartOrContinueTable = false

    init(markedHeadings: Bool, tablesAsRows: Bool = true) {
        self.markedHeadings = markedHeadings
        self.tablesAsRows = tablesAsRows
    }

    /// How many blocks of each kind plain text has no form for were written as paragraphs.
    private(set) var flattened: [Block.Kind: Int] = [:]

    mutating func defaultVisit(_ node: BriefingNode) {}

    /// Starts a block: a blank line after the previous one, and a `* * *` separator too when the
    /// block before could pass for a table's row or header and this one for a row, which would
    /// join it. Lists and quotes, whose lines start with markers, never do.
    private mutating func block(_ text: String, isList: Bool = false, mayJoinTable: Bool = false) {
        if !output.isEmpty {
            if mayJoinTable && lastLineMayStartOrContinueTable,
                PlainTextReader.tableLineForm(text.prefix { $0 != "\n" }).mayBeRow
            {
                output += "\n\n* * *"
            }
            output += "\n\n"
        }
        output += text
        lastBlockIsList = isList
        lastLineMayStartOrContinueTable = false
        if mayJoinTable {
            let form = PlainTextReader.tableLineForm(
                text[(text.lastIndex(of: "\n").map(text.index(after:)) ?? text.startIndex)...])
            lastLineMayStartOrContinueTable = form.mayBeRow || form.mayBeHeader
        }
    }

    /// Folds line breaks inside text into spaces: each block is written on one line.
    private func line(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return text }
        return String(text.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }

    mutating func visitBriefing(_ briefing: Briefing) {
        if let title = briefing.title {
            block(markedHeadings ? Self.marked(line(title), level: 1) : line(title), mayJoinTable: true)
        } else if !briefing.sections.isEmpty {
            // No title: a separator first, so that the reader does not take the first block for one.
            block("* * *")
        }
        for section in briefing.sections { visitSection(section) }
        output += "\n"
    }

    mutating func visitSection(_ section: Section) {
        if let heading = section.heading {
            block(
                markedHeadings ? Self.marked(line(heading), level: section.level) : line(heading),
                mayJoinTable: true)
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
        guard PlainTextReader.lineBreaksText(firstLine, at: .first) else { return block(text, mayJoinTable: true) }
        // No single space to break at (`#  x`, where the reader would fold a break into one
        // space): a four-space indent keeps the line text, and the reader strips it.
        if lastBlockIsList { block("* * *") }
        block("    " + text, mayJoinTable: true)
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

    /// A table as rows of cells aligned with two spaces or more, when it reads back as the same
    /// table (numbers in its rows, no caption, no empty or multi-line cell); else as one paragraph,
    /// `cell | cell / cell | cell`.
    mutating func visitTable(_ table: Table) {
        if tablesAsRows, let rows = Self.alignedRows(of: table) {
            if lastBlockIsList { block("* * *") }
            return block(rows, mayJoinTable: true)
        }
        flattened[.table, default: 0] += 1
        visitParagraph(Paragraph(text: Self.flattenedText(of: table), location: table.location))
    }

    /// The text of `table` on one line, as the exporter writes a table that plain text cannot
    /// hold as rows: its caption, then each row's cells joined by ` | `, rows joined by ` / `.
    static func flattenedText(of table: Table) -> String {
        var rows = table.rows.map { $0.joined(separator: " | ") }
        if let caption = table.caption { rows.insert(caption, at: 0) }
        return rows.joined(separator: " / ")
    }

    /// `table`'s rows with their cells padded to the width of their column plus two spaces, or
    /// `nil` when those lines, read on their own, would not give back the same table.
    private static func alignedRows(of table: Table) -> String? {
        guard table.caption == nil, !table.rows.isEmpty,
            table.rows.allSatisfy({ $0.allSatisfy { !$0.contains(where: \.isNewline) && !$0.contains("\t") } })
        else { return nil }
        var widths: [Int] = []
        for row in table.rows {
            for (column, cell) in row.enumerated() {
                if column == widths.count { widths.append(0) }
                widths[column] = max(widths[column], cell.count)
            }
        }
        let lines = table.rows.map { row in
            var line = ""
            for (column, cell) in row.enumerated() {
                line += cell
                if column < row.count - 1 { line += String(repeating: " ", count: widths[column] - cell.count + 2) }
            }
            return line
        }
        let text = lines.joined(separator: "\n")
        let reader = PlainTextReader(maximumInputSize: PlainTextReader.largestSupportedInputSize)
        guard let back = try? reader.read(Array(("* * *\n\n" + text + "\n").utf8)), back.title == nil,
            back.sections.count == 1, back.sections[0].heading == nil, back.sections[0].sections.isEmpty,
            back.sections[0].blocks.count == 1, case .table(let read) = back.sections[0].blocks[0],
            read.rows == table.rows, read.headerRowCount == table.headerRowCount, read.caption == nil
        else { return nil }
        return text
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
        for (index, child) in quote.quotes.enumerated() {
            // An empty line of the outer quote between two nested ones, which would read as one.
            if index > 0 { lines.append(String(prefix.dropLast())) }
            self.quote(child, depth: depth + 1, into: &lines)
        }
        if let attribution = quote.attribution {
            lines.append(prefix + "— " + line(attribution))
        }
    }
}
