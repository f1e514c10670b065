import BriefingModel
import BriefingPlainText
import Testing

@Suite("Paragraphs, headings and quotes")
struct TextBlockTests {
    @Test func consecutiveLinesFormOneParagraph() throws {
        let briefing = try Fixtures.read(
            "Title\n\nThe vote passed by 11 to 6.\nCouncillors said the draft\nwas smaller.\n")
        #expect(briefing.paragraphTexts == ["The vote passed by 11 to 6. Councillors said the draft was smaller."])
    }

    @Test func aWordBrokenAfterItsHyphenIsRejoined() throws {
        let briefing = try Fixtures.read("Title\n\nThe open-\nhardware movement grew. A long -\nlasting dash stays.\n")
        #expect(briefing.paragraphTexts == ["The open-hardware movement grew. A long - lasting dash stays."])
    }

    @Test func headingsEndingInAQuestionMarkOrHoldingVsAreHeadings() throws {
        let briefing = try Fixtures.read(
            """
            Title

            First paragraph of the lede, long enough to be a paragraph.

            What Changed in the Final Draft?

            Officials listed the main changes during a briefing after the vote.

            Trams vs. Ferries in the Spending Debate

            Supporters of the tram plan argued that it would serve more passengers.
            """)
        #expect(briefing.headings == ["What Changed in the Final Draft?", "Trams vs. Ferries in the Spending Debate"])
    }

    @Test func anExclamationIsAHeadingOnlyInTitleCase() throws {
        let briefing = try Fixtures.read(
            """
            Title

            First paragraph of the lede, long enough to be a paragraph of its own.

            Thanks for reading and see you soon!

            Another paragraph follows the exclamation and is long enough to be one.

            Back to the Drawing Board!

            Engineers began the redesign on Monday after the trials in the harbour.
            """)
        #expect(briefing.headings == ["Back to the Drawing Board!"])
        #expect(briefing.paragraphTexts.contains("Thanks for reading and see you soon!"))
    }

    @Test func ideographicPunctuationEndsASentenceAsAFullStopDoes() throws {
        let briefing = try Fixtures.read(
            """
            タイトル

            最初の段落はここにあり、見出しではなく本文として十分な長さがあります。

            メニューから設定を開きます。

            設定画面では表示の大きさを変更することができ、変更はすぐに反映されます。

            表示メニューから「その他」を選び、

            次の画面で保存を押すと、変更がすべての端末に反映されます。
            """)
        #expect(briefing.headings.isEmpty)
        #expect(briefing.paragraphTexts.count == 5)
    }

    @Test func shortLinesThatAreNotHeadingsStayParagraphs() throws {
        let briefing = try Fixtures.read(
            """
            Title

            Updated 24 November 2026

            (All photos: Agency staff)

            Related: Five things to know about the vote

            Photo by Jane Doe

            “Stay focused on the budget!”

            The body of the article follows here, long enough to be a paragraph of text.

            The end of the article.
            """)
        #expect(briefing.headings.isEmpty)
        #expect(briefing.quoteBlocks.map(\.text) == ["Stay focused on the budget!"])
    }

    @Test func aLastShortLineIsNotAHeading() throws {
        let briefing = try Fixtures.read("Title\n\nSome paragraph text here.\n\nContinue reading the main story\n")
        #expect(briefing.headings.isEmpty)
    }

    @Test func quoteLinesFormABlockQuoteWithAttribution() throws {
        let briefing = try Fixtures.read(
            "Title\n\nShe said:\n\n> We chose the projects that we can finish.\n> A plan on paper helps nobody.\n> — Marta Sequeira\n"
        )
        let quote = try #require(briefing.quoteBlocks.first)
        #expect(quote.text == "We chose the projects that we can finish. A plan on paper helps nobody.")
        #expect(quote.attribution == "Marta Sequeira")
        #expect(quote.location == SourceLocation(line: 5, column: 3))
    }

    @Test func nestedQuoteLinesNest() throws {
        let briefing = try Fixtures.read("Title\n\n> outer\n> > inner\n> outer again\n")
        let quote = try #require(briefing.quoteBlocks.first)
        #expect(quote.text == "outer outer again")
        #expect(quote.quotes.map(\.text) == ["inner"])
    }

    @Test(arguments: ["“The ferries are not a luxury.\nThey are the only way.”", "\"The ferries are not a luxury.\""])
    func aParagraphWhollyInQuotationMarksIsAQuote(text: String) throws {
        let briefing = try Fixtures.read("Title\n\nIntro.\n\n\(text)\n")
        #expect(briefing.quoteBlocks.count == 1)
        #expect(briefing.quoteBlocks.first?.text.hasPrefix("The ferries are not a luxury.") == true)
    }

    @Test func aParagraphWithTwoQuotationsIsAParagraph() throws {
        let briefing = try Fixtures.read("Title\n\n\"I thought,\" he wrote. \"On the one hand.\"\n")
        #expect(briefing.quoteBlocks.isEmpty)
        #expect(briefing.paragraphTexts.count == 1)
    }

