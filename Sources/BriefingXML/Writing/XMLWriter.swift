import BriefingLibXML
import BriefingModel

/// Writes a briefing as XML by walking its tree; see `Schemas/briefing.xsd` for the vocabulary.
///
/// Element order follows the walk (metadata, sections, analysis, diagnostics), which is the
/// schema's order; each node opens its element, lets ``descend(into:)`` write its children, and
/// closes it.
struct XMLWriter: BriefingWalker {
    let output: XMLStreamWriter
    /// Whether the `<diagnostics>` group is open (the first diagnostic opens it).
    private var openedDiagnostics = false

    init(output: XMLStreamWriter) {
        self.output = output
    }

    mutating func visitBriefing(_ briefing: Briefing) {
        output.startDocument()
        output.startElement("briefing")
        output.attribute("xmlns", BriefingXMLSchema.namespace)
        output.attribute("formatVersion", Briefing.formatVersion)
        if let title = briefing.title {
            output.startElement("title")
            location(briefing.titleLocation)
            output.text(title)
            output.endElement()
        }
        descend(into: .briefing(briefing))
        // The first diagnostic opened the group; without any it is written empty.
        if !openedDiagnostics { output.startElement("diagnostics") }
        output.endElement()
        output.endElement()
    }

    mutating func visitMetadata(_ metadata: Metadata) {
        output.startElement("metadata")
        output.element("byline", metadata.byline)
        for author in metadata.authors { output.element("author", author) }
        output.element("dateline", metadata.dateline)
        output.element("date", metadata.date)
        output.element("published", metadata.published)
        output.element("modified", metadata.modified)
        output.element("place", metadata.place)
        output.element("source", metadata.source)
        output.element("siteName", metadata.siteName)
        output.element("url", metadata.url)
        output.element("description", metadata.description)
        output.element("image", metadata.image)
        output.element("language", metadata.language)
        for tag in metadata.tags { output.element("tag", tag) }
        output.endElement()
    }

    mutating func visitSection(_ section: Section) {
        guard output.isWriting else { return }
        output.startElement("section")
        output.attribute("level", String(section.level))
        if let heading = section.headingSlice {
            output.startElement("heading")
            location(section.location)
            output.text(heading)
            output.endElement()
        }
        descend(into: .section(section))
        output.endElement()
    }

    mutating func visitParagraph(_ paragraph: Paragraph) {
        output.startElement("paragraph")
        location(paragraph.location)
        output.text(paragraph.textSlice)
        output.endElement()
    }

    mutating func visitList(_ list: ListBlock) {
        output.startElement("list")
        output.attribute("ordered", list.ordered ? "true" : "false")
        // `start` only when it is not 1 (readers give it only to ordered lists): absent means 1.
        if list.start != 1 { output.attribute("start", String(list.start)) }
        location(list.location)
        descend(into: .list(list))
        output.endElement()
    }

    mutating func visitListItem(_ item: ListItem) {
        output.startElement("item")
        location(item.location)
        output.element("label", item.labelSlice)
        output.element("text", item.textSlice)
        descend(into: .listItem(item))
        output.endElement()
    }

    mutating func visitQuote(_ quote: Quote) {
        output.startElement("quote")
        location(quote.location)
        output.element("text", quote.textSlice)
        output.element("attribution", quote.attributionSlice)
        descend(into: .quote(quote))
        output.endElement()
    }

    mutating func visitCodeBlock(_ code: CodeBlock) {
        output.startElement("code")
        location(code.location)
        output.element("language", code.language)
        output.element("text", code.text)
        output.endElement()
    }

    mutating func visitTable(_ table: Table) {
        output.startElement("table")
        output.attribute("headerRowCount", String(table.headerRowCount))
        location(table.location)
        output.element("caption", table.caption)
        for row in table.rows {
            output.startElement("row")
            for cell in row { output.element("cell", cell) }
            output.endElement()
        }
        output.endElement()
    }

    mutating func visitFigure(_ figure: Figure) {
        output.startElement("figure")
        location(figure.location)
        output.element("caption", figure.caption)
        output.element("source", figure.source)
        output.endElement()
    }

    // MARK: Analysis: each present result is a group element around its items

