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

    /// Exports a briefing into `sink`, and returns the diagnostics of ``ExportResult``.
    ///
    /// The default implementation calls ``export(_:)`` and writes the bytes in one piece;
    /// exporters that can write as they go (the JSON exporter) override it so that the whole
    /// output is never in memory at once.
    func export(_ briefing: Briefing, to sink: inout some ExportSink) throws(BriefingError) -> [Diagnostic]
}

extension BriefingExporter {
    /// Exports into `sink` through ``export(_:)``: the whole output, then one write.
    public func export(_ briefing: Briefing, to sink: inout some ExportSink) throws(BriefingError) -> [Diagnostic] {
        let result = try export(briefing)
        try result.bytes.withUnsafeBytes { buffer in
            Result { () throws(BriefingError) in
                try buffer.withSpan { span throws(BriefingError) in try sink.write(span) }
            }
        }.get()
        return result.diagnostics
    }
}
