import BriefingModel
import BriefingPlainText
import Testing

@Suite("Line endings, encodings and white space")
struct EncodingTests {
    let expected = try! Fixtures.read("Title Here\n\nFirst paragraph.\n\n• Label: item text\n• Other: more\n")

    func sameOutline(_ briefing: Briefing) {
        #expect(briefing.title == expected.title)
        #expect(briefing.paragraphTexts == expected.paragraphTexts)
        #expect(briefing.lists.map { $0.items.map(\.label) } == expected.lists.map { $0.items.map(\.label) })
        #expect(briefing.lists.map { $0.items.map(\.text) } == expected.lists.map { $0.items.map(\.text) })
    }

    @Test func crlfLineEndings() throws {
        sameOutline(
            try Fixtures.read("Title Here\r\n\r\nFirst paragraph.\r\n\r\n• Label: item text\r\n• Other: more\r\n"))
    }

    @Test func crLineEndings() throws {
        let briefing = try Fixtures.read("Title Here\r\rFirst paragraph.\r\r• Label: item text\r• Other: more\r")
        sameOutline(briefing)
        #expect(briefing.lists.first?.items.last?.location == SourceLocation(line: 6, column: 1))
    }

    @Test func utf8ByteOrderMarkIsSkippedAndNotCounted() throws {
        let briefing = try PlainTextReader().read(
            [0xEF, 0xBB, 0xBF] + Array("Title Here\n\nFirst paragraph.\n\n• Label: item text\n• Other: more".utf8))
        sameOutline(briefing)
        #expect(briefing.titleLocation == SourceLocation(line: 1, column: 1))
        #expect(briefing.diagnostics.isEmpty)
    }

    @Test(arguments: [true, false])
    func utf16WithAByteOrderMarkIsTranscoded(littleEndian: Bool) throws {
        let text = "Title Here\n\nFirst paragraph.\n\n• Label: item text\n• Other: more\n"
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            bytes += littleEndian ? [UInt8(unit & 0xFF), UInt8(unit >> 8)] : [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        let briefing = try PlainTextReader().read(bytes)
        sameOutline(briefing)
        #expect(briefing.hasDiagnostic(.transcodedUTF16))
    }

    @Test func tabsNoBreakSpacesAndTrailingBlanks() throws {
        sameOutline(
            try Fixtures.read(
                "Title Here \t\n \n\u{A0}First paragraph.\u{A0}\u{A0}\n\t\n\t• Label: item text  \n\t• Other:\u{A0}more\t"
            ))
    }

    @Test func noFinalNewline() throws {
        sameOutline(try Fixtures.read("Title Here\n\nFirst paragraph.\n\n• Label: item text\n• Other: more"))
    }

    @Test func columnsCountScalarsNotBytes() throws {
        let briefing = try Fixtures.read("Título\n\nPárrafo uno.\n\n  ◦ élément\n")
        #expect(briefing.lists.first?.location == SourceLocation(line: 5, column: 3))
    }
}

@Suite("Bad input")
struct BadInputTests {
    @Test(arguments: ["", "   \n\t\n \r\n", "\n\n\n"])
    func emptyOrWhitespaceGivesAnEmptyBriefingWithADiagnostic(text: String) throws {
        let briefing = try Fixtures.read(text)
        #expect(briefing.title == nil)
        #expect(briefing.sections.isEmpty)
        #expect(briefing.diagnostics.map(\.code) == [.emptyInput])
    }

    @Test func invalidUTF8IsReplacedAndReportedWithItsByteOffset() throws {
        var bytes = Array("Title\n\nGood text ".utf8)
        let offset = bytes.count
        bytes += [0xC3, 0x28]  // A lead byte followed by a non-continuation byte.
        bytes += Array(" and more.\n".utf8)
        let briefing = try PlainTextReader().read(bytes)
        #expect(briefing.paragraphTexts == ["Good text \u{FFFD}( and more."])
        let diagnostic = try #require(briefing.diagnostics.first { $0.code == .invalidUTF8 })
        #expect(diagnostic.message.contains("byte offset \(offset)"))
        #expect(diagnostic.location == SourceLocation(line: 3, column: 11))
    }

    @Test(
        arguments: [
            [0xC0, 0xAF],  // overlong
            [0xED, 0xA0, 0x80],  // encoded surrogate
            [0xE2, 0x82],  // truncated
            [0x80],  // stray continuation
            [0xF5, 0x80, 0x80, 0x80],  // beyond U+10FFFF
            [0xFF],
        ] as [[UInt8]])
    func everyKindOfInvalidUTF8IsRepairedWithoutLosingTheRest(bad: [UInt8]) throws {
        let bytes = Array("Title\n\nbefore ".utf8) + bad + Array(" after\n".utf8)
        let briefing = try PlainTextReader().read(bytes)
        let text = try #require(briefing.paragraphTexts.first)
        #expect(text.hasPrefix("before \u{FFFD}"))
        #expect(text.hasSuffix(" after"))
        #expect(briefing.hasDiagnostic(.invalidUTF8))
    }

