import BriefingModel

/// A format of the consumer's own: Markdown, written by walking the briefing.
///
/// Everything it uses is public API: `BriefingExporter`, `ExportFormat`, `ExportResult` and
/// `BriefingVisitor`.
struct MarkdownExporter: BriefingExporter {
    var format: ExportFormat {
        ExportFormat(name: "markdown", fileExtension: "md", mediaType: "text/markdown", summary: "Markdown for people")
    }

    func export(_ briefing: Briefing) throws(BriefingError) -> ExportResult {
        var writer = MarkdownWriter()
        writer.visitBriefing(briefing)
        return ExportResult(bytes: Array(writer.text.utf8))
    }
}

/// Writes Markdown, one `visit…` method per kind of node.
struct MarkdownWriter: BriefingVisitor {
    var text = ""
    private var listDepth = 0

    mutating func defaultVisit(_ node: BriefingNode) {}

    mutating func visitBriefing(_ briefing: Briefing) {
        if let title = briefing.title { text += "# \(title)\n\n" }
        if let byline = briefing.metadata.byline { text += "*By \(byline)*\n\n" }
        for section in briefing.sections { visitSection(section) }
    }

    mutating func visitSection(_ section: Section) {
        if let heading = section.heading {
            text += String(repeating: "#", count: min(6, section.level)) + " \(heading)\n\n"
        }
        for block in section.blocks { visit(block) }
        for child in section.sections { visitSection(child) }
    }

    mutating func visitParagraph(_ paragraph: Paragraph) {
        text += paragraph.text + "\n\n"
    }

    mutating func visitList(_ list: ListBlock) {
        for (index, item) in list.items.enumerated() {
            text += list.ordered ? "\(index + 1). " : "- "
            visitListItem(item)
        }
        text += "\n"
    }

    mutating func visitListItem(_ item: ListItem) {
        if let label = item.label { text += "**\(label):** " }
        text += item.text + "\n"
        listDepth += 1
        for child in item.items {
            text += String(repeating: "  ", count: listDepth) + "- "
            visitListItem(child)
        }
        listDepth -= 1
    }

    mutating func visitQuote(_ quote: Quote) {
        text += "> \(quote.text)\n"
        if let attribution = quote.attribution { text += ">\n> — \(attribution)\n" }
        text += "\n"
    }
}
