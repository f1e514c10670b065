extension Briefing {
    /// Calls `body` on every string in the briefing — title, metadata, headings, block text, labels,
    /// attributions, analysis results, diagnostic codes and messages — with the location of the node
    /// it belongs to, letting `body` change it in place.
    ///
    /// For exporters that must rewrite text their format cannot carry (XML 1.0 and control characters).
    package mutating func updateEveryString(_ body: (inout String, SourceLocation?) -> Void) {
        func update(_ string: inout String?, _ location: SourceLocation?) {
            guard var value = string else { return }
            body(&value, location)
            string = value
        }
        func updateItems(_ items: inout [ListItem]) {
            for index in items.indices {
                update(&items[index].label, items[index].location)
                body(&items[index].text, items[index].location)
                updateItems(&items[index].items)
            }
        }
        func updateQuote(_ quote: inout Quote) {
            body(&quote.text, quote.location)
            update(&quote.attribution, quote.location)
            for index in quote.quotes.indices { updateQuote(&quote.quotes[index]) }
        }
        func updateSections(_ sections: inout [Section]) {
            for index in sections.indices {
                update(&sections[index].heading, sections[index].location)
                for blockIndex in sections[index].blocks.indices {
                    switch sections[index].blocks[blockIndex] {
                    case .paragraph(var paragraph):
                        body(&paragraph.text, paragraph.location)
                        sections[index].blocks[blockIndex] = .paragraph(paragraph)
                    case .list(var list):
                        updateItems(&list.items)
                        sections[index].blocks[blockIndex] = .list(list)
                    case .quote(var quote):
                        updateQuote(&quote)
                        sections[index].blocks[blockIndex] = .quote(quote)
                    }
                }
                updateSections(&sections[index].sections)
            }
        }

        update(&title, titleLocation)
        update(&metadata.byline, nil)
        update(&metadata.dateline, nil)
        update(&metadata.date, nil)
        update(&metadata.place, nil)
        update(&metadata.source, nil)
        update(&metadata.language, nil)
        updateSections(&sections)
        if analysis.entities != nil {
            for index in analysis.entities!.indices {
                let location = analysis.entities![index].firstMention
                body(&analysis.entities![index].name, location)
                for alias in analysis.entities![index].aliases.indices {
                    body(&analysis.entities![index].aliases[alias], location)
                }
            }
        }
        if analysis.quotes != nil {
            for index in analysis.quotes!.indices {
                let location = analysis.quotes![index].location
                body(&analysis.quotes![index].text, location)
                update(&analysis.quotes![index].speaker, location)
                update(&analysis.quotes![index].cue, location)
            }
        }
        if analysis.keyphrases != nil {
            for index in analysis.keyphrases!.indices { body(&analysis.keyphrases![index].text, nil) }
        }
        if analysis.summary != nil {
            for index in analysis.summary!.sentences.indices { body(&analysis.summary!.sentences[index], nil) }
        }
        if analysis.estimates != nil {
            for index in analysis.estimates!.indices {
                let location = analysis.estimates![index].location
                body(&analysis.estimates![index].text, location)
                body(&analysis.estimates![index].phrase, location)
            }
        }
        for index in diagnostics.indices {
            body(&diagnostics[index].code.rawValue, diagnostics[index].location)
            body(&diagnostics[index].message, diagnostics[index].location)
        }
    }
}
