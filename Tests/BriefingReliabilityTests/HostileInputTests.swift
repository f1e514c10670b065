import BriefingAnalysis
import BriefingHTML
import BriefingJSON
import BriefingMarkdown
import BriefingMemo
import BriefingModel
import BriefingPlainText
import BriefingXML
import Foundation
import Testing

/// Every hostile input goes through the reader, the standard analysis and every exporter; each
/// output must be well formed and read back (see ``ExportChecks``), and the briefing must say what
/// was repaired.
@Suite("Hostile input through the reader, the analysers and every exporter")
struct HostileInputTests {
    @Test(arguments: HostileInput.allCases)
    func hostileInputGivesABriefingThatEveryExporterWritesWell(input: HostileInput) throws {
        var briefing = try PlainTextReader().read(input.bytes)
        try AnalysisPipeline.standard().analyse(&briefing)
        try ExportChecks.checkEveryFormat(briefing)
        expectations(for: input, briefing)
    }

    /// The same inputs through the HTML reader, as they are and inside a page's body: a briefing
    /// (or a typed error), never a crash, and every exporter's output well formed.
    @Test(arguments: HostileInput.allCases)
    func hostileInputThroughTheHTMLReader(input: HostileInput) throws {
        let wrapped =
            Array("<!doctype html><html><body><article><p>".utf8) + input.bytes
            + Array("</p></article></body></html>".utf8)
        for bytes in [input.bytes, wrapped] {
            var briefing = try HTMLReader().read(bytes)
            try AnalysisPipeline.standard().analyse(&briefing)
            try ExportChecks.checkEveryFormat(briefing)
        }
    }

    @Test(arguments: HostileInput.allCases)
    func hostileInputReadAsMarkdownGivesABriefingThatEveryExporterWritesWell(input: HostileInput) throws {
        var briefing = try MarkdownReader().read(input.bytes)
        try AnalysisPipeline.standard().analyse(&briefing)
        let codes = Set(briefing.diagnostics.map(\.code))
        // Thousands of quotes kept as siblings at the nesting cap are more than the plain-text
        // exporter's layout reads back (a limit of that exporter); Markdown is checked to read back.
        try ExportChecks.checkEveryFormat(briefing, plainTextReadsBack: !codes.contains(.nestingTooDeep))
        switch input {
        case .overlongForms, .encodedSurrogates, .truncatedSequences, .strayContinuationBytes, .binary:
            #expect(codes.contains(.invalidUTF8))
        case .nulAndC0Controls:
            #expect(codes.contains(.controlCharacters))
        case .utf16LittleEndian, .utf16BigEndian:
            #expect(codes.contains(.transcodedUTF16))
        case .empty, .spaces:
            #expect(codes.contains(.emptyInput))
        default:
            break
        }
    }

    @Test(arguments: MarkdownHostileInput.allCases)
    func pathologicalMarkdownGivesABriefing(input: MarkdownHostileInput) throws {
        var briefing = try MarkdownReader().read(input.bytes)
        try AnalysisPipeline.standard().analyse(&briefing)
        let codes = Set(briefing.diagnostics.map(\.code))
        try ExportChecks.checkEveryFormat(briefing, plainTextReadsBack: !codes.contains(.nestingTooDeep))
        switch input {
        case .deepQuotes, .deepLists:
            #expect(codes.contains(.nestingTooDeep))
        case .unterminatedFrontMatter, .frontMatterNotYAML:
            #expect(codes.contains(.frontMatter))
        default:
            break
        }
    }

    /// What each input must give, beyond well-formed output.
    private func expectations(for input: HostileInput, _ briefing: Briefing) {
        let codes = Set(briefing.diagnostics.map(\.code))
        let text = briefing.allBlocks.map(\.plainText).joined(separator: "\n")
        switch input {
        case .overlongForms, .encodedSurrogates, .truncatedSequences, .strayContinuationBytes:
            #expect(codes.contains(.invalidUTF8))
            #expect(text.contains("Text before \u{FFFD}"))
            #expect(text.contains("and text after."))
            #expect(text.contains("A second paragraph."))
        case .nulAndC0Controls, .c1Controls:
            #expect(codes.contains(.controlCharacters))
            #expect(text.contains("and text after."))
        case .nonCharacters:
            let nonCharacters = String(
                String.UnicodeScalarView([0xFFFE, 0xFFFF, 0xFDD0, 0x10FFFF].compactMap(Unicode.Scalar.init)))
            #expect(text.contains(nonCharacters), "the model keeps them")
        case .utf8ByteOrderMark:
            #expect(briefing.title == "A Title for a Hostile Article")
            #expect(briefing.titleLocation == SourceLocation(line: 1, column: 1))
        case .utf16LittleEndian:
            #expect(briefing.title == "A Title")
            #expect(text == "Text with ü, 😀 and “quotes”.")
        case .utf16BigEndian:
            #expect(briefing.title == "A Title")
            let item = briefing.allBlocks.first?.listItems.first
            #expect(item?.label == "Label")
            #expect(item?.text == "text with 😀")
        case .utf16OddLengthAndLoneSurrogate:
            #expect(codes.contains(.invalidUTF8))
            #expect(text.hasPrefix("Text\u{FFFD}"))
        case .carriageReturnsOnly:
            #expect(briefing.headings == ["Heading Here"])
            #expect(briefing.allBlocks.count == 2)
        case .tenMegabyteLine:
            #expect(briefing.allBlocks.count == 1)
            #expect(text.utf8.count == 10_485_759)
        case .oneMegabyteWord:
            #expect(text.utf8.count == 1 << 20)
        case .hundredThousandBullets:
            #expect(briefing.allBlocks.first?.listItems.count == 100_000)
        case .hundredThousandHeadings:
            #expect(briefing.headings.count == 100_000)
        case .thousandLevelsOfIndentation, .fiveThousandQuoteMarkers:
            #expect(codes.contains(.nestingTooDeep))
        case .fiveThousandNestedQuotationMarks:
            #expect(text.unicodeScalars.count == 10_001)
        case .empty, .spaces:
            #expect(codes.contains(.emptyInput))
            #expect(briefing.sections.isEmpty)
        case .binary:
            #expect(codes.contains(.invalidUTF8))
        }
    }
}

extension Block {
    /// The block's own text and that of everything in it, for looking things up.
    var plainText: String {
        switch self {
        case .paragraph(let paragraph): paragraph.text
        case .list(let list): list.items.map(\.plainText).joined(separator: "\n")
        case .quote(let quote): ([quote.text] + quote.quotes.map { Block.quote($0).plainText }).joined(separator: "\n")
        case .code(let code): code.text
        case .table(let table): table.text
        case .figure(let figure): figure.caption
        }
    }

    /// The items of a list block (none for other blocks).
    var listItems: [ListItem] {
        if case .list(let list) = self { return Array(list.items) }
        return []
    }
}

extension ListItem {
    var plainText: String {
        ([(label.map { $0 + ": " } ?? "") + text] + items.map(\.plainText)).joined(separator: "\n")
    }
}
