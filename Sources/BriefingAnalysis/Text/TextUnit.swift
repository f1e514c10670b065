import BriefingModel

/// A piece of a briefing's text that analysers read: the title, a heading, a list label, a body
/// block (paragraph, list item, quote) or a table row, with where it starts.
struct TextUnit {
    enum Kind {
        case title, heading, label, paragraph, item, quote, attribution, tableRow
    }

    var kind: Kind
    /// The text, read in place from the briefing's storage (no string is made for it).
    var text: TextSlice
    var location: SourceLocation?

    /// Whether the unit is running text (not a title, heading or label, which are in Title Case
    /// and so say little about which words are names).
    var isBody: Bool { kind == .paragraph || kind == .item || kind == .quote }

    /// Whether names may be learnt from the unit: body text, the names in quote attributions and
    /// table rows (`Arsenal 2 Chelsea 1`), whose capitals mark names as in running text.
    var introducesNames: Bool { isBody || kind == .attribution || kind == .tableRow }

    /// Every unit of `briefing`, in document order.
    static func collect(_ briefing: Briefing) -> [TextUnit] {
        var collector = Collector()
        if let title = briefing.title {
            collector.units.append(TextUnit(kind: .title, text: TextSlice(title), location: briefing.titleLocation))
        }
        collector.visit(.briefing(briefing))
        return collector.units
    }

    private struct Collector: BriefingWalker {
        var units: [TextUnit] = []

        mutating func visitSection(_ section: Section) {
            if let heading = section.headingSlice {
                units.append(TextUnit(kind: .heading, text: heading, location: section.location))
            }
            descend(into: .section(section))
        }

        mutating func visitParagraph(_ paragraph: Paragraph) {
            units.append(TextUnit(kind: .paragraph, text: paragraph.textSlice, location: paragraph.location))
        }

        mutating func visitListItem(_ item: ListItem) {
            if let label = item.labelSlice {
                units.append(TextUnit(kind: .label, text: label, location: item.location))
            }
            units.append(TextUnit(kind: .item, text: item.textSlice, location: item.location))
            descend(into: .listItem(item))
        }

        mutating func visitQuote(_ quote: Quote) {
            units.append(TextUnit(kind: .quote, text: quote.textSlice, location: quote.location))
            if let attribution = quote.attributionSlice {
                units.append(TextUnit(kind: .attribution, text: attribution, location: quote.location))
            }
            descend(into: .quote(quote))
        }

        /// Each row is a unit, its cells separated by tabs (names are still found in tables;
        /// summaries, keyphrases and estimates leave table rows out).
        mutating func visitTable(_ table: Table) {
            if let caption = table.caption {
                units.append(TextUnit(kind: .tableRow, text: TextSlice(caption), location: table.location))
            }
            for row in table.rows.dropFirst(table.headerRowCount) where !row.isEmpty {
                units.append(
                    TextUnit(kind: .tableRow, text: TextSlice(row.joined(separator: "\t")), location: table.location))
            }
        }
    }
}
