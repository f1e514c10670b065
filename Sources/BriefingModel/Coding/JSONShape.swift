/// Where the JSON form of a briefing is written: the JSON exporter's byte buffer, or a Swift
/// `Encoder` (the model's `Encodable` conformance).
///
/// ``JSONShapeWriter`` is the one place that says which keys a briefing's JSON has and in what
/// order; both outputs follow it, so `JSONExporter` and `JSONEncoder` cannot drift apart.
protocol JSONShapeOutput {
    /// Starts an object; `inline` asks a pretty printer to keep it on one line (a location).
    mutating func beginObject(inline: Bool)
    /// Ends the innermost object.
    mutating func endObject()
    /// Starts an array.
    mutating func beginArray()
    /// Ends the innermost array.
    mutating func endArray()
    /// Comes before each element of an array.
    mutating func element()
    /// The key of the next member of an object (a name without quotes).
    mutating func key(_ name: StaticString)
    /// The key of the next member of an object, made at run time (a custom result's key).
    mutating func dynamicKey(_ name: String)
    /// `null`.
    mutating func null()
    /// `true` or `false`.
    mutating func bool(_ value: Bool)
    /// A whole number.
    mutating func int(_ value: Int)
    /// A number; one that is not finite is written as `null`.
    mutating func double(_ value: Double)
    /// A string.
    mutating func string(_ value: String)
    /// Text stored in a briefing's shared storage (see ``JSONShapeOutput/text(_:)-(TextSlice)``).
    mutating func text(_ value: TextSlice)
}

extension JSONShapeOutput {
    /// A string, or `null`.
    mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// Text stored in a briefing's shared storage; an output that writes bytes reads it in place.
    mutating func text(_ value: TextSlice) {
        string(value.string)
    }

    /// Text stored in a briefing's shared storage, or `null`.
    mutating func text(_ value: TextSlice?) {
        if let value { text(value) } else { null() }
    }
}

/// Writes a briefing, or any part of it, in its JSON form: the key names and their order,
/// defined once.
///
/// ```json
/// {"formatVersion": "1.0", "title": …, "titleLocation": {"line": 1, "column": 1}, "metadata": {…},
///  "sections": [{"heading": null, "level": 1, "location": null, "blocks": […], "sections": […]}],
///  "entities": […], "quotes": […], "keyphrases": […], "summary": {…}, "estimates": […],
///  "statistics": {…}, "custom": {…}, "diagnostics": […]}
/// ```
///
/// Analysis results sit at the top level and are written only when present.
struct JSONShapeWriter<Output: JSONShapeOutput>: BriefingVisitor {
    var output: Output
    init(output: Output) {
        self.output = output
    }
    mutating func defaultVisit(_ node: BriefingNode) {
        // Every kind of node has its own method below; a kind added later without one is `null`.
        output.null()
    }

    // MARK: The briefing
    mutating func visitBriefing(_ briefing: Briefing) {
        output.beginObject(inline: false)
        output.key("formatVersion")
        output.string(Briefing.formatVersion)
        output.key("title")
        output.string(briefing.title)
        output.key("titleLocation")
        location(briefing.titleLocation)
        output.key("metadata")
        visitMetadata(briefing.metadata)
        output.key("sections")
        sections(briefing.sections)
        analysisMembers(briefing.analysis)
        output.key("diagnostics")
        output.beginArray()
        for diagnostic in briefing.diagnostics {
            output.element()
            visitDiagnostic(diagnostic)
        }
        output.endArray()
        output.endObject()
    }
    mutating func visitMetadata(_ metadata: Metadata) {
        output.beginObject(inline: false)
        output.key("byline")
        output.string(metadata.byline)
        output.key("authors")
        strings(metadata.authors)
        output.key("dateline")
        output.string(metadata.dateline)
        output.key("date")
        output.string(metadata.date)
        output.key("published")
        output.string(metadata.published)
        output.key("modified")
        output.string(metadata.modified)
        output.key("place")
        output.string(metadata.place)
        output.key("source")
        output.string(metadata.source)
        output.key("siteName")
        output.string(metadata.siteName)
        output.key("url")
        output.string(metadata.url)
        output.key("description")
        output.string(metadata.description)
        output.key("image")
        output.string(metadata.image)
        output.key("language")
        output.string(metadata.language)
        output.key("tags")
        strings(metadata.tags)
        output.endObject()
    }