    mutating func visitAnalysis(_ analysis: AnalysisResults) {
        group("entities", analysis.entities) { $0.visitEntity($1) }
        group("quotes", analysis.quotes) { $0.visitAttributedQuote($1) }
        group("keyphrases", analysis.keyphrases) { $0.visitKeyphrase($1) }
        if let summary = analysis.summary { visitSummary(summary) }
        group("estimates", analysis.estimates) { $0.visitEstimate($1) }
        if let statistics = analysis.statistics { visitStatistics(statistics) }
        if !analysis.custom.isEmpty {
            output.startElement("custom")
            for key in analysis.custom.keys.sorted() { visitCustomResult(key: key, value: analysis.custom[key]!) }
            output.endElement()
        }
    }

    private mutating func group<Item>(_ name: String, _ items: [Item]?, _ visit: (inout Self, Item) -> Void) {
        guard let items else { return }
        output.startElement(name)
        for item in items { visit(&self, item) }
        output.endElement()
    }

    mutating func visitEntity(_ entity: Entity) {
        output.startElement("entity")
        output.attribute("kind", entity.kind.rawValue)
        output.attribute("mentions", String(entity.mentions))
        location(entity.firstMention)
        output.element("name", entity.name)
        for alias in entity.aliases { output.element("alias", alias) }
        output.endElement()
    }

    mutating func visitAttributedQuote(_ quote: AttributedQuote) {
        output.startElement("attributedQuote")
        location(quote.location)
        output.element("text", quote.text)
        output.element("speaker", quote.speaker)
        output.element("cue", quote.cue?.rawValue)
        output.endElement()
    }

    mutating func visitKeyphrase(_ keyphrase: Keyphrase) {
        output.startElement("keyphrase")
        output.attribute("score", Self.xsdDouble(keyphrase.score))
        output.text(keyphrase.text)
        output.endElement()
    }

    mutating func visitSummary(_ summary: Summary) {
        output.startElement("summary")
        for sentence in summary.sentences { output.element("sentence", sentence) }
        output.endElement()
    }

    mutating func visitEstimate(_ estimate: Estimate) {
        output.startElement("estimate")
        if let band = estimate.band {
            output.attribute("band", band.rawValue)
            output.attribute("lower", Self.xsdDouble(band.probability.lowerBound))
            output.attribute("upper", Self.xsdDouble(band.probability.upperBound))
        }
        location(estimate.location)
        output.element("text", estimate.text)
        output.element("phrase", estimate.phrase)
        output.endElement()
    }

    mutating func visitStatistics(_ statistics: Statistics) {
        output.startElement("statistics")
        output.attribute("words", String(statistics.words))
        output.attribute("sentences", String(statistics.sentences))
        output.attribute("readingTimeSeconds", String(statistics.readingTimeSeconds))
        output.endElement()
    }

    mutating func visitCustomResult(key: String, value: AnalysisValue) {
        output.startElement("result")
        output.element("key", key)
        self.value(value)
        output.endElement()
    }

    /// A value of the JSON data model in the schema's vocabulary; object members sorted by name.
    private func value(_ value: AnalysisValue) {
        switch value {
        case .null:
            output.startElement("null")
            output.endElement()
        case .bool(let flag): output.element("bool", flag ? "true" : "false")
        case .integer(let integer): output.element("integer", String(integer))
        case .number(let number): output.element("number", Self.xsdDouble(number))
        case .string(let text): output.element("string", text)
        case .array(let elements):
            output.startElement("array")
            for element in elements { self.value(element) }
            output.endElement()
        case .object(let members):
            output.startElement("object")
            for name in members.keys.sorted() {
                output.startElement("member")
                output.element("name", name)
                self.value(members[name]!)
                output.endElement()
            }
            output.endElement()
        }
    }

    // MARK: Diagnostics

    mutating func visitDiagnostic(_ diagnostic: Diagnostic) {
        // The first diagnostic opens the group; `visitBriefing` closes it.
        if !openedDiagnostics {
            openedDiagnostics = true
            output.startElement("diagnostics")
        }
        output.startElement("diagnostic")
        output.attribute("severity", diagnostic.severity.rawValue)
        output.attribute("code", diagnostic.code.rawValue)
        location(diagnostic.location)
        output.text(diagnostic.message)
        output.endElement()
    }

    private func location(_ location: SourceLocation?) {
        guard let location else { return }
        output.attribute("line", String(location.line))
        output.attribute("column", String(location.column))
    }

    /// A double in the lexical form of `xs:double` (`INF`, `-INF` and `NaN` spelled as XSD spells them).
    static func xsdDouble(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-INF" : "INF" }
        return value.description
    }
}
