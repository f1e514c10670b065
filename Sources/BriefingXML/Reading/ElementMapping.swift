import BriefingLibXML
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
            case "custom":
                for result in child.children {
                    let parts = result.children
                    guard parts.count == 2 else { continue }
                    briefing.analysis.custom[parts[0].text] = value(parts[1])
                }
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

    /// An element's text without the white space XML Schema collapses for numbers and booleans.
    private static func typedText(_ element: XMLElement) -> String? {
        let value = element.text
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        let bytes = value.utf8
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) })
        else { return nil }
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
            case "author": metadata.authors.append(value)
            case "dateline": metadata.dateline = value
            case "date": metadata.date = value
            case "published": metadata.published = value
            case "modified": metadata.modified = value
            case "place": metadata.place = value
            case "source": metadata.source = value
            case "siteName": metadata.siteName = value
            case "url": metadata.url = value
            case "description": metadata.description = value
            case "image": metadata.image = value
            case "language": metadata.language = value
            case "tag": metadata.tags.append(value)
            default: break
            }
        }
        return metadata
    }

    /// A value of the JSON data model (the schema's `value` group).
    private static func value(_ element: XMLElement) -> AnalysisValue {
        switch element.name {
        case "bool": .bool(["true", "1"].contains(typedText(element)))
        case "integer": typedText(element).flatMap { Int($0) }.map(AnalysisValue.integer) ?? .null
        case "number": typedText(element).flatMap(double).map(AnalysisValue.normalised) ?? .null
        case "string": .string(element.text)
        case "array": .array(element.children.map(value))
        case "object":
            .object(
                Dictionary(
                    element.children.compactMap { member -> (String, AnalysisValue)? in
                        let parts = member.children
                        guard parts.count == 2 else { return nil }
                        return (parts[0].text, value(parts[1]))
                    }, uniquingKeysWith: { _, last in last }))
        default: .null
        }
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
                            start: typedAttribute(child, "start").flatMap { Int($0) } ?? 1,
                            items: child.children.map(item), location: requiredLocation(child))))
            case "quote":
                section.blocks.append(.quote(quote(child)))
            case "code":
                var code = CodeBlock(text: "", location: requiredLocation(child))
                for part in child.children {
                    if part.name == "language" { code.language = part.text }
                    if part.name == "text" { code.text = part.text }
                }
                section.blocks.append(.code(code))
            case "table":
                var table = Table(
                    rows: [], headerRowCount: integer(child, "headerRowCount"), location: requiredLocation(child))
                for part in child.children {
                    if part.name == "caption" { table.caption = part.text }
                    if part.name == "row" { table.rows.append(part.children.map(\.text)) }
                }
                section.blocks.append(.table(table))
            case "figure":
                var figure = Figure(caption: "", location: requiredLocation(child))
                for part in child.children {
                    if part.name == "caption" { figure.caption = part.text }
                    if part.name == "source" { figure.source = part.text }
                }
                section.blocks.append(.figure(figure))
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
            case "cue": quote.cue = AttributedQuote.Cue(child.text)
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
