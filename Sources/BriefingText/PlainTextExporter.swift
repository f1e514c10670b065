public import BriefingModel

/// Exports a briefing as the article itself, in clean plain text that ``PlainTextExporter``'s
/// counterpart, the plain-text reader, reads back to the same outline.
///
/// The layout is the one the reader knows best: the title on the first line, blocks separated
/// by blank lines, each paragraph on one line, `  • Label: text` bullets (nested items two
/// spaces deeper), `  1. ` numbers, and `> ` quotes with `> > ` nesting and a final
/// `> — Attribution` line.
///
/// Plain text cannot mark headings, so by default (``HeadingStyle/automatic``) a heading is a
/// line of its own when every heading is level 2 — which is what the reader gives plain text —
/// and otherwise carries Markdown-style `#` marks, so that no level is lost.
public struct PlainTextExporter: BriefingExporter {
    /// How headings are written.
    public enum HeadingStyle: Sendable, Hashable {
        /// Plain lines when all headings are level 2; `#` marks otherwise.
        case automatic
        /// Always plain lines (levels other than 2 are not kept).
        case plain
        /// Always `#` marks, one per level (`## Heading`).
        case marked
    }

    /// How headings are written.
    public var headingStyle: HeadingStyle

    /// Creates a plain-text exporter.
    public init(headingStyle: HeadingStyle = .automatic) {
        self.headingStyle = headingStyle
    }

    /// The `plaintext` format.
    public var format: ExportFormat {
        ExportFormat(
            name: "plaintext", fileExtension: "txt", mediaType: "text/plain; charset=utf-8",
            summary: "The article as clean plain text, which the plain-text reader reads back to the same outline")
    }

    /// Exports `briefing` as UTF-8 plain text. Never fails.
    public func export(_ briefing: Briefing) throws(BriefingError) -> ExportResult {
        let marked: Bool
        switch headingStyle {
        case .automatic: marked = briefing.allSections.contains { $0.heading != nil && $0.level != 2 }
        case .plain: marked = false
        case .marked: marked = true
        }
        var writer = PlainTextWriter(markedHeadings: marked)
        writer.visitBriefing(briefing)
        return ExportResult(bytes: Array(writer.output.utf8))
    }
}
