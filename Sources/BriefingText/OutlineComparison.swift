package import BriefingModel

/// Compares two briefings' outlines — title, headings and levels, blocks and their text — and
/// nothing else (no locations, metadata, analysis or diagnostics).
package enum OutlineComparison {
    package static func sameOutline(_ a: Briefing, _ b: Briefing) -> Bool {
        a.title == b.title && a.sections.count == b.sections.count
            && zip(a.sections, b.sections).allSatisfy(same)
    }

    private static func same(_ a: Section, _ b: Section) -> Bool {
        a.heading == b.heading && a.level == b.level && a.blocks.count == b.blocks.count
            && a.sections.count == b.sections.count && zip(a.blocks, b.blocks).allSatisfy(same)
            && zip(a.sections, b.sections).allSatisfy(same)
    }

    private static func same(_ a: Block, _ b: Block) -> Bool {
        switch (a, b) {
        case (.paragraph(let a), .paragraph(let b)): a.text == b.text
        case (.list(let a), .list(let b)): a.ordered == b.ordered && same(a.items, b.items)
        case (.quote(let a), .quote(let b)): same(a, b)
        default: false
        }
    }

    private static func same(_ a: [ListItem], _ b: [ListItem]) -> Bool {
        a.count == b.count
            && zip(a, b).allSatisfy { $0.label == $1.label && $0.text == $1.text && same($0.items, $1.items) }
    }

    private static func same(_ a: Quote, _ b: Quote) -> Bool {
        a.text == b.text && a.attribution == b.attribution && a.quotes.count == b.quotes.count
            && zip(a.quotes, b.quotes).allSatisfy(same)
    }
}
