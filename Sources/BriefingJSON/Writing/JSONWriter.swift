import BriefingModel

/// Writes a briefing as JSON by visiting its tree.
///
/// Keys are written in a fixed order (the order of `Briefing`'s coding keys), so
/// the same briefing always gives the same bytes. When the buffer passes `flushThreshold` bytes
/// after a block, it is handed to the sink and emptied; a sink's failure stops the writing and is
/// kept in `failure`.
struct JSONWriter<Sink: ExportSink>: BriefingVisitor {
    var output: JSONOutput
    var sink: Sink
    let flushThreshold: Int
    private(set) var failure: BriefingError?

    init(pretty: Bool, sink: Sink, flushThreshold: Int) {
        output = JSONOutput(pretty: pretty, capacity: flushThreshold == .max ? 4096 : flushThreshold + 4096)
        self.sink = sink
        self.flushThreshold = flushThreshold
    }

    /// Hands the buffer to the sink if it has grown past the threshold.
    mutating func flushIfNeeded() {
        if output.buffer.count >= flushThreshold { flush() }
    }

    /// Hands the buffer to the sink and empties it.
    mutating func flush() {
        guard failure == nil, output.buffer.count > 0 else { return }
        do throws(BriefingError) { try sink.write(output.buffer.bytes) } catch { failure = error }
        output.buffer.removeAll()
    }

    mutating func defaultVisit(_ node: BriefingNode) {
        // Every kind of node has its own method below; this is never reached.
        output.null()
    }

    mutating func visitBriefing(_ briefing: Briefing) {
        output.beginObject()
        output.key("\"formatVersion\":")
        output.string(Briefing.formatVersion)
        output.key("\"title\":")
        output.string(briefing.title)
        output.key("\"titleLocation\":")
        location(briefing.titleLocation)
        output.key("\"metadata\":")
        metadata(briefing.metadata)
        output.key("\"sections\":")
        output.beginArray()
        for section in briefing.sections {
            output.element()
            visitSection(section)
        }
        output.endArray()
        analysis(briefing.analysis)
        output.key("\"diagnostics\":")
        output.beginArray()
        for diagnostic in briefing.diagnostics {
            output.element()
            self.diagnostic(diagnostic)
        }
        output.endArray()
        output.endObject()
    }

    mutating func visitSection(_ section: Section) {
        output.beginObject()
        output.key("\"heading\":")
        output.string(section.heading)
        output.key("\"level\":")
        output.int(section.level)
        output.key("\"location\":")
        location(section.location)
        output.key("\"blocks\":")
        output.beginArray()
        for block in section.blocks where failure == nil {
            output.element()
            visit(block)
            flushIfNeeded()
        }
        output.endArray()
        output.key("\"sections\":")
        output.beginArray()
        for child in section.sections {
            output.element()
            visitSection(child)
        }
        output.endArray()
        output.endObject()
    }

    mutating func visitParagraph(_ paragraph: Paragraph) {
        output.beginObject()
        output.key("\"kind\":")
        output.string("paragraph")
        output.key("\"text\":")
        output.string(paragraph.text)
        output.key("\"location\":")
        location(paragraph.location)
        output.endObject()
    }

    mutating func visitList(_ list: ListBlock) {
        output.beginObject()
        output.key("\"kind\":")
        output.string("list")
        output.key("\"ordered\":")
        output.bool(list.ordered)
        output.key("\"items\":")
        items(list.items)
        output.key("\"location\":")
        location(list.location)
        output.endObject()
    }

    mutating func visitListItem(_ item: ListItem) {
        output.beginObject()
        output.key("\"label\":")
        output.string(item.label)
        output.key("\"text\":")
        output.string(item.text)
        output.key("\"items\":")
        items(item.items)
        output.key("\"location\":")
        location(item.location)
        output.endObject()
    }

    mutating func visitQuote(_ quote: Quote) {
        output.beginObject()
        output.key("\"kind\":")
        output.string("quote")
        quoteMembers(quote)
        output.endObject()
    }

    /// The members of a quote; a nested quote has them without `kind` (it can only be a quote).
    private mutating func quoteMembers(_ quote: Quote) {
        output.key("\"text\":")
        output.string(quote.text)
        output.key("\"attribution\":")
        output.string(quote.attribution)
        output.key("\"quotes\":")
        output.beginArray()
        for child in quote.quotes {
            output.element()
            output.beginObject()
            quoteMembers(child)
            output.endObject()
        }
        output.endArray()
        output.key("\"location\":")
        location(quote.location)
    }

