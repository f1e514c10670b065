import BriefingHTML
import BriefingJSON
import BriefingModel
import BriefingXML
import Foundation
import Testing

@Suite("Bad and hostile web pages")
struct BadInputTests {
    /// Reads and exports to JSON; the JSON must decode back.
    @discardableResult
    private func readAndExport(_ bytes: [UInt8]) throws -> Briefing {
        let briefing = try HTMLReader().read(bytes)
        let json = JSONExporter().encode(briefing)
        _ = try JSONDecoder().decode(Briefing.self, from: Data(json))
        return briefing
    }

    @Test func anEmptyPageAndAPageWithNoTextGiveDiagnostics() throws {
        let empty = try readAndExport([])
        #expect(empty.diagnostics.map(\.code) == [.emptyInput])
        let blank = try readAndExport(Array("<!doctype html><html><body><div></div></body></html>".utf8))
        #expect(blank.sections.isEmpty)
        #expect(blank.diagnostics.contains { $0.code == .noArticle })
    }

    @Test func truncatedAndUnclosedMarkupIsRecovered() throws {
        let page = HTMLFixtures.page("<article>\(HTMLFixtures.articleParagraphs)")
        let truncated = String(page.prefix(page.count - 40))
        let briefing = try readAndExport(Array(truncated.utf8))
        #expect(HTMLFixtures.allText(briefing).contains("The council approved the harbour budget"))
        let unclosed =
            "<html><body><article><p>" + HTMLFixtures.articleParagraphs.replacingOccurrences(of: "</p>", with: "")
            + "<div><span><b><i>"
        #expect(HTMLFixtures.allText(try readAndExport(Array(unclosed.utf8))).contains("fewer boats need the berths"))
    }

    @Test func tenThousandNestedDivsAndAHundredThousandUnclosedTags() throws {
        let nested =
            String(repeating: "<div>", count: 10_000) + "<p>Deep text, at the bottom of the page.</p>"
            + String(repeating: "</div>", count: 10_000)
        let deep = try readAndExport(Array(HTMLFixtures.page(nested).utf8))
        #expect(HTMLFixtures.allText(deep).contains("Deep text") || deep.diagnostics.contains { $0.code == .noArticle })
        let unclosed = String(repeating: "<b><span>x ", count: 50_000)
        let wide = try readAndExport(Array(HTMLFixtures.page(unclosed).utf8))
        _ = wide
    }

    @Test func invalidUTF8NulAndBinaryBytesAreRepairedAndReported() throws {
        var bytes = Array(
            HTMLFixtures.page("<article>\(HTMLFixtures.articleParagraphs)<p>Caf\u{E9} bar</p></article>").utf8)
        bytes.append(contentsOf: [0xFF, 0xFE, 0x00, 0xC3, 0x28, 0x80])
        let briefing = try readAndExport(bytes)
        #expect(briefing.diagnostics.contains { $0.code == .invalidUTF8 })
        #expect(HTMLFixtures.allText(briefing).contains("Café bar"))
        let binary = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 2_654_435_761 >> 7) }
        try readAndExport(binary)
        let nul = try readAndExport(Array("<html><body><p>a\u{0}b</p></body></html>".utf8))
        #expect(nul.diagnostics.contains { $0.code == .replacedCharacter })
    }

    @Test func windows1252WithoutADeclarationAndAWrongDeclaredCharset() throws {
        var latin = Array("<html><head></head><body><article>".utf8)
        latin += Array(HTMLFixtures.articleParagraphs.utf8)
        latin += [0x3C, 0x70, 0x3E] + Array("Caf".utf8) + [0xE9, 0x20, 0x93] + Array("quoted".utf8) + [0x94]
        latin += Array("</p></article></body></html>".utf8)
        let briefing = try readAndExport(latin)
        #expect(HTMLFixtures.allText(briefing).contains("Café “quoted”"))
        #expect(briefing.diagnostics.contains { $0.code == .charsetFallback })
        let wrong = HTMLFixtures.page("<article>\(HTMLFixtures.articleParagraphs)<p>Ünïcödé text.</p></article>")
            .replacingOccurrences(of: "charset=\"utf-8\"", with: "charset=\"iso-8859-1\"")
        let declared = try readAndExport(Array(wrong.utf8))
        #expect(HTMLFixtures.allText(declared).contains("Ünïcödé text."))
        #expect(declared.diagnostics.contains { $0.code == .declaredCharsetIgnored })
    }

    @Test func utf16WithAByteOrderMarkIsTranscoded() throws {
        let page = HTMLFixtures.page("<article>\(HTMLFixtures.articleParagraphs)<p>Grüße 😀 here.</p></article>")
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in page.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(HTMLFixtures.allText(try readAndExport(bytes)).contains("Grüße 😀 here."))
    }

    @Test func commentsCDATAAndScriptsHoldingMarkupAreNotText() throws {
        let page = HTMLFixtures.page(
            "<article>\(HTMLFixtures.articleParagraphs)<!-- <p>Commented out paragraph.</p> -->"
                + "<script>document.write('</p><p>Script paragraph.</p>');</script>"
                + "<style>p:after { content: '</p>Style text'; }</style><![CDATA[ <p>CDATA words</p> ]]></article>")
        let text = HTMLFixtures.allText(try readAndExport(Array(page.utf8)))
        #expect(!text.contains("Commented out"))
        #expect(!text.contains("Script paragraph"))
        #expect(!text.contains("Style text"))
        #expect(text.contains("fewer boats need the berths"))
    }

    @Test func noEntityExpansionNoDTDAndNoFileIsEverRead() throws {
        let secret = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-html-secret-\(UUID()).txt")
        try "TOP-SECRET-CONTENT".write(to: secret, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: secret) }
        let laughs = (1...9).map { "<!ENTITY lol\($0) \"" + String(repeating: "&lol\($0 - 1);", count: 10) + "\">" }
            .joined()
        let page = """
            <?xml version="1.0"?><!DOCTYPE html [<!ENTITY lol0 "lol">\(laughs)\
            <!ENTITY secret SYSTEM "file://\(secret.path)">]>
            <html><body><article>\(HTMLFixtures.articleParagraphs)<p>&lol9; and &secret; here.</p></article></body></html>
            """
        let briefing = try readAndExport(Array(page.utf8))
        let text = HTMLFixtures.allText(briefing)
        #expect(!text.contains("TOP-SECRET"))
        #expect(!text.contains("lollollol"))
    }

    @Test func aPageLargerThanTheLimitIsRefused() throws {
        let reader = HTMLReader(maximumInputSize: 1000)
        #expect(throws: BriefingError.self) { try reader.read(Array(repeating: UInt8(ascii: "a"), count: 1001)) }
    }
}

@Suite("Fuzz findings in the HTML reader")
struct HTMLFuzzFindingsTests {
    /// The broken-markup seed: its briefing must read back from XML as XML carries it.
    @Test func brokenMarkupSeedRoundTripsThroughXML() throws {
        let page =
            "<html><body><div><p>unclosed <b>bold <i>italic<div><script>x=\"</p>\"</script><!-- c -->"
            + "<![CDATA[d]]>&amp;&#0;&#xD800;&bogus;"
        let briefing = try HTMLReader().read(Array(page.utf8))
        let xml = try XMLExporter(style: .compact).export(briefing)
        let back = try XMLBriefingReader().read(xml.bytes)
        let expected = XMLExporter.repairedForXML(briefing)
        #expect(back.sections == expected.sections)
        #expect(back.metadata == expected.metadata)
        #expect(back.title == expected.title)
        #expect(back.diagnostics == expected.diagnostics)
    }
}
