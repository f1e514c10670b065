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
