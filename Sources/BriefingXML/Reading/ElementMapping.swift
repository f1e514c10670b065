import BriefingModel

/// Maps the elements of a schema-valid briefing document to the model.
///
/// The document has been validated, so required elements and attributes are present and typed;
/// the mapping still never traps on a surprise (it falls back to defaults).
enum ElementMapping {
    static func briefing(_ root: XMLElement) -> Briefing {
        var briefing = Briefing()
        for child in root.children {
            switch child.name {
            case "title":
                briefing.title = child.text
                briefing.titleLocation = location(child)
            case "metadata":
                briefing.metadata = metadata(child)
            case "section":
                briefing.sections.append(section(child))
            case "entities":
                briefing.analysis.entities = child.children.map(entity)
            case "quotes":
                briefing.analysis.quotes = child.children.map(attributedQuote)
            case "keyphrases":
                briefing.analysis.keyphrases = child.children.map {
                    Keyphrase(text: $0.text, score: typedAttribute($0, "score").flatMap(double) ?? 0)
                }
            case "summary":
                briefing.analysis.summary = Summary(sentences: child.children.map(\.text))
            case "estimates":
                briefing.analysis.estimates = child.children.map(estimate)
            case "statistics":
                briefing.analysis.statistics = Statistics(
                    words: integer(child, "words"), sentences: integer(child, "sentences"),
                    readingTimeSeconds: integer(child, "readingTimeSeconds"))
            case "diagnostics":
                briefing.diagnostics = child.children.map(diagnostic)
            default:
                break
            }
        }
        return briefing
    }

    private static func location(_ element: XMLElement) -> SourceLocation? {
        guard let line = typedAttribute(element, "line").flatMap({ Int($0) }),
            let column = typedAttribute(element, "column").flatMap({ Int($0) })
        else { return nil }
        return SourceLocation(line: line, column: column)
    }

    private static func requiredLocation(_ element: XMLElement) -> SourceLocation {
        location(element) ?? SourceLocation(line: max(1, element.line), column: 1)
    }

    private static func integer(_ element: XMLElement, _ name: String) -> Int {
        typedAttribute(element, name).flatMap { Int($0) } ?? 0
    }

    /// The value of a number or boolean attribute without the white space around it, which XML
    /// Schema collapses for these types: `level="2&#10;"` is a valid level 2.
    private static func typedAttribute(_ element: XMLElement, _ name: String) -> String? {
        guard let value = element.attribute(name) else { return nil }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let bytes = value.utf8
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(value[first...last])
    }

    private static func double(_ text: String) -> Double? {
        switch text {
        case "INF": .infinity
        case "-INF": -.infinity
        case "NaN": .nan
        default: Double(text)
        }
    }

    private static func metadata(_ element: XMLElement) -> Metadata {
        var metadata = Metadata()
        for child in element.children {
            let value = child.text
            switch child.name {
            case "byline": metadata.byline = value
            case "dateline": metadata.dateline = value
            case "date": metadata.date = value
            case "place": metadata.place = value
            case "source": metadata.source = value
            case "language": metadata.language = value
            default: break
            }
        }
        return metadata
    }

    private static func section(_ element: XMLElement) -> Section {
        var section = Section(heading: nil, level: integer(element, "level"))
        for child in element.children {
            switch child.name {
            case "heading":
                section.heading = child.text
                section.location = location(child)
            case "paragraph":
                section.blocks.append(.paragraph(Paragraph(text: child.text, location: requiredLocation(child))))
            case "list":
                section.blocks.append(
                    .list(
                        ListBlock(
                            ordered: ["true", "1"].contains(typedAttribute(child, "ordered")),
                            items: child.children.map(item), location: requiredLocation(child))))
            case "quote":
                section.blocks.append(.quote(quote(child)))
            case "section":
                section.sections.append(self.section(child))
            default:
                break
            }
        }
        return section
    }

    private static func item(_ element: XMLElement) -> ListItem {
        var item = ListItem(text: "", location: requiredLocation(element))
        for child in element.children {
            switch child.name {
            case "label": item.label = child.text
            case "text": item.text = child.text
            case "item": item.items.append(self.item(child))
            default: break
            }
        }
        return item
    }

    private static func quote(_ element: XMLElement) -> Quote {
        var quote = Quote(text: "", location: requiredLocation(element))
        for child in element.children {
            switch child.name {
            case "text": quote.text = child.text
            case "attribution": quote.attribution = child.text
            case "quote": quote.quotes.append(self.quote(child))
            default: break
            }
        }
        return quote
    }

    private static func entity(_ element: XMLElement) -> Entity {
        var entity = Entity(
            name: "", kind: element.attribute("kind").flatMap(EntityKind.init(rawValue:)) ?? .other,
            mentions: integer(element, "mentions"), firstMention: location(element))
        for child in element.children {
            switch child.name {
            case "name": entity.name = child.text
            case "alias": entity.aliases.append(child.text)
            default: break
            }
        }
        return entity
    }

    private static func attributedQuote(_ element: XMLElement) -> AttributedQuote {
        var quote = AttributedQuote(text: "", location: location(element))
        for child in element.children {
            switch child.name {
            case "text": quote.text = child.text
            case "speaker": quote.speaker = child.text
            case "cue": quote.cue = child.text
            default: break
            }
        }
        return quote
    }

    private static func estimate(_ element: XMLElement) -> Estimate {
        var estimate = Estimate(
            text: "", phrase: "", band: element.attribute("band").flatMap(EstimateBand.init(rawValue:)),
            location: location(element))
        for child in element.children {
            switch child.name {
            case "text": estimate.text = child.text
            case "phrase": estimate.phrase = child.text
            default: break
            }
        }
        return estimate
    }

    private static func diagnostic(_ element: XMLElement) -> Diagnostic {
        Diagnostic(
            severity: element.attribute("severity").flatMap(Diagnostic.Severity.init(rawValue:)) ?? .warning,
            code: Diagnostic.Code(element.attribute("code") ?? ""), message: element.text,
            location: location(element))
    }
}
