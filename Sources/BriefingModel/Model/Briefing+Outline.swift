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
    /// captions and nesting, and ordered lists with the same first number (``ListBlock/start``;
    /// a bulleted list's `start` is not compared).
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
            && zip(a, b).allSatisfy { (a: Section, b: Section) -> Bool in
                a.headingSlice == b.headingSlice && a.level == b.level && same(a.blocks, b.blocks)
                    && same(a.sections, b.sections)
            }
    }

    private static func same(_ a: ChildList<Block>, _ b: ChildList<Block>) -> Bool {
        a.count == b.count
            && zip(a, b).allSatisfy { pair in
                switch pair {
                case (.paragraph(let a), .paragraph(let b)): a.textSlice == b.textSlice
                case (.list(let a), .list(let b)):
                    a.ordered == b.ordered && a.firstNumber == b.firstNumber && same(a.items, b.items)
                case (.quote(let a), .quote(let b)): same([a], [b])
                case (.code(let a), .code(let b)): a.text == b.text && a.language == b.language
                case (.table(let a), .table(let b)):
                    a.rows == b.rows && a.headerRowCount == b.headerRowCount && a.caption == b.caption
                case (.figure(let a), .figure(let b)): a.caption == b.caption && a.source == b.source
                default: false
                }
            }
    }

    private static func same(_ a: ChildList<ListItem>, _ b: ChildList<ListItem>) -> Bool {
        a.count == b.count
            && zip(a, b).allSatisfy { (a: ListItem, b: ListItem) -> Bool in
                a.labelSlice == b.labelSlice && a.textSlice == b.textSlice && same(a.items, b.items)
            }
    }

    private static func same(_ a: [Quote], _ b: [Quote]) -> Bool {
        a.count == b.count
            && zip(a, b).allSatisfy { (a: Quote, b: Quote) -> Bool in
                a.textSlice == b.textSlice && a.attributionSlice == b.attributionSlice && same(a.quotes, b.quotes)
            }
    }
}
