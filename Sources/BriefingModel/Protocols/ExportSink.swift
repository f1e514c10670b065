/// Where an exporter that streams writes its output, piece by piece.
///
/// Conform a file, a socket or a buffer of your own. ``BriefingExporter/export(_:to:)`` writes
/// into a sink; exporters that stream (JSON) hand over their output in pieces of about 64 KiB, so
/// a large briefing never has to be held in memory whole.
public protocol ExportSink {
    /// Writes the next piece of output, which the sink may read only during the call.
    ///
    /// - Throws: ``BriefingError`` (usually with code ``BriefingError/Code/unwritable``) when the
    ///   bytes cannot be written; the export stops.
    mutating func write(_ bytes: RawSpan) throws(BriefingError)
}
