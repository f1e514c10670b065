import BriefingModel

extension Briefing {
    /// Lets `body` change every top-level quote block in document order.
    mutating func updateQuoteBlocks(_ body: (inout Quote) -> Void) {
        func update(_ sections: inout [Section]) {
            for index in sections.indices {
                for blockIndex in sections[index].blocks.indices {
                    if case .quote(var quote) = sections[index].blocks[blockIndex] {
                        body(&quote)
                        sections[index].blocks[blockIndex] = .quote(quote)
                    }
                }
                update(&sections[index].sections)
            }
        }
        update(&sections)
    }
}
