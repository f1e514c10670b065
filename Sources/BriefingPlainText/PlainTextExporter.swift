public import BriefingModel

/// Exports a briefing as the article itself, in clean plain text that ``PlainTextExporter``'s
/// counterpart, the plain-text reader, reads back to the same outline.
///
/// The layout is the one the reader knows best: the title on the first line, blocks separated
/// by blank lines, each paragraph on one line, `  • Label: text` bullets (nested items two
/// spaces deeper), `  1. ` numbers, and `> ` quotes with `> > ` nesting and a final
/// `> — Attribution` line. A table is written as rows of cells aligned with two spaces or more,
/// which the reader reads back as the same table; a table it would not (a caption, an empty cell,
/// rows without numbers) is written as one paragraph, with a note.
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
    /// A table is written as rows of aligned cells when those rows read back as the same table,
    /// and as one paragraph (`cell | cell / cell | cell`, with a `flattened-block`
    /// note) when they would not: a table with a caption, an empty cell or no numbers in its rows.
    ///
    /// - Complexity: O(*n*) in the size of the briefing. With ``HeadingStyle/automatic``, the
    ///   plain layout is read back once to check it, and written again with marks if needed; when
    ///   the briefing has tables, the marked layout is checked too, and if even that reads back to
    ///   another outline, every table is written as a paragraph.
    public func export(_ briefing: Briefing) throws(BriefingError) -> ExportResult {
        switch headingStyle {
        case .plain: return Self.write(briefing, marked: false)
        case .marked: return Self.write(briefing, marked: true)
        case .automatic:
            if !briefing.allSections.contains(where: { $0.heading != nil && $0.level != 2 }) {
                let plain = Self.write(briefing, marked: false)
                if Self.readsBack(plain, as: briefing) { return plain }
            }
            let marked = Self.write(briefing, marked: true)
            let hasTables = briefing.allSections.contains { section in
                section.blocks.contains { if case .table = $0 { true } else { false } }
            }
            guard hasTables, !Self.readsBack(marked, as: briefing) else { return marked }
            return Self.write(briefing, marked: true, tablesAsRows: false)
        }
    }

    /// Whether `result` has no note of flattened blocks and reads back to `briefing`'s outline.
    private static func readsBack(_ result: ExportResult, as briefing: Briefing) -> Bool {
        let reader = PlainTextReader(maximumInputSize: PlainTextReader.largestSupportedInputSize)
        guard result.diagnostics.isEmpty, let back = try? reader.read(result.bytes) else { return false }
        return back.hasSameOutline(as: briefing)
    }

    /// The text, with a note for each kind of block that plain text has no form for (code,
    /// figures, and tables that do not read back as rows), whose text is written as paragraphs.
    private static func write(_ briefing: Briefing, marked: Bool, tablesAsRows: Bool = true) -> ExportResult {
        var writer = PlainTextWriter(markedHeadings: marked, tablesAsRows: tablesAsRows)
        writer.visitBriefing(briefing)
        let notes = writer.flattened.sorted { $0.key.rawValue < $1.key.rawValue }.map { kind, count in
            Diagnostic(
                severity: .note, code: .flattenedBlock,
                message: "\(count) \(kind.rawValue) block(s) written as paragraphs: plain text has no form for them")
        }
        return ExportResult(bytes: Array(writer.output.utf8), diagnostics: notes)
    }
}