    // MARK: The outline
    mutating func visitSection(_ section: Section) {
        output.beginObject(inline: false)
        output.key("heading")
        output.text(section.headingSlice)
        output.key("level")
        output.int(section.level)
        output.key("location")
        location(section.location)
        output.key("blocks")
        output.beginArray()
        for block in section.blocks {
            output.element()
            visit(block)
        }
        output.endArray()
        output.key("sections")
        sections(section.sections)
        output.endObject()
    }
    mutating func visitParagraph(_ paragraph: Paragraph) {
        output.beginObject(inline: false)
        output.key("kind")
        output.string("paragraph")
        paragraphMembers(paragraph)
        output.endObject()
    }

    /// A paragraph's members after `kind`.
    mutating func paragraphMembers(_ paragraph: Paragraph) {
        output.key("text")
        output.text(paragraph.textSlice)
        output.key("location")
        location(paragraph.location)
    }
    mutating func visitList(_ list: ListBlock) {
        output.beginObject(inline: false)
        output.key("kind")
        output.string("list")
        listMembers(list)
        output.endObject()
    }

    /// A list's members after `kind` (also the whole of a list encoded on its own).
    mutating func listMembers(_ list: ListBlock) {
        output.key("ordered")
        output.bool(list.ordered)
        if list.start != 1 {
            // `start` only when it is not 1 (readers give it only to ordered lists): absent means 1.
            output.key("start")
            output.int(list.start)
        }
        output.key("items")
        items(list.items)
        output.key("location")
        location(list.location)
    }
    mutating func visitListItem(_ item: ListItem) {
        output.beginObject(inline: false)
        output.key("label")
        output.text(item.labelSlice)
        output.key("text")
        output.text(item.textSlice)
        output.key("items")
        items(item.items)
        output.key("location")
        location(item.location)
        output.endObject()
    }
    mutating func visitQuote(_ quote: Quote) {
        output.beginObject(inline: false)
        output.key("kind")
        output.string("quote")
        quoteMembers(quote)
        output.endObject()
    }

    /// A quote's members after `kind`; a nested quote has them without `kind` (it can only be a quote).
    mutating func quoteMembers(_ quote: Quote) {
        output.key("text")
        output.text(quote.textSlice)
        output.key("attribution")
        output.text(quote.attributionSlice)
        output.key("quotes")
        output.beginArray()
        for child in quote.quotes {
            output.element()
            output.beginObject(inline: false)
            quoteMembers(child)
            output.endObject()
        }
        output.endArray()
        output.key("location")
        location(quote.location)
    }
    mutating func visitCodeBlock(_ code: CodeBlock) {
        output.beginObject(inline: false)
        output.key("kind")
        output.string("code")
        codeMembers(code)
        output.endObject()
    }

    /// A code block's members after `kind`.
    mutating func codeMembers(_ code: CodeBlock) {
        output.key("text")
        output.string(code.text)
        output.key("language")
        output.string(code.language)
        output.key("location")
        location(code.location)
    }
    mutating func visitTable(_ table: Table) {
        output.beginObject(inline: false)
        output.key("kind")
        output.string("table")
        tableMembers(table)
        output.endObject()
    }

    /// A table's members after `kind`.
    mutating func tableMembers(_ table: Table) {
        output.key("headerRowCount")
        output.int(table.headerRowCount)
        output.key("rows")
        output.beginArray()
        for row in table.rows {
            output.element()
            strings(row)
        }
        output.endArray()
        output.key("caption")
        output.string(table.caption)
        output.key("text")
        output.string(table.text)
        output.key("location")
        location(table.location)
    }
    mutating func visitFigure(_ figure: Figure) {
        output.beginObject(inline: false)
        output.key("kind")
        output.string("figure")
        figureMembers(figure)
        output.endObject()
    }

    /// A figure's members after `kind`.
    mutating func figureMembers(_ figure: Figure) {
        output.key("caption")
        output.string(figure.caption)
        output.key("source")
        output.string(figure.source)
        output.key("location")
        location(figure.location)
    }

    // MARK: Analysis

    /// The analysis results as an object of their own (`AnalysisResults` encoded alone).
    mutating func visitAnalysis(_ analysis: AnalysisResults) {
        output.beginObject(inline: false)
        analysisMembers(analysis)
        output.endObject()
    }