    @Test func bylineAndDatelineAreRecordedAndKept() throws {
        let briefing = try Fixtures.read(
            "A Title Line\n\nBy Jane Doe\n\nKYIV, Nov 24 (Reuters) — Ukraine's president said on Monday that talks began.\n"
        )
        #expect(briefing.metadata.byline == "Jane Doe")
        #expect(briefing.metadata.dateline == "KYIV, Nov 24 (Reuters)")
        #expect(briefing.metadata.place == "KYIV")
        #expect(briefing.metadata.date == "Nov 24")
        #expect(briefing.metadata.source == "Reuters")
        #expect(briefing.paragraphTexts.first == "By Jane Doe")
        #expect(briefing.paragraphTexts.last?.hasPrefix("KYIV, Nov 24 (Reuters) — ") == true)
    }

    @Test func aWireDatelineOnItsOwnLineIsMetadataNotAHeading() throws {
        let briefing = try Fixtures.read(
            "HARBOUR TALKS RESUME.\n\nOSLO, Norway 2026-03-02\n\nNegotiators met again on Monday, officials said.\n")
        #expect(briefing.metadata.dateline == "OSLO, Norway 2026-03-02")
        #expect(briefing.metadata.place == "OSLO, Norway")
        #expect(briefing.metadata.published == "2026-03-02")
        #expect(briefing.sections.allSatisfy { $0.heading == nil })
        #expect(briefing.paragraphTexts.first == "OSLO, Norway 2026-03-02")
    }

    @Test func aTableRowIsNoWireDateline() throws {
        let briefing = try Fixtures.read("RESULTS.\n\nBrackley 2 Pellmouth 1\n\nThe league resumes on Friday.\n")
        #expect(briefing.metadata.dateline == nil)
    }

    @Test func aBylineOfSeveralNamesGivesEachAuthor() throws {
        let briefing = try Fixtures.read("A Title Line\n\nBy Jane Doe and John Roe & Ann Poe\n\nText follows here.\n")
        #expect(briefing.metadata.byline == "Jane Doe and John Roe & Ann Poe")
        #expect(briefing.metadata.authors == ["Jane Doe", "John Roe", "Ann Poe"])
        // A comma ends the names (`By Jane Doe, Staff Writer`).
        let titled = try Fixtures.read("A Title Line\n\nBy Jane Doe, Staff Writer\n\nText follows here.\n")
        #expect(titled.metadata.authors == ["Jane Doe"])
    }

    @Test func aDatelineWithoutDateIsRecognised() throws {
        let briefing = try Fixtures.read("Headline Here\n\nWASHINGTON (AP) -- Lawmakers agreed on a budget.\n")
        #expect(briefing.metadata.place == "WASHINGTON")
        #expect(briefing.metadata.source == "AP")
        #expect(briefing.metadata.date == nil)
    }

    @Test func aFirstBlockThatIsAParagraphGivesNoTitle() throws {
        let briefing = try Fixtures.read(
            "This article starts with a long sentence and no title at all. It goes on.\n\nMore text.\n")
        #expect(briefing.title == nil)
        #expect(briefing.hasDiagnostic(.noTitle))
        #expect(briefing.paragraphTexts.count == 2)
    }
}

@Suite("Heading levels")
struct HeadingLevelTests {
    @Test func markedHeadingsKeepTheirLevelsAndNest() throws {
        let briefing = try Fixtures.read(
            "# Title\n\nLede text.\n\n## Part One\n\nText.\n\n### Detail\n\nMore.\n\n## Part Two ##\n\nEnd.\n")
        #expect(briefing.title == "Title")
        #expect(briefing.sections.map(\.heading) == [nil, "Part One", "Part Two"])
        #expect(briefing.sections[1].sections.map(\.heading) == ["Detail"])
        #expect(briefing.sections[1].sections.first?.level == 3)
    }

    @Test func underlinedHeadingsAreLevelOneAndTwo() throws {
        let briefing = try Fixtures.read("Title\n=====\n\nLede.\n\nSection\n-------\n\nText.\n")
        #expect(briefing.title == "Title")
        #expect(briefing.sections.last?.heading == "Section")
        #expect(briefing.sections.last?.level == 2)
    }

    @Test func markedHeadingsTurnOffGuessing() throws {
        let briefing = try Fixtures.read(
            "# Title\n\nShort Line Here\n\nA paragraph of text.\n\n## Real Heading\n\nText.\n")
        #expect(briefing.headings == ["Real Heading"])
        #expect(briefing.paragraphTexts.contains("Short Line Here"))
    }

    @Test func separatorsAreNotText() throws {
        let briefing = try Fixtures.read("Title\n\nOne.\n\n* * *\n\nTwo.\n")
        #expect(briefing.paragraphTexts == ["One.", "Two."])
        #expect(briefing.lists.isEmpty)
    }
}
