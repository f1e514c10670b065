extension Briefing {
    /// Every section, depth first in document order (a section before the sections nested in it).
    public var allSections: [Section] {
        var result: [Section] = []
        func collect(_ sections: [Section]) {
            for section in sections {
                result.append(section)
                collect(section.sections)
            }
        }
        collect(sections)
        return result
    }

    /// The headings, in document order.
    public var headings: [String] { allSections.compactMap(\.heading) }

    /// Every block, in document order.
    public var allBlocks: [Block] { allSections.flatMap(\.blocks) }
}

extension Briefing {
    /// Whether `other` has the same outline: the same title, the same sections with the same
    /// headings and levels, and the same blocks with the same text, labels, attributions, cells,
    /// captions and nesting.
    ///
    /// Source locations, metadata, analysis results and diagnostics are not compared: two
    /// briefings read from differently laid out text of one article have the same outline. Use
    /// it to check that an export reads back, or that two versions of an article say the same.
    ///
    /// - Complexity: O(*n*) in the size of the smaller briefing; allocates nothing.
    public func hasSameOutline(as other: Briefing) -> Bool {
        title == other.title && Self.same(sections, other.sections)
    }

    private static func same(_ a: [Section], _ b: [Section]) -> Bool {
        a.count == b.count
            && zip(a, b).allSatisfy {
                $0.heading == $1.heading && $0.level == $1.level && same($0.blocks, $1.blocks)
                    && same($0.sections, $1.sections)
            }
    }

    private static func same(_ a: [Block], _ b: [Block]) -> Bool {
        a.count == b.count
            && zip(a, b).allSatisfy { pair in
                switch pair {
                case (.paragraph(let a), .paragraph(let b)): a.text == b.text
                case (.list(let a), .list(let b)): a.ordered == b.ordered && same(a.items, b.items)
                case (.quote(let a), .quote(let b)): same([a], [b])
                case (.code(let a), .code(let b)): a.text == b.text && a.language == b.language
                case (.table(let a), .table(let b)):
                    a.rows == b.rows && a.headerRowCount == b.headerRowCount && a.caption == b.caption
                case (.figure(let a), .figure(let b)): a.caption == b.caption && a.source == b.source
                default: false
                }
            }
    }

    private static func same(_ a: [ListItem], _ b: [ListItem]) -> Bool {
        a.count == b.count
            && zip(a, b).allSatisfy { $0.label == $1.label && $0.text == $1.text && same($0.items, $1.items) }
    }

    private static func same(_ a: [Quote], _ b: [Quote]) -> Bool {
        a.count == b.count
            && zip(a, b).allSatisfy {
                $0.text == $1.text && $0.attribution == $1.attribution && same($0.quotes, $1.quotes)
            }
    }
}