    /// The members for the results that are present, in their fixed order.
    mutating func analysisMembers(_ analysis: AnalysisResults) {
        if let entities = analysis.entities {
            output.key("entities")
            output.beginArray()
            for entity in entities {
                output.element()
                visitEntity(entity)
            }
            output.endArray()
        }
        if let quotes = analysis.quotes {
            output.key("quotes")
            output.beginArray()
            for quote in quotes {
                output.element()
                visitAttributedQuote(quote)
            }
            output.endArray()
        }
        if let keyphrases = analysis.keyphrases {
            output.key("keyphrases")
            output.beginArray()
            for keyphrase in keyphrases {
                output.element()
                visitKeyphrase(keyphrase)
            }
            output.endArray()
        }
        if let summary = analysis.summary {
            output.key("summary")
            visitSummary(summary)
        }
        if let estimates = analysis.estimates {
            output.key("estimates")
            output.beginArray()
            for estimate in estimates {
                output.element()
                visitEstimate(estimate)
            }
            output.endArray()
        }
        if let statistics = analysis.statistics {
            output.key("statistics")
            visitStatistics(statistics)
        }
        if !analysis.custom.isEmpty {
            output.key("custom")
            value(.object(analysis.custom))
        }
    }
    mutating func visitEntity(_ entity: Entity) {
        output.beginObject(inline: false)
        output.key("name")
        output.string(entity.name)
        output.key("kind")
        output.string(entity.kind.rawValue)
        output.key("mentions")
        output.int(entity.mentions)
        output.key("aliases")
        strings(entity.aliases)
        output.key("firstMention")
        location(entity.firstMention)
        output.endObject()
    }
    mutating func visitAttributedQuote(_ quote: AttributedQuote) {
        output.beginObject(inline: false)
        output.key("text")
        output.string(quote.text)
        output.key("speaker")
        output.string(quote.speaker)
        output.key("cue")
        output.string(quote.cue?.rawValue)
        output.key("location")
        location(quote.location)
        output.endObject()
    }
    mutating func visitKeyphrase(_ keyphrase: Keyphrase) {
        output.beginObject(inline: true)
        output.key("text")
        output.string(keyphrase.text)
        output.key("score")
        output.double(keyphrase.score)
        output.endObject()
    }
    mutating func visitSummary(_ summary: Summary) {
        output.beginObject(inline: false)
        output.key("sentences")
        strings(summary.sentences)
        output.endObject()
    }
    mutating func visitEstimate(_ estimate: Estimate) {
        output.beginObject(inline: false)
        output.key("text")
        output.string(estimate.text)
        output.key("phrase")
        output.string(estimate.phrase)
        output.key("band")
        output.string(estimate.band?.rawValue)
        output.key("probability")
        if let probability = estimate.probability {
            output.beginObject(inline: true)
            output.key("lower")
            output.double(probability.lowerBound)
            output.key("upper")
            output.double(probability.upperBound)
            output.endObject()
        } else {
            output.null()
        }
        output.key("location")
        location(estimate.location)
        output.endObject()
    }
    mutating func visitStatistics(_ statistics: Statistics) {
        output.beginObject(inline: false)
        output.key("words")
        output.int(statistics.words)
        output.key("sentences")
        output.int(statistics.sentences)
        output.key("readingTimeSeconds")
        output.int(statistics.readingTimeSeconds)
        output.endObject()
    }
    mutating func visitCustomResult(key: String, value: AnalysisValue) {
        self.value(value)
    }

    /// A value of a custom result; object members in sorted order, so the output is deterministic.
    mutating func value(_ value: AnalysisValue) {
        switch value {
        case .null: output.null()
        case .bool(let flag): output.bool(flag)
        case .integer(let integer): output.int(integer)
        case .number(let number): output.double(number)
        case .string(let text): output.string(text)
        case .array(let elements):
            output.beginArray()
            for element in elements {
                output.element()
                self.value(element)
            }
            output.endArray()
        case .object(let members):
            output.beginObject(inline: false)
            for name in members.keys.sorted() {
                output.dynamicKey(name)
                self.value(members[name]!)
            }
            output.endObject()
        }
    }

    // MARK: Diagnostics and the parts that are not nodes
    mutating func visitDiagnostic(_ diagnostic: Diagnostic) {
        output.beginObject(inline: false)
        output.key("severity")
        output.string(diagnostic.severity.rawValue)
        output.key("code")
        output.string(diagnostic.code.rawValue)
        output.key("message")
        output.string(diagnostic.message)
        output.key("location")
        location(diagnostic.location)
        output.endObject()
    }
    mutating func location(_ location: SourceLocation?) {
        guard let location else { return output.null() }
        output.beginObject(inline: true)
        output.key("line")
        output.int(location.line)
        output.key("column")
        output.int(location.column)
        output.endObject()
    }
    mutating func sections(_ sections: [Section]) {
        output.beginArray()
        for section in sections {
            output.element()
            visitSection(section)
        }
        output.endArray()
    }
    mutating func items(_ items: ChildList<ListItem>) {
        output.beginArray()
        for item in items {
            output.element()
            visitListItem(item)
        }
        output.endArray()
    }
    mutating func strings(_ values: [String]) {
        output.beginArray()
        for value in values {
            output.element()
            output.string(value)
        }
        output.endArray()
    }
}
