import BriefingModel

/// Assembles headings and blocks, in document order, into nested sections.
///
/// Blocks before the first heading form the lede: a section with no heading at level 1. A
/// heading of level *n* opens a section that takes in the following headings of a greater
/// level, up to the next heading of level *n* or less.
struct OutlineBuilder {
    private var roots: [Section] = []
    private var open: [Section] = []
    private var lede = Section(heading: nil, level: 1)

    mutating func add(_ block: Block) {
        if open.isEmpty {
            lede.blocks.append(block)
        } else {
            open[open.count - 1].blocks.append(block)
        }
    }

    mutating func addHeading(_ text: String, level: Int, location: SourceLocation) {
        while let last = open.last, last.level >= level {
            closeLast()
        }
        open.append(Section(heading: text, level: level, location: location))
    }

    private mutating func closeLast() {
        let section = open.removeLast()
        if open.isEmpty {
            roots.append(section)
        } else {
            open[open.count - 1].sections.append(section)
        }
    }

    mutating func finish() -> [Section] {
        while !open.isEmpty { closeLast() }
        if !lede.blocks.isEmpty { roots.insert(lede, at: 0) }
        return roots
    }
}
