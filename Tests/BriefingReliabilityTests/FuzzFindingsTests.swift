import BriefingAnalysis
import BriefingMemo
import BriefingModel
import BriefingPlainText
import Testing

/// What the fuzzers found (`Fuzz/`), each kept as a regression test: every input goes through
/// the reader, the analysis and every exporter, and must read back from plain text to the same
/// outline.
@Suite("Fuzzer findings")
struct FuzzFindingsTests {
    static let findings: [(String, [UInt8])] = [
        // The first block of a title-less article read as a title once written on one line.
        ("no title", Array("GNU Free Licence\nVersion 3, June 2007\nhttps://example.org/licence\n\nText.\n".utf8)),
        // `*` alone is no bullet, so `*` / `x` is the paragraph `* x`, which must not come back as a list.
        ("bullet-like paragraph", [0x2A, 0x0A, 0xCC]),
        ("number-like paragraph", Array("Title\n\n1.\nis the loneliest number.\n".utf8)),
        // A paragraph whose later line would read as a separator on a line of its own.
        ("dash paragraph", Array("Title\n\n-\n--\n-\n".utf8)),
        // Quotation marks around nothing but white space are no quotation.
        ("empty quotation", Array("Title\n\n\"\n\"\n".utf8)),
        ("quotation of spaces", Array("Title\n\n“ \u{A0} ”\n".utf8)),
        // A label split must not depend on where the item's lines break.
        ("wrapped label", Array("Title\n\n• Dev\n  elopment: a look at the tools\n• Testing: more\n".utf8)),
        // A two-line paragraph that would pass for a heading on one line.
        (
            "heading-like paragraph",
            Array(
                "Title\n\nFirst paragraph of text, long enough to be one.\n\nBiz & IT\n—\n\nMore text follows here.\n"
                    .utf8)
        ),
        // The same without a title or a heading, where `#` marks cannot tell headings apart: the
        // paragraph is written on three lines, which never read as a heading.
        (
            "heading-like paragraph, no title",
            Array(
                "This first paragraph is a full sentence, far too long to be taken for a title.\n\nNo One\n/ Perfect\n\nAnd I am not saying I am.\n"
                    .utf8)
        ),
        (
            "heading-like first paragraph, no title",
            Array(
                "On Behalf of\nthe Committee\nfor Plain Words\n\nYou either are one or know of one, as this sentence says.\n"
                    .utf8)
        ),
        // Two lists in a row (told apart by their indentation) read back as one.
        (
            "two lists in a row",
            Array("Title\n\n  • BBEdit\n  • Page and Pocket\n\n- We are running three experiments\n".utf8)
        ),
        // An indented `#  x` is text; unindented on one line it is a heading, and its double space
        // leaves no single space to break the line at.
        (
            "hash paragraph",
            Array("Title\n\nText before.\n\n    #  \"Derivative Works\" shall mean any work\n".utf8)
        ),
        // A heading that ends in `#`, written with marks (its level is not 2): `### Deep #` would
        // lose the `#` as a closing run.
        ("heading ending in a hash", Array("Title\n\n### Deep heading #  #\n\nSome text under it.\n".utf8)),
        // A heading-like paragraph whose second word, on a line of its own, would underline the first.
        (
            "underline-like word",
            Array("Title\n\nText before it.\n\nDarin2003 ~~~~~~~~\nLorem Ipsum\n\nAnd text after it.\n".utf8)
        ),
        // A line break before a form feed loses the form feed: the reader trims it from the line.
        ("form feeds", Array("Title\n\nText before it.\n\nHermi\u{0C}\u{0C}x ea \u{0C}\u{0C}tian matri\n".utf8)),
        ("hash paragraph after a list", Array("Title\n\n• Item\n\n* * *\n\n    #  x\n".utf8)),
        // Rows of tab-separated cells are a table, which plain text once wrote as a paragraph.
        (
            "tab-separated rows",
            Array("Title\n\nA tra\t26,\t2015\t[LWN.net]\n\nA\t26,\t2015\t[LWN.net]\n\nText.\n".utf8)
        ),
        // Two quotes nested side by side in one quote, which written line after line read as one.
        (
            "sibling nested quotes",
            Array("Title\n\n> Outer words.\n> > A one.\n>\n> > B two.\n> > > C three.\n> >\n> > > D four.\n".utf8)
        ),
        // A table under a heading that could pass for a row, with a row-like line after it.
        (
            "row-like neighbours",
            Array("Title\n\n2015 Season\n\nArsenal  2  1\nChelsea  3  0\n\n* * *\n\nWeek 12\n".utf8)
        ),
    ]

    @Test(arguments: findings.map(\.0))
    func findingReadsBackAndExportsWell(name: String) throws {
        let bytes = try #require(Self.findings.first { $0.0 == name }?.1)
        var briefing = try PlainTextReader().read(bytes)
        try AnalysisPipeline.standard().analyse(&briefing)
        try ExportChecks.checkEveryFormat(briefing)
    }

    @Test func aWrappedLabelIsTheSameAsAnUnwrappedOne() throws {
        let wrapped = try PlainTextReader().read("Title\n\n• Dev\n  elopment: a look at the tools\n")
        let unwrapped = try PlainTextReader().read("Title\n\n• Dev elopment: a look at the tools\n")
        guard case .list(let a) = wrapped.allBlocks.first, case .list(let b) = unwrapped.allBlocks.first else {
            Issue.record("no list")
            return
        }
        #expect(a.items.map(\.label) == ["Dev elopment"])
        #expect(a.items.map(\.label) == b.items.map(\.label))
        #expect(a.items.map(\.text) == b.items.map(\.text))
    }

    @Test func marksAroundWhiteSpaceAreAParagraph() throws {
        let briefing = try PlainTextReader().read("Title\n\n\"\n\"\n")
        #expect(
            briefing.allBlocks == [.paragraph(Paragraph(text: "\" \"", location: SourceLocation(line: 3, column: 1)))])
    }

    @Test func aBriefingWithoutATitleIsWrittenWithASeparatorFirst() throws {
        let briefing = try PlainTextReader().read(
            "GNU Free Licence\nVersion 3, June 2007\nhttps://example.org/\n\nText.\n")
        #expect(briefing.title == nil)
        let text = String(decoding: try PlainTextExporter().export(briefing).bytes, as: UTF8.self)
        #expect(text.hasPrefix("* * *\n\n"))
    }
}
