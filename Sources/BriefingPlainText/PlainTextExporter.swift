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
/// line of its own when the text reads back to the same outline that way — every heading at
/// level 2, which is what the reader gives plain text, and no paragraph that would pass for a
/// heading — and otherwise carries Markdown-style `#` marks, so that nothing is lost.
///
/// A paragraph that on one line could pass for a heading (short, no closing punctuation) is
/// written over three lines, which the reader joins back and never takes for a heading; text
/// that would start another kind of block (`* x`, `1. x`, `> x`) is broken before it likewise.
public struct PlainTextExporter: BriefingExporter {
    /// How headings are written.
    public enum HeadingStyle: Sendable, Hashable {
        /// Plain lines when the text reads back to the same outline with them; `#` marks otherwise.
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
    ///
    /// - Complexity: O(*n*) in the size of the briefing. With ``HeadingStyle/automatic``, the
    ///   plain layout is read back once to check it, and written again with marks if needed.
    public func export(_ briefing: Briefing) throws(BriefingError) -> ExportResult {
        switch headingStyle {
        case .plain: return Self.write(briefing, marked: false)
        case .marked: return Self.write(briefing, marked: true)
        case .automatic:
            if !briefing.allSections.contains(where: { $0.heading != nil && $0.level != 2 }) {
                let plain = Self.write(briefing, marked: false)
                let reader = PlainTextReader(maximumInputSize: PlainTextReader.largestSupportedInputSize)
                if plain.diagnostics.isEmpty, let back = try? reader.read(plain.bytes),
                    back.hasSameOutline(as: briefing)
                {
                    return plain
                }
            }
            return Self.write(briefing, marked: true)
        }
    }

    /// The text, with a note for each kind of block that plain text has no form for (code,
    /// tables, figures), whose text is written as paragraphs.
    private static func write(_ briefing: Briefing, marked: Bool) -> ExportResult {
        var writer = PlainTextWriter(markedHeadings: marked)
        writer.visitBriefing(briefing)
        let notes = writer.flattened.sorted { $0.key.rawValue < $1.key.rawValue }.map { kind, count in
            Diagnostic(
                severity: .note, code: .flattenedBlock,
                message: "\(count) \(kind.rawValue) block(s) written as paragraphs: plain text has no form for them")
        }
        return ExportResult(bytes: Array(writer.output.utf8), diagnostics: notes)
    }
}
