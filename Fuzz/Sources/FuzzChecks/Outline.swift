import BriefingModel

/// A briefing compared by its outline only (`Briefing.hasSameOutline(as:)`): what a plain-text
/// round trip must keep.
struct Outline: Equatable, CustomStringConvertible {
    /// The briefing whose outline this is; only its outline takes part in `==`.
    var briefing: Briefing

    init(_ briefing: Briefing) {
        self.briefing = briefing
    }

    static func == (a: Outline, b: Outline) -> Bool { a.briefing.hasSameOutline(as: b.briefing) }

    /// One line per title, heading, block, item and quote, for showing where two outlines part.
    var lines: [String] {
        var lines = ["title: \(briefing.title ?? "nil")"]
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
                case .code(let code): lines.append("code \(code.language ?? "nil"): \(code.text)")
                case .table(let table): lines.append("table \(table.headerRowCount): \(table.text)")
                case .figure(let figure): lines.append("figure: \(figure.caption) \(figure.source ?? "nil")")
                }
            }
            for child in section.sections { add(child) }
        }
        for section in briefing.sections { add(section) }
        return lines
    }

    /// `briefing` with every table replaced by the paragraph the plain-text exporter writes for a
    /// table it cannot hold as rows: the caption, then cells joined by ` | `, rows by ` / `.
    static func tablesFlattened(_ briefing: Briefing) -> Briefing {
        func flatten(_ section: inout Section) {
            for index in section.blocks.indices {
                guard case .table(let table) = section.blocks[index] else { continue }
                var rows = table.rows.map { $0.joined(separator: " | ") }
                if let caption = table.caption { rows.insert(caption, at: 0) }
                section.blocks[index] = .paragraph(
                    Paragraph(text: rows.joined(separator: " / "), location: table.location))
            }
            for child in section.sections.indices { flatten(&section.sections[child]) }
        }
        var briefing = briefing
        for index in briefing.sections.indices { flatten(&briefing.sections[index]) }
        return briefing
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
