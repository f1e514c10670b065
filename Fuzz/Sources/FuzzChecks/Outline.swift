import BriefingModel

/// A briefing's outline without source positions, metadata, analysis or diagnostics: what a
/// plain-text round trip must keep.
struct Outline: Equatable, CustomStringConvertible {
    var title: String?
    var sections: [Section]

    init(_ briefing: Briefing) {
        title = briefing.title
        sections = briefing.sections.map(Self.strip)
    }

    private static let origin = SourceLocation(line: 1, column: 1)

    private static func strip(_ section: Section) -> Section {
        Section(
            heading: section.heading, level: section.level, location: nil, blocks: section.blocks.map(strip),
            sections: section.sections.map(strip))
    }

    private static func strip(_ block: Block) -> Block {
        switch block {
        case .paragraph(let paragraph): .paragraph(Paragraph(text: paragraph.text, location: origin))
        case .list(let list): .list(ListBlock(ordered: list.ordered, items: list.items.map(strip), location: origin))
        case .quote(let quote): .quote(strip(quote))
        }
    }

    private static func strip(_ item: ListItem) -> ListItem {
        ListItem(label: item.label, text: item.text, items: item.items.map(strip), location: origin)
    }

    private static func strip(_ quote: Quote) -> Quote {
        Quote(text: quote.text, attribution: quote.attribution, quotes: quote.quotes.map(strip), location: origin)
    }

    /// One line per title, heading, block, item and quote, for showing where two outlines part.
    var lines: [String] {
        var lines = ["title: \(title ?? "nil")"]
        func add(_ item: ListItem, _ depth: Int) {
            lines.append("item \(depth): \(item.label ?? "nil") | \(item.text)")
            for child in item.items { add(child, depth + 1) }
        }
        func add(_ quote: Quote, _ depth: Int) {
            lines.append("quote \(depth): \(quote.text) — \(quote.attribution ?? "nil")")
            for child in quote.quotes { add(child, depth + 1) }
        }
        func add(_ section: Section) {
            lines.append("section \(section.level): \(section.heading ?? "nil")")
            for block in section.blocks {
                switch block {
                case .paragraph(let paragraph): lines.append("paragraph: \(paragraph.text)")
                case .list(let list):
                    lines.append("list ordered: \(list.ordered)")
                    for item in list.items { add(item, 1) }
                case .quote(let quote): add(quote, 1)
                }
            }
            for child in section.sections { add(child) }
        }
        for section in sections { add(section) }
        return lines
    }

    /// Where `other` first differs from this outline, line by line.
    func firstDifference(from other: Outline) -> String {
        let (mine, theirs) = (lines, other.lines)
        for index in 0..<max(mine.count, theirs.count) {
            let a = index < mine.count ? mine[index] : "(end)"
            let b = index < theirs.count ? theirs[index] : "(end)"
            if a != b { return "line \(index):\n  before: \(a.prefix(300))\n  after:  \(b.prefix(300))" }
        }
        return "no difference"
    }

    var description: String { lines.joined(separator: "\n") }
}