    @Test func manyInvalidBytesGiveABoundedNumberOfDiagnostics() throws {
        let bytes = Array("Title\n\n".utf8) + [UInt8](repeating: 0xFF, count: 10_000)
        let briefing = try PlainTextReader().read(bytes)
        #expect(briefing.diagnostics.count <= 25)
        #expect(briefing.diagnostics.last?.message.contains("10000 in all") == true)
        #expect(briefing.paragraphTexts.first?.unicodeScalars.count == 10_000)
    }

    @Test func nulAndControlCharactersAreKeptAndReported() throws {
        let briefing = try Fixtures.read("Title\n\nA\u{0}B\u{1B}C\u{7F}D\u{85}E.\n")
        #expect(briefing.paragraphTexts == ["A\u{0}B\u{1B}C\u{7F}D\u{85}E."])
        let diagnostic = try #require(briefing.diagnostics.first { $0.code == .controlCharacters })
        #expect(diagnostic.message.contains("4 control character"))
        #expect(diagnostic.location == SourceLocation(line: 3, column: 2))
    }

    @Test func inputOverTheLimitIsRefused() {
        #expect(throws: BriefingError.self) {
            try PlainTextReader(maximumInputSize: 10).read("Title\n\nSomething longer than ten bytes.")
        }
        do {
            _ = try PlainTextReader(maximumInputSize: 10).read("01234567890")
        } catch {
            #expect(error.code == .inputTooLarge)
            #expect(error.message.contains("limit of 10 bytes"))
        }
    }

    @Test func aThousandLevelsOfIndentationAreCappedWithADiagnostic() throws {
        var text = "Title\n\n"
        for level in 0..<1000 { text += String(repeating: " ", count: level) + "- item \(level)\n" }
        let briefing = try Fixtures.read(text)
        func depth(_ items: ChildList<ListItem>) -> Int { items.map { 1 + depth($0.items) }.max() ?? 0 }
        func count(_ items: ChildList<ListItem>) -> Int { items.reduce(items.count) { $0 + count($1.items) } }
        let list = try #require(briefing.lists.first)
        #expect(depth(list.items) == Briefing.maximumNestingDepth)
        #expect(count(list.items) == 1000)
        #expect(briefing.hasDiagnostic(.nestingTooDeep))
    }

    @Test func fiveThousandNestedQuoteMarkersAreCapped() throws {
        let text = "Title\n\n" + String(repeating: "> ", count: 5000) + "deep text\n> shallow\n"
        let briefing = try Fixtures.read(text)
        func depth(_ quote: Quote) -> Int { 1 + (quote.quotes.map(depth).max() ?? 0) }
        let quote = try #require(briefing.quoteBlocks.first)
        #expect(depth(quote) == Briefing.maximumNestingDepth)
        #expect(quote.text == "shallow")
        #expect(briefing.hasDiagnostic(.nestingTooDeep))
    }

    @Test func fiveThousandNestedQuotationMarksAreText() throws {
        let text = "Title\n\n" + String(repeating: "“", count: 5000) + "x" + String(repeating: "”", count: 5000) + "\n"
        let briefing = try Fixtures.read(text)
        #expect(briefing.paragraphTexts.first?.unicodeScalars.count == 10_001)
    }

    @Test func aTenMegabyteLineIsOneParagraph() throws {
        let line = String(repeating: "word ", count: 2_000_000)
        let briefing = try Fixtures.read("Title\n\n" + line)
        #expect(briefing.paragraphTexts.first?.utf8.count == 9_999_999)
    }

    @Test func aHundredThousandBulletsAreOneList() throws {
        var text = "Title\n\n"
        text.reserveCapacity(2_000_000)
        for index in 0..<100_000 { text += "• Item \(index): text\n" }
        let briefing = try Fixtures.read(text)
        #expect(briefing.lists.count == 1)
        #expect(briefing.lists.first?.items.count == 100_000)
        #expect(briefing.lists.first?.items.last?.label == "Item 99999")
    }

    @Test func aHundredThousandHeadingsAreSections() throws {
        var text = "Title\n\n"
        for index in 0..<100_000 { text += "Heading Number \(index)\n\nBody text of section \(index).\n\n" }
        let briefing = try Fixtures.read(text)
        #expect(briefing.headings.count == 100_000)
    }

    @Test func binaryInputDoesNotCrash() throws {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<100_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let briefing = try PlainTextReader().read(bytes)
        #expect(briefing.hasDiagnostic(.invalidUTF8))
    }
}
