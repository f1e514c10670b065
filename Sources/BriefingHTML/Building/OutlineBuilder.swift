import BriefingModel

/// Builds the sections of a briefing from blocks and headings met in document order.
///
/// A heading closes every open section of its level or deeper and opens one of its own; blocks
/// before the first heading form a lede section of level 1 without a heading, which the first
/// heading closes (as in the plain-text reader).
struct OutlineBuilder {
    private struct OpenSection {
        var heading: TextSlice?
        var level: Int
        var location: SourceLocation?
        var blocks: [Block] = []
        var sections: [Section] = []
    }

    private var stack: [OpenSection] = []
    private var finished: [Section] = []

    mutating func add(_ block: Block) {
        if stack.isEmpty { stack.append(OpenSection(heading: nil, level: 1, location: nil)) }
        stack[stack.count - 1].blocks.append(block)
    }

    mutating func startSection(heading: TextSlice, level: Int, location: SourceLocation) {
        while let top = stack.last, top.level >= level || top.heading == nil {
            closeTop()
        }
        stack.append(OpenSection(heading: heading, level: level, location: location))
    }

    private mutating func closeTop() {
        let open = stack.removeLast()
        let section = Section(
            headingSlice: open.heading, level: open.level, location: open.location, children: ChildList(open.blocks),
            sections: open.sections)
        if stack.isEmpty {
            finished.append(section)
        } else {
            stack[stack.count - 1].sections.append(section)
        }
    }

    mutating func finish() -> [Section] {
        while !stack.isEmpty { closeTop() }
        return finished
    }
}
