import BriefingModel

extension Briefing {
    /// Lets `body` change every quote block — and the quotes nested in it — in document order,
    /// a quote before the quotes inside it (the order in which ``TextUnit/collect(_:)`` lists them).
    mutating func updateQuoteBlocks(_ body: (inout Quote) -> Void) {
        func update(_ quote: inout Quote) {
            body(&quote)
            for index in quote.quotes.indices { update(&quote.quotes[index]) }
        }
        func update(_ sections: inout [Section]) {
            for index in sections.indices {
                for blockIndex in sections[index].blocks.indices {
                    if case .quote(var quote) = sections[index].blocks[blockIndex] {
                        update(&quote)
                        sections[index].blocks[blockIndex] = .quote(quote)
                    }
                }
                update(&sections[index].sections)
            }
        }
        update(&sections)
    }
}
