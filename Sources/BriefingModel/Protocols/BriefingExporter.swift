/// Turns a briefing into bytes in one output format.
///
/// Conform to add a format; register the exporter in an ``ExporterRegistry`` to make it
/// available by name. Exporters usually walk the tree with a ``BriefingVisitor``. New
/// requirements will come with default implementations.
public protocol BriefingExporter: Sendable {
    /// The format's name, file extension and description.
    var format: ExportFormat { get }

    /// Exports a briefing.
    ///
    /// An exporter that must change something to fit its format (a character the format cannot
    /// carry, say) does so and reports it in ``ExportResult/diagnostics``; it never drops
    /// content silently.
    ///
    /// - Throws: ``BriefingError`` with code ``BriefingError/Code/exportFailed`` when no output can be made.
    func export(_ briefing: Briefing) throws(BriefingError) -> ExportResult
}
