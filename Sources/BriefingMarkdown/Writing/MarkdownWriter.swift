import BriefingModel

/// Writes the CommonMark of ``MarkdownExporter`` by visiting the briefing.
struct MarkdownWriter: BriefingVisitor {
    private(set) var output = ""
    private(set) var escaping = MarkdownEscaping()
    /// How many tables were written as pipe tables that do not read back as they are (a caption,
    /// other than one header row, rows of different widths), and empty paragraphs left out.
    private(set) var tables = 0
    private(set) var emptyParagraphs = 0
    /// Whether the block written last is a list, and with which marker: a list right after a list
    /// takes the other marker (`-`/`*`, `.`/`)`), or CommonMark would join the two.
    private var lastListUsedAlternate: Bool?
    private var blockCount = 0

    mutating func defaultVisit(_ node: BriefingNode) {}

    /// Starts a block: a blank line after the previous one.
    private mutating func block(_ text: String) {
        if blockCount > 0 { output += "\n\n" }
        blockCount += 1
        output += text
        lastListUsedAlternate = nil
    }

    /// Writes the body: the `#` title when `titleHeading`, then the sections.
    mutating func writeBody(_ briefing: Briefing, titleHeading: Bool) {
        if titleHeading, let title = briefing.title {
            block("# " + escaping.escape(title, .heading))
        }
        for section in briefing.sections { visitSection(section) }
        if blockCount > 0 { output += "\n" }
    }

    mutating func writeFrontMatter(_ text: String) {
        output += text
    }

    mutating func visitSection(_ section: Section) {
        if let heading = section.heading {
            let marks = String(repeating: "#", count: min(6, max(1, section.level)))
            block(heading.isEmpty ? marks : marks + " " + escaping.escape(heading, .heading))
        }
        for child in section.blocks { visit(child) }
        for child in section.sections { visitSection(child) }
    }

    mutating func visitParagraph(_ paragraph: Paragraph) {
        guard !paragraph.text.isEmpty else {
            emptyParagraphs += 1
            return
        }
        block(escaping.escape(paragraph.text, .lineStart))
    }

    mutating func visitCodeBlock(_ code: CodeBlock) {
        var text = code.text.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
        if text.utf8.contains(0) {
            escaping.noteReplaced(text.utf8.count(where: { $0 == 0 }))
            text = text.replacing("\u{0}", with: "\u{FFFD}")
        }
        let language = code.language.map { escaping.escape($0, .inline) } ?? ""
        // Scalars, not characters: a backtick followed by a combining mark is one character.
        let mark: Unicode.Scalar = language.unicodeScalars.contains("`") ? "~" : "`"
        let fence = String(repeating: Character(mark), count: max(3, Self.longestRun(of: mark, in: text) + 1))
        // A language starting with the fence's character would lengthen the fence: a space between.
        let info = language.unicodeScalars.first == mark ? " " + language : language
        block(fence + info + "\n" + text + (text.isEmpty ? "" : "\n") + fence)
    }

