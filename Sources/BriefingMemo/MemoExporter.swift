public import BriefingModel

/// Exports a briefing as a memo for people: the title, byline and date, what analysis found,
/// and the outline with its key points, wrapped at a chosen width.
///
/// ```
/// ZELENSKYY: PUTIN MEETING DISCUSSIONS START, HOPE FOR UKRAINE PEACE
/// ==================================================================
///
/// Ukrainian President Volodymyr Zelenskyy has confirmed that initial discussions
/// regarding a potential meeting with Russian President Vladimir Putin have …
///
/// Why a Direct Meeting Matters
/// ----------------------------
///
///   • BYPASSING BUREAUCRACY: Direct talks eliminate layers of bureaucracy and
///     potential misinterpretations that can occur when communication flows …
/// ```
///
/// Labelled list items lead with their label in capitals so that key points stand out. When
/// analysers have run, a summary, the people and organisations involved, key phrases, who said
/// what, and the hedged claims come before the outline. Reader notes (diagnostics) come last.
public struct MemoExporter: BriefingExporter {
    /// The default ``width``: 80 columns.
    public static let defaultWidth = 80

    /// The column at which lines are wrapped (at least 20).
    public var width: Int

    /// Creates a memo exporter that wraps at `width` columns.
    public init(width: Int = MemoExporter.defaultWidth) {
        self.width = max(20, width)
    }

    /// The `memo` format (`.txt`). Programs that offered it as `text` before keep that name as an
    /// alias for a release (`ExporterRegistry.addAlias(_:for:)`).
    public var format: ExportFormat {
        ExportFormat(
            name: "memo", fileExtension: "txt", mediaType: "text/plain; charset=utf-8",
            summary: "A briefing memo for people: title, summary, actors, quotes, hedged claims and the outline")
    }

    /// Exports `briefing` as a UTF-8 memo. Never fails.
    public func export(_ briefing: Briefing) throws(BriefingError) -> ExportResult {
        var writer = MemoWriter(wrapper: TextWrapper(width: width))
        writer.visitBriefing(briefing)
        return ExportResult(bytes: Array(writer.output.utf8))
    }
}
