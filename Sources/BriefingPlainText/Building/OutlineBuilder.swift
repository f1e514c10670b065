import BriefingModel

/// Assembles headings and blocks, in document order, into nested sections.
///
/// Blocks before the first heading form the lede: a section with no heading at level 1. A
/// heading of level *n* opens a section that takes in the following headings of a greater
/// level, up to the next heading of level *n* or less.
///
/// Every block goes into the store's one buffer of blocks, in document order: the blocks of a
/// section are the run between its heading and the next heading, so each section refers to its
/// run of that buffer instead of holding an array of its own.
struct OutlineBuilder {
    private let store: OutlineStore
    private var roots: [Section] = []
    private var open: [Section] = []
    /// Where the blocks of the section receiving blocks (the lede, or the last open section) start.
    private var blocksStart: Int
    private var lede: Section?

    init(store: OutlineStore) {
        self.store = store
        blocksStart = store.blocks.count
    }

    mutating func add(_ block: Block) {
        store.blocks.append(block)
    }

    mutating func addHeading(_ text: TextSlice, level: Int, location: SourceLocation) {
        finishBlocks()
        while let last = open.last, last.level >= level {
            closeLast()
        }
        open.append(
            Section(headingSlice: text, level: level, location: location, children: ChildList(), sections: []))
    }

    /// Gives the section that has been receiving blocks the run it received; no more come to it.
    private mutating func finishBlocks() {
        let blocks = store.blocks.list(from: blocksStart)
        blocksStart = store.blocks.count
        if open.isEmpty {
            if !blocks.isEmpty {
                lede = Section(headingSlice: nil, level: 1, location: nil, children: blocks, sections: [])
            }
        } else {
            open[open.count - 1].blocks = blocks
        }
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
        finishBlocks()
        while !open.isEmpty { closeLast() }
        if let lede { roots.insert(lede, at: 0) }
        return roots
    }
}
