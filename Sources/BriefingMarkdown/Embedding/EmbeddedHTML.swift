import BriefingModel

/// A raw HTML block read through the HTML reader a ``MarkdownReader`` was given: its headings and
/// blocks, with locations moved from lines of the block to lines of the Markdown input.
struct EmbeddedHTML {
    /// The headings (with their levels and locations) and blocks of the fragment, in document
    /// order: a heading's blocks follow it.
    enum Part {
        case heading(String, level: Int, location: SourceLocation?)
        case block(Block)
    }

    private(set) var parts: [Part] = []
    /// The fragment's warnings and errors (its notes — no title, markup repaired — are left out).
    private(set) var problems: [Diagnostic] = []

    /// Reads `html`, which starts on line `firstLine` of the input at `column`. `nil` when the
    /// reader fails.
    init?(_ html: [UInt8], reader: any BriefingReader, at location: SourceLocation) {
        let fragment: Briefing
        do {
            fragment = try reader.read(html)
        } catch {
            return nil
        }
        var shift = LineShift(lines: location.line - 1)
        if let title = fragment.title, !title.isEmpty {
            // A fragment's `<h1>` is taken for its title by the HTML reader: here it is a heading.
            parts.append(.heading(title, level: 1, location: fragment.titleLocation.map(shift.moved) ?? location))
        }
        func add(_ sections: [Section]) {
            for section in sections {
                if let heading = section.heading {
                    parts.append(.heading(heading, level: section.level, location: section.location.map(shift.moved)))
                }
                for block in section.blocks {
                    if let moved = shift.visit(block).flatMap(Block.init) { parts.append(.block(moved)) }
                }
                add(section.sections)
            }
        }
        add(fragment.sections)
        problems = fragment.diagnostics.filter { $0.severity != .note }.map { diagnostic in
            var moved = diagnostic
            moved.location = diagnostic.location.map(shift.moved) ?? location
            return moved
        }
    }

    /// Moves every location of a block down by a number of lines.
    private struct LineShift: BriefingRewriter {
        let lines: Int

        func moved(_ location: SourceLocation) -> SourceLocation {
            SourceLocation(line: location.line + lines, column: location.column)
        }

        mutating func visitParagraph(_ paragraph: Paragraph) -> BriefingNode? {
            var paragraph = paragraph
            paragraph.location = moved(paragraph.location)
            return .paragraph(paragraph)
        }

        mutating func visitList(_ list: ListBlock) -> BriefingNode? {
            guard case .list(var list) = rewriteChildren(of: .list(list)) else { return nil }
            list.location = moved(list.location)
            return .list(list)
        }

        mutating func visitListItem(_ item: ListItem) -> BriefingNode? {
            guard case .listItem(var item) = rewriteChildren(of: .listItem(item)) else { return nil }
            item.location = moved(item.location)
            return .listItem(item)
        }

        mutating func visitQuote(_ quote: Quote) -> BriefingNode? {
            guard case .quote(var quote) = rewriteChildren(of: .quote(quote)) else { return nil }
            quote.location = moved(quote.location)
            return .quote(quote)
        }

        mutating func visitCodeBlock(_ code: CodeBlock) -> BriefingNode? {
            var code = code
            code.location = moved(code.location)
            return .code(code)
        }

        mutating func visitTable(_ table: Table) -> BriefingNode? {
            var table = table
            table.location = moved(table.location)
            return .table(table)
        }

        mutating func visitFigure(_ figure: Figure) -> BriefingNode? {
            var figure = figure
            figure.location = moved(figure.location)
            return .figure(figure)
        }
    }
}
