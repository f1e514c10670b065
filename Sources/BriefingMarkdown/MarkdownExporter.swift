public import BriefingModel

/// Exports a briefing as a CommonMark article that ``MarkdownReader`` reads back to the same
/// outline (`Briefing.hasSameOutline(as:)`).
///
/// The title is a `#` heading and each section's heading has one `#` per level; paragraphs are one
/// line each; lists are `-` bullets or `1.` numbers, nested items indented under their parent, an
/// item's label written `**Label:** text`; quotes are `>` blocks, nested quotes `> >`, the
/// attribution a final `> — Name` paragraph; code is fenced with a fence longer than any run of
/// backticks in it, the language after the opening fence. Text is escaped so that no character
/// of it turns into markup (see the reading-and-writing article for the rules).
///
/// With ``includesFrontMatter``, YAML front matter comes first with the title, the metadata
/// (`authors`, `date`, `description`, `lang`, `tags`, …) and the analysis summary and keyphrases.
/// Front matter carries the title anyway when a `#` heading could not: when the outline has
/// sections of level 1 beside a title, or one level-1 section and no title.
///
/// CommonMark has no tables: a table is written as a GFM pipe table, which GFM renders and
/// ``MarkdownReader`` reads back as a table. A table that a pipe table cannot carry as it is (a
/// caption, which is written as a paragraph before it; no header row or more than one; rows of
/// different widths, padded) gets a note. Empty paragraphs are left out with a note, and
/// U+0000 is written as U+FFFD with a diagnostic.
public struct MarkdownExporter: BriefingExporter {
    /// Whether YAML front matter with the metadata and analysis summary comes first.
    public var includesFrontMatter: Bool

    /// Creates a Markdown exporter.
    ///
    /// - Parameter includesFrontMatter: Whether to write YAML front matter with the metadata and
    ///   analysis summary (default `false`).
    public init(includesFrontMatter: Bool = false) {
        self.includesFrontMatter = includesFrontMatter
    }

    /// The `markdown` format.
    public var format: ExportFormat {
        ExportFormat(
            name: "markdown", fileExtension: "md", mediaType: "text/markdown; charset=utf-8",
            summary: "The article as CommonMark, which the Markdown reader reads back to the same outline")
    }

    /// Exports `briefing` as UTF-8 CommonMark. Never fails.
    ///
    /// - Complexity: O(*n*) in the size of the briefing.
    public func export(_ briefing: Briefing) throws(BriefingError) -> ExportResult {
        let topHeadings = briefing.allSections.count { $0.heading != nil && $0.level <= 1 }
        let needsFrontMatter =
            (briefing.title != nil && topHeadings > 0) || (briefing.title == nil && topHeadings == 1)
        var writer = MarkdownWriter()
        if includesFrontMatter || needsFrontMatter {
            writer.writeFrontMatter(frontMatter(briefing))
        }
        writer.writeBody(briefing, titleHeading: topHeadings == 0)
        var diagnostics: [Diagnostic] = []
        if writer.tables > 0 {
            diagnostics.append(
                Diagnostic(
                    severity: .note, code: .flattenedBlock,
                    message: "\(writer.tables) table(s) written as GFM pipe tables that read back changed: "
                        + "a caption becomes a paragraph, the first row is the header, short rows are padded"))
        }
        if writer.emptyParagraphs > 0 {
            diagnostics.append(
                Diagnostic(
                    severity: .note, code: .flattenedBlock,
                    message: "\(writer.emptyParagraphs) empty paragraph(s) left out: Markdown has no form for them"))
        }
        if writer.escaping.replacedNULs > 0 {
            diagnostics.append(
                Diagnostic(
                    code: .replacedCharacter,
                    message: "\(writer.escaping.replacedNULs) U+0000 character(s) written as U+FFFD, "
                        + "which is how CommonMark reads them"))
        }
        return ExportResult(bytes: Array(writer.output.utf8), diagnostics: diagnostics)
    }

    private func frontMatter(_ briefing: Briefing) -> String {
        var yaml = FrontMatterWriter()
        yaml.add("title", briefing.title)
        guard includesFrontMatter else { return yaml.finish() }
        let metadata = briefing.metadata
        yaml.add("authors", metadata.authors)
        if let date = metadata.published ?? metadata.date { yaml.add("date", date) }
        if let modified = metadata.modified { yaml.add("modified", modified) }
        if let description = metadata.description { yaml.add("description", description) }
        if let language = metadata.language { yaml.add("lang", language) }
        yaml.add("tags", metadata.tags)
        if let url = metadata.url { yaml.add("url", url) }
        if let sentences = briefing.analysis.summary?.sentences, !sentences.isEmpty {
            yaml.add("summary", sentences.joined(separator: " "))
        }
        if let keyphrases = briefing.analysis.keyphrases, !keyphrases.isEmpty {
            yaml.add("keyphrases", keyphrases.map(\.text))
        }
        return yaml.finish()
    }
}
