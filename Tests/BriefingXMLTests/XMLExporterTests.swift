import BriefingModel
import BriefingPlainText
import BriefingTestSupport
import BriefingXML
import Foundation
import Testing

@Suite("XML export and read-back")
struct XMLExporterTests {
    /// Fuzzer finding: XML Schema collapses the white space around numbers and booleans, so
    /// `level="2&#10;"` is valid, and must read as 2, not as an invalid 0.
    @Test func whiteSpaceAroundNumbersAndBooleansIsIgnored() throws {
        var briefing = try PlainTextReader().read("Title\n\n## Heading\n\n1. x\n")
        briefing.analysis.statistics = Statistics(words: 7, sentences: 1, readingTimeSeconds: 2)
        var document = String(decoding: try XMLExporter().export(briefing).bytes, as: UTF8.self)
        for (plain, spaced) in [
            ("level=\"2\"", "level=\"2&#10;\""), ("line=\"3\"", "line=\" 3 \""),
            ("ordered=\"true\"", "ordered=\" true\t\""),
            ("words=\"7\"", "words=\"7\n\""),
        ] {
            #expect(document.contains(plain), "\(plain) in \(document)")
            document = document.replacingOccurrences(of: plain, with: spaced)
        }
        #expect(try XMLValidator.briefing().validate(Array(document.utf8)).isEmpty)
        let back = try XMLBriefingReader().read(Array(document.utf8))
        #expect(back == briefing)
        #expect(try XMLValidator.briefing().validate(XMLExporter().export(back).bytes).isEmpty)
    }

    @Test func aListHasAStartAttributeOnlyWhenItDoesNotCountFromOne() throws {
        let here = SourceLocation(line: 1, column: 1)
        let item = ListItem(text: "x", location: here)
        let briefing = Briefing(
            sections: [
                Section(
                    heading: nil, level: 1,
                    blocks: [
                        .list(ListBlock(ordered: true, start: 7, items: [item], location: here)),
                        .list(ListBlock(ordered: true, items: [item], location: here)),
                    ])
            ])
        let result = try XMLExporter().export(briefing)
        #expect(result.text.contains("<list ordered=\"true\" start=\"7\""))
        #expect(result.text.components(separatedBy: "start=").count == 2)
        #expect(try XMLValidator.briefing().validate(result.bytes) == [])
        #expect(try XMLBriefingReader().read(result.bytes) == briefing)
    }

    @Test func theSchemaInCodeIsTheSchemaFile() throws {
        let file = try String(contentsOf: XMLFixtures.xsd, encoding: .utf8)
        #expect(BriefingXMLSchema.text == file)
    }

    @Test(.requiresSharedCorpus) func seedRoundTripsAndIsValid() throws {
        try roundTripsAndIsValid(try XMLFixtures.read(SharedCorpus.seed))
    }

    @Test func seedShapedExampleRoundTripsAndIsValid() throws {
        try roundTripsAndIsValid(try XMLFixtures.read(Examples.seedShaped))
    }

    func roundTripsAndIsValid(_ briefing: Briefing) throws {
        for style in [XMLExporter.Style.pretty, .compact] {
            let result = try XMLExporter(style: style).export(briefing)
            #expect(result.diagnostics.isEmpty)
            #expect(try XMLValidator.briefing().validate(result.bytes) == [])
            #expect(try XMLBriefingReader().read(result.bytes) == briefing)
        }
    }

    @Test func everyExampleRoundTripsAndIsValid() throws {
        #expect(!XMLFixtures.exampleURLs.isEmpty)
        for url in XMLFixtures.exampleURLs {
            let briefing = try XMLFixtures.read(url)
            let bytes = try XMLExporter().export(briefing).bytes
            #expect(try XMLValidator.briefing().validate(bytes) == [], "\(url.lastPathComponent)")
            #expect(try XMLBriefingReader().read(bytes) == briefing, "\(url.lastPathComponent)")
        }
    }

    @Test func everyPartOfTheModelRoundTripsExactly() throws {
        let bytes = try XMLExporter().export(XMLFixtures.everything).bytes
        #expect(try XMLValidator.briefing().validate(bytes) == [])
        #expect(try XMLBriefingReader().read(bytes) == XMLFixtures.everything)
    }

    @Test func theDocumentIsNamespacedVersionedUTF8() throws {
        let text = try XMLExporter().export(Briefing(title: "T")).text
        #expect(
            text.hasPrefix(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<briefing xmlns=\"\(BriefingXMLSchema.namespace)\" formatVersion=\"1.0\">"
            ))
        // Compact: the declaration, then the whole document on one line.
        let compact = try XMLExporter(style: .compact).export(Briefing(title: "T")).text
        #expect(compact.filter { $0 == "\n" }.count == 2)
        #expect(compact.hasSuffix("</briefing>\n"))
    }

    @Test func forbiddenCharactersAreReplacedAndReportedNotCut() throws {
        let text = "before\u{0}after \u{1}\u{B}\u{C}\u{1F} \u{FFFE}\u{FFFF} end"
        let briefing = Briefing(
            title: text,
            sections: [
                Section(
                    heading: nil, level: 1,
                    blocks: [.paragraph(Paragraph(text: "ok\u{0}", location: .init(line: 3, column: 1)))])
            ])
        let result = try XMLExporter().export(briefing)
        #expect(try XMLValidator.briefing().validate(result.bytes) == [])
        let back = try XMLBriefingReader().read(result.bytes)
        // libxml2 would cut the string at U+0000: everything after it must still be there.
        #expect(back.title == "before\u{FFFD}after \u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD} \u{FFFD}\u{FFFD} end")
        #expect(back.paragraphs == ["ok\u{FFFD}"])
        #expect(result.diagnostics.count == 2)
        #expect(result.diagnostics.allSatisfy { $0.code == .replacedCharacter })
        #expect(result.diagnostics.first?.message.contains("7 character(s)") == true)
        #expect(result.diagnostics.last?.location == SourceLocation(line: 3, column: 1))
        // The document carries the diagnostics too, and equals the repaired model.
        #expect(back.diagnostics == result.diagnostics)
        #expect(back == XMLExporter.repairedForXML(briefing))
    }

    @Test func theExporterIdentifiesItsFormat() {
        #expect(XMLExporter().format.name == "xml")
        #expect(XMLExporter().format.fileExtension == "xml")
    }
}

extension Briefing {
    var paragraphs: [String] {
        allBlocks.compactMap {
            if case .paragraph(let paragraph) = $0 { return paragraph.text }
            return nil
        }
    }
}
