import BriefingJSON
import BriefingModel

/// The exporters the `briefing` tool offers.
enum StandardFormats {
    static func registry(compact: Bool) -> ExporterRegistry {
        ExporterRegistry([
            JSONExporter(style: compact ? .compact : .pretty)
        ])
    }
}
