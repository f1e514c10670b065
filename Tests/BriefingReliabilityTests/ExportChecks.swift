import BriefingJSON
import BriefingMarkdown
import BriefingMemo
import BriefingModel
import BriefingPlainText
import BriefingXML
import Foundation
import Testing

/// What every export of any briefing must satisfy.
enum ExportChecks {
    static let validator = Result { try XMLValidator.briefing() }

    /// JSON (pretty and compact) parses and reads back equal; XML is valid against the XSD and
    /// reads back equal to the briefing as XML can carry it; the memo is UTF-8; plain text reads
    /// back to the same outline; Markdown reads back to the same outline unless it reports a block
    /// it has no form for.
    static func checkEveryFormat(
        _ briefing: Briefing, plainTextReadsBack: Bool = true, sourceLocation: Testing.SourceLocation = #_sourceLocation
    )
        throws
    {
        for style in [JSONExporter.Style.pretty, .compact] {
            let bytes = try JSONExporter(style: style).export(briefing).bytes
            #expect(
                (try? JSONSerialization.jsonObject(with: Data(bytes))) != nil, "JSON parses",
                sourceLocation: sourceLocation)
            #expect(try JSONBriefingReader().read(bytes) == briefing, "JSON reads back", sourceLocation: sourceLocation)
        }
        let validator = try validator.get()
        let repaired = XMLExporter.repairedForXML(briefing)
        for style in [XMLExporter.Style.pretty, .compact] {
            let result = try XMLExporter(style: style).export(briefing)
            let issues = validator.validate(result.bytes)
            #expect(issues.isEmpty, "XML valid: \(issues.prefix(3))", sourceLocation: sourceLocation)
            #expect(
                try XMLBriefingReader().read(result.bytes) == repaired, "XML reads back", sourceLocation: sourceLocation
            )
        }
        let memo = try MemoExporter().export(briefing)
        #expect(String(validating: memo.bytes, as: UTF8.self) != nil, "memo is UTF-8", sourceLocation: sourceLocation)
        let markdown = try MarkdownExporter().export(briefing)
        let markdownBack = try MarkdownReader(maximumInputSize: Int(UInt32.max)).read(markdown.bytes)
        if !markdown.diagnostics.contains(where: { $0.code == .flattenedBlock || $0.code == .replacedCharacter }) {
            #expect(markdownBack.hasSameOutline(as: briefing), "Markdown reads back", sourceLocation: sourceLocation)
        }
        let plain = try PlainTextExporter().export(briefing)
        let back = try PlainTextReader(maximumInputSize: PlainTextReader.largestSupportedInputSize).read(plain.bytes)
        if plain.diagnostics.contains(where: { $0.code == .flattenedBlock }) {
            // Code, tables or figures, which plain text writes as paragraphs: the text is kept.
            #expect(back.allBlocks.count >= briefing.allBlocks.count, "plain text keeps every block's text")
        } else if plainTextReadsBack {
            #expect(back.hasSameOutline(as: briefing), "plain text reads back", sourceLocation: sourceLocation)
        }
    }
}
