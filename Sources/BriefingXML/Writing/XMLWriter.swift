import BriefingModel

/// Writes a briefing as XML by visiting its tree; see `Schemas/briefing.xsd` for the vocabulary.
struct XMLWriter: BriefingVisitor {
    let output: XMLStreamWriter

    mutating func defaultVisit(_ node: BriefingNode) {
        // Every kind of node has its own method below.
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
        output.startElement("metadata")
        output.element("byline", briefing.metadata.byline)
        output.element("dateline", briefing.metadata.dateline)
        output.element("date", briefing.metadata.date)
        output.element("place", briefing.metadata.place)
        output.element("source", briefing.metadata.source)
        output.element("language", briefing.metadata.language)
        output.endElement()
        for section in briefing.sections where output.isWriting {
            visitSection(section)
        }
        analysis(briefing.analysis)
        output.startElement("diagnostics")
        for diagnostic in briefing.diagnostics {
            output.startElement("diagnostic")
            output.attribute("severity", diagnostic.severity.rawValue)
            output.attribute("code", diagnostic.code.rawValue)
            location(diagnostic.location)
            output.text(diagnostic.message)
            output.endElement()
        }
        output.endElement()
        output.endElement()
    }

    mutating func visitSection(_ section: Section) {
        output.startElement("section")
        output.attribute("level", String(section.level))
        if let heading = section.heading {
            output.startElement("heading")
            location(section.location)
            output.text(heading)
            output.endElement()
        }
        for block in section.blocks { visit(block) }
        for child in section.sections { visitSection(child) }
        output.endElement()
    }

    mutating func visitParagraph(_ paragraph: Paragraph) {
        output.startElement("paragraph")
        location(paragraph.location)
        output.text(paragraph.text)
        output.endElement()
    }

    mutating func visitList(_ list: ListBlock) {
        output.startElement("list")
        output.attribute("ordered", list.ordered ? "true" : "false")
        location(list.location)
        for item in list.items { visitListItem(item) }
        output.endElement()
    }

    mutating func visitListItem(_ item: ListItem) {
        output.startElement("item")
        location(item.location)
        output.element("label", item.label)
        output.element("text", item.text)
        for child in item.items { visitListItem(child) }
        output.endElement()
    }

    mutating func visitQuote(_ quote: Quote) {
        output.startElement("quote")
        location(quote.location)
        output.element("text", quote.text)
        output.element("attribution", quote.attribution)
        for child in quote.quotes { visitQuote(child) }
        output.endElement()
    }

    // MARK: Parts that are not tree nodes

    private func location(_ location: SourceLocation?) {
        guard let location else { return }
        output.attribute("line", String(location.line))
        output.attribute("column", String(location.column))
    }

    private func analysis(_ analysis: AnalysisResults) {
        if let entities = analysis.entities {
            output.startElement("entities")
            for entity in entities {
                output.startElement("entity")
                output.attribute("kind", entity.kind.rawValue)
                output.attribute("mentions", String(entity.mentions))
                location(entity.firstMention)
                output.element("name", entity.name)
                for alias in entity.aliases { output.element("alias", alias) }
                output.endElement()
            }
            output.endElement()
        }
        if let quotes = analysis.quotes {
            output.startElement("quotes")
            for quote in quotes {
                output.startElement("attributedQuote")
                location(quote.location)
                output.element("text", quote.text)
                output.element("speaker", quote.speaker)
                output.element("cue", quote.cue)
                output.endElement()
            }
            output.endElement()
        }
        if let keyphrases = analysis.keyphrases {
            output.startElement("keyphrases")
            for keyphrase in keyphrases {
                output.startElement("keyphrase")
                output.attribute("score", Self.xsdDouble(keyphrase.score))
                output.text(keyphrase.text)
                output.endElement()
            }
            output.endElement()
        }
        if let summary = analysis.summary {
            output.startElement("summary")
            for sentence in summary.sentences { output.element("sentence", sentence) }
            output.endElement()
        }
        if let estimates = analysis.estimates {
            output.startElement("estimates")
            for estimate in estimates {
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
            output.endElement()
        }
        if let statistics = analysis.statistics {
            output.startElement("statistics")
            output.attribute("words", String(statistics.words))
            output.attribute("sentences", String(statistics.sentences))
            output.attribute("readingTimeSeconds", String(statistics.readingTimeSeconds))
            output.endElement()
        }
    }

    /// A double in the lexical form of `xs:double` (`INF`, `-INF` and `NaN` spelled as XSD spells them).
    static func xsdDouble(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-INF" : "INF" }
        return value.description
    }
}
