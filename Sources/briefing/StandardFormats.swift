import BriefingJSON
import BriefingModel
import BriefingText
import BriefingXML

/// The exporters the `briefing` tool offers.
enum StandardFormats {
    static func registry(compact: Bool, width: Int = TextExporter.defaultWidth) -> ExporterRegistry {
        ExporterRegistry([
            JSONExporter(style: compact ? .compact : .pretty),
            XMLExporter(style: compact ? .compact : .pretty),
            TextExporter(width: width),
            PlainTextExporter(),
        ])
    }
}
