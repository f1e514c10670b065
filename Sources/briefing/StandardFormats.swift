import BriefingHTML
import BriefingJSON
import BriefingMarkdown
import BriefingMemo
import BriefingModel
import BriefingPlainText
import BriefingXML

/// The readers and exporters the `briefing` tool offers.
enum StandardFormats {
    static func registry(
        compact: Bool, width: Int = MemoExporter.defaultWidth, frontMatter: Bool = false
    ) -> ExporterRegistry {
        var registry = ExporterRegistry([
            JSONExporter(style: compact ? .compact : .pretty),
            XMLExporter(style: compact ? .compact : .pretty),
            MemoExporter(width: width),
            PlainTextExporter(),
            MarkdownExporter(includesFrontMatter: frontMatter),
        ])
        // The memo was called `text` before 0.2; the old name is accepted for a release.
        registry.addAlias("text", for: "memo")
        return registry
    }

    /// Names kept for a release after a rename, and what to use instead.
    static let deprecatedNames = ["text": "memo"]

    static func readers(maximumInputSize: Int) -> ReaderRegistry {
        // Plain text first: the fallback for a document that neither its name nor its content places.
        ReaderRegistry([
            PlainTextReader(maximumInputSize: maximumInputSize), HTMLReader(maximumInputSize: maximumInputSize),
            // Raw HTML blocks in Markdown are read through the HTML reader.
            MarkdownReader(
                maximumInputSize: maximumInputSize,
                embeddedHTMLReader: HTMLReader(maximumInputSize: maximumInputSize)),
        ])
    }
}