    // MARK: Parts that are not tree nodes

    private mutating func items(_ items: [ListItem]) {
        output.beginArray()
        for item in items {
            output.element()
            visitListItem(item)
        }
        output.endArray()
    }

    private mutating func location(_ location: SourceLocation?) {
        guard let location else { return output.null() }
        output.beginObject(inline: true)
        output.key("\"line\":")
        output.int(location.line)
        output.key("\"column\":")
        output.int(location.column)
        output.endObject()
    }

    private mutating func metadata(_ metadata: Metadata) {
        output.beginObject()
        output.key("\"byline\":")
        output.string(metadata.byline)
        output.key("\"dateline\":")
        output.string(metadata.dateline)
        output.key("\"date\":")
        output.string(metadata.date)
        output.key("\"place\":")
        output.string(metadata.place)
        output.key("\"source\":")
        output.string(metadata.source)
        output.key("\"language\":")
        output.string(metadata.language)
        output.endObject()
    }

    private mutating func diagnostic(_ diagnostic: Diagnostic) {
        output.beginObject()
        output.key("\"severity\":")
        output.string(diagnostic.severity.rawValue)
        output.key("\"code\":")
        output.string(diagnostic.code.rawValue)
        output.key("\"message\":")
        output.string(diagnostic.message)
        output.key("\"location\":")
        location(diagnostic.location)
        output.endObject()
    }

    private mutating func analysis(_ analysis: AnalysisResults) {
        if let entities = analysis.entities {
            output.key("\"entities\":")
            output.beginArray()
            for entity in entities {
                output.element()
                output.beginObject()
                output.key("\"name\":")
                output.string(entity.name)
                output.key("\"kind\":")
                output.string(entity.kind.rawValue)
                output.key("\"mentions\":")
                output.int(entity.mentions)
                output.key("\"aliases\":")
                strings(entity.aliases)
                output.key("\"firstMention\":")
                location(entity.firstMention)
                output.endObject()
            }
            output.endArray()
        }
        if let quotes = analysis.quotes {
            output.key("\"quotes\":")
            output.beginArray()
            for quote in quotes {
                output.element()
                output.beginObject()
                output.key("\"text\":")
                output.string(quote.text)
                output.key("\"speaker\":")
                output.string(quote.speaker)
                output.key("\"cue\":")
                output.string(quote.cue)
                output.key("\"location\":")
                location(quote.location)
                output.endObject()
            }
            output.endArray()
        }
        if let keyphrases = analysis.keyphrases {
            output.key("\"keyphrases\":")
            output.beginArray()
            for keyphrase in keyphrases {
                output.element()
                output.beginObject(inline: true)
                output.key("\"text\":")
                output.string(keyphrase.text)
                output.key("\"score\":")
                output.double(keyphrase.score)
                output.endObject()
            }
            output.endArray()
        }
        if let summary = analysis.summary {
            output.key("\"summary\":")
            output.beginObject()
            output.key("\"sentences\":")
            strings(summary.sentences)
            output.endObject()
        }
        if let estimates = analysis.estimates {
            output.key("\"estimates\":")
            output.beginArray()
            for estimate in estimates {
                output.element()
                output.beginObject()
                output.key("\"text\":")
                output.string(estimate.text)
                output.key("\"phrase\":")
                output.string(estimate.phrase)
                output.key("\"band\":")
                output.string(estimate.band?.rawValue)
                output.key("\"probability\":")
                if let probability = estimate.probability {
                    output.beginObject(inline: true)
                    output.key("\"lower\":")
                    output.double(probability.lowerBound)
                    output.key("\"upper\":")
                    output.double(probability.upperBound)
                    output.endObject()
                } else {
                    output.null()
                }
                output.key("\"location\":")
                location(estimate.location)
                output.endObject()
            }
            output.endArray()
        }
        if let statistics = analysis.statistics {
            output.key("\"statistics\":")
            output.beginObject()
            output.key("\"words\":")
            output.int(statistics.words)
            output.key("\"sentences\":")
            output.int(statistics.sentences)
            output.key("\"readingTimeSeconds\":")
            output.int(statistics.readingTimeSeconds)
            output.endObject()
        }
    }

    private mutating func strings(_ values: [String]) {
        output.beginArray()
        for value in values {
            output.element()
            output.string(value)
        }
        output.endArray()
    }
}
