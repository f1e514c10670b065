import BriefingModel

/// A format of the consumer's own: the briefing as a small HTML page, written by walking it.
///
/// Everything it uses is public API: `BriefingExporter`, `ExportFormat`, `ExportResult` and
/// `BriefingWalker`.
struct HTMLPageExporter: BriefingExporter {
    var format: ExportFormat {
        ExportFormat(name: "html", fileExtension: "html", mediaType: "text/html", summary: "A web page for people")
    }

    func export(_ briefing: Briefing) throws(BriefingError) -> ExportResult {
        var writer = HTMLPageWriter()
        writer.visitBriefing(briefing)
        return ExportResult(bytes: Array(writer.text.utf8))
    }
}

/// Writes HTML, one `visit…` method per kind of node it shows; `descend(into:)` does the rest.
struct HTMLPageWriter: BriefingWalker {
    var text = ""

    mutating func visitBriefing(_ briefing: Briefing) {
        text += "<!doctype html>\n<meta charset=\"utf-8\">\n"
        if let title = briefing.title { text += "<h1>\(Self.escaped(title))</h1>\n" }
        descend(into: .briefing(briefing))
    }

    mutating func visitMetadata(_ metadata: Metadata) {
        if let byline = metadata.byline { text += "<p class=\"byline\">By \(Self.escaped(byline))</p>\n" }
    }

    mutating func visitSection(_ section: Section) {
        if let heading = section.heading {
            let level = min(6, section.level)
            text += "<h\(level)>\(Self.escaped(heading))</h\(level)>\n"
        }
        descend(into: .section(section))
    }

    mutating func visitParagraph(_ paragraph: Paragraph) {
        text += "<p>\(Self.escaped(paragraph.text))</p>\n"
    }

    mutating func visitList(_ list: ListBlock) {
        text += list.ordered ? "<ol>\n" : "<ul>\n"
        descend(into: .list(list))
        text += list.ordered ? "</ol>\n" : "</ul>\n"
    }

    mutating func visitListItem(_ item: ListItem) {
        text += "<li>"
        if let label = item.label { text += "<b>\(Self.escaped(label)):</b> " }
        text += Self.escaped(item.text)
        if !item.items.isEmpty {
            text += "\n<ul>\n"
            descend(into: .listItem(item))
            text += "</ul>\n"
        }
        text += "</li>\n"
    }

    mutating func visitQuote(_ quote: Quote) {
        text += "<blockquote><p>\(Self.escaped(quote.text))</p>"
        descend(into: .quote(quote))
        if let attribution = quote.attribution { text += "<footer>— \(Self.escaped(attribution))</footer>" }
        text += "</blockquote>\n"
    }

    mutating func visitCustomResult(key: String, value: AnalysisValue) {
        text += "<p class=\"finding\">\(Self.escaped(key)): \(Self.escaped(String(describing: value)))</p>\n"
    }

    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