    private static func longestRun(of mark: Unicode.Scalar, in text: String) -> Int {
        var longest = 0
        var run = 0
        for character in text.unicodeScalars {
            run = character == mark ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }

    mutating func visitFigure(_ figure: Figure) {
        let caption = escaping.escape(figure.caption, .inline)
        let source = figure.source.map { escaping.escape($0, .inline) } ?? ""
        block("![" + caption + "](<" + source + ">)")
    }

    mutating func visitTable(_ table: Table) {
        // The reader reads a pipe table back as it was when it has one header row, no caption
        // and rows of one width.
        let width = table.rows.first?.count ?? 0
        if !(table.headerRowCount == 1 && (table.caption ?? "").isEmpty && width > 0
            && table.rows.allSatisfy { $0.count == width })
        {
            tables += 1
        }
        if let caption = table.caption, !caption.isEmpty { block(escaping.escape(caption, .lineStart)) }
        guard let first = table.rows.first else { return }
        let widest = max(1, table.rows.map(\.count).max() ?? 1)
        func row(_ cells: [String]) -> String {
            let padded = cells + Array(repeating: "", count: widest - cells.count)
            return "| "
                + padded.map { escaping.escape($0, .tableCell) }.joined(separator: " | ")
                + " |"
        }
        var lines = [row(first), "|" + String(repeating: " --- |", count: widest)]
        for cells in table.rows.dropFirst() { lines.append(row(cells)) }
        block(lines.joined(separator: "\n"))
    }

    mutating func visitList(_ list: ListBlock) {
        let alternate = !(lastListUsedAlternate ?? true)
        var lines: [String] = []
        // CommonMark numbers have at most nine digits; a list always follows a blank line, so
        // one that does not start at 1 cannot be taken for a paragraph's continuation.
        let first = min(max(list.firstNumber, 0), 999_999_999)
        items(list.items, ordered: list.ordered, first: first, alternate: alternate, indent: "", into: &lines)
        block(lines.joined(separator: "\n"))
        lastListUsedAlternate = alternate
    }

    private mutating func items(
        _ items: ChildList<ListItem>, ordered: Bool, first: Int = 1, alternate: Bool, indent: String,
        into lines: inout [String]
    ) {
        for (index, item) in items.enumerated() {
            // Only the first number counts; the others stay within CommonMark's nine digits.
            let marker =
                ordered ? "\(min(first + index, 999_999_999))" + (alternate ? ")" : ".") : (alternate ? "*" : "-")
            let content: String
            if let label = item.label {
                content =
                    "**" + escaping.escape(label + ":", .inline) + "**"
                    + (item.text.isEmpty ? "" : " " + escaping.escape(item.text, .inline))
            } else if let colon = Array(item.text.utf8).withUnsafeBufferPointer({ LabelRule.labelColon($0) }) {
                // Text that would read as `Label: text` has its colon written as a code span,
                // which reads back as the same text but ends the run of text a label is read from.
                let utf8 = item.text.utf8
                let colonIndex = utf8.index(utf8.startIndex, offsetBy: colon)
                content =
                    escaping.escape(String(item.text[..<colonIndex]), .lineStart) + "`:`"
                    + escaping.escape(String(item.text[utf8.index(after: colonIndex)...]), .inline)
            } else {
                content = escaping.escape(item.text, .lineStart)
            }
            lines.append(indent + marker + (content.isEmpty ? "" : " " + content))
            // An empty item cannot interrupt a paragraph: a blank line first.
            if let first = item.items.first, first.label == nil, first.text.isEmpty, !content.isEmpty {
                lines.append("")
            }
            self.items(
                item.items, ordered: ordered, alternate: false,
                indent: indent + String(repeating: " ", count: marker.utf8.count + 1), into: &lines)
        }
    }

    mutating func visitQuote(_ quote: Quote) {
        var lines: [String] = []
        self.quote(quote, into: &lines)
        block(lines.joined(separator: "\n"))
    }

    /// The lines of a quote, each starting `>`: its text, its nested quotes, its attribution,
    /// separated by `>` lines.
    private mutating func quote(_ quote: Quote, into lines: inout [String]) {
        var parts: [[String]] = []
        if !quote.text.isEmpty {
            if quote.text.unicodeScalars.first == "\u{2014}" {
                // Text starting with a dash would read as the attribution: the dash goes in a
                // code span, which reads back as the same text but is not a run of text.
                let rest = String(String.UnicodeScalarView(quote.text.unicodeScalars.dropFirst()))
                parts.append(["`\u{2014}`" + escaping.escape(rest, .inline)])
            } else {
                parts.append([escaping.escape(quote.text, .lineStart)])
            }
        }
        for nested in quote.quotes {
            var nestedLines: [String] = []
            self.quote(nested, into: &nestedLines)
            parts.append(nestedLines)
        }
        if let attribution = quote.attribution {
            parts.append(["\u{2014} " + escaping.escape(attribution, .inline)])
        }
        if parts.isEmpty {
            lines.append(">")
            return
        }
        for (index, part) in parts.enumerated() {
            if index > 0 { lines.append(">") }
            for line in part { lines.append(line.isEmpty ? ">" : "> " + line) }
        }
    }
}
