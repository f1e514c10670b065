import BriefingAnalysis
import BriefingModel
import BriefingPlainText
import BriefingTestSupport
import Testing

@Suite("Quotes")
struct QuoteTests {
    func quotes(_ paragraphs: String...) throws -> [AttributedQuote] { try quotes(paragraphs) }

    func quotes(_ paragraphs: [String]) throws -> [AttributedQuote] {
        var briefing = Briefing(
            sections: [
                Section(
                    heading: nil, level: 1,
                    blocks: paragraphs.map {
                        .paragraph(Paragraph(text: $0, location: SourceLocation(line: 1, column: 1)))
                    })
            ])
        try AnalysisPipeline.standard().analyse(&briefing)
        return briefing.analysis.quotes ?? []
    }

    @Test(.requiresSharedCorpus) func thePossessiveInTheSeedNamesZelenskyy() throws {
        let quotes = try #require(try AnalysisFixtures.seed().analysis.quotes)
        let started = try #require(quotes.first { $0.text == "discussions have started" })
        #expect(started.speaker == "Volodymyr Zelenskyy")
        #expect(started.cue == "possessive")
    }

    @Test(.requiresSharedCorpus) func termsInTheSeedsScareQuotesAreNotSpeech() throws {
        let quotes = try #require(try AnalysisFixtures.seed().analysis.quotes)
        #expect(!quotes.contains { $0.text == "demilitarization" || $0.text == "denazification" })
        #expect(quotes.count == 1)
    }

    @Test func theSeedShapedExampleNamesItsSpeakers() throws {
        let quotes = try #require(try AnalysisFixtures.seedShaped().analysis.quotes)
        #expect(quotes.map(\.speaker) == ["Marta Varela", "Marta Varela", "Lucía Benítez"])
        #expect(quotes.map(\.cue) == ["said", "possessive", "according to"])
        #expect(quotes.allSatisfy { $0.text != "historic watershed" })
    }

    @Test(arguments: [
        ("“We will not give up the fight for our water,” said Ambassador Lucia Ferraro.", "Lucia Ferraro", "said"),
        ("“We will not give up the fight,” Lucia Ferraro said on Monday.", "Lucia Ferraro", "said"),
        ("Lucia Ferraro told reporters that “the talks are going well and will go on”.", "Lucia Ferraro", "told"),
        (
            "According to Dr. Nurlan Abenov, “the gap is narrower than it sounds to most people”.", "Nurlan Abenov",
            "according to"
        ),
        (
            "Minister Aizada Temirbekova’s statement confirmed that “discussions have started”.", "Aizada Temirbekova",
            "possessive"
        ),
    ])
    func speechVerbsPossessivesAndAccordingTo(text: String, speaker: String, cue: String) throws {
        let found = try quotes(text)
        #expect(found.count == 1)
        #expect(found.first?.speaker == speaker)
        #expect(found.first?.cue?.rawValue == cue)
    }

    @Test func aQuotationThatGoesOnAfterABreakKeepsItsSpeaker() throws {
        let found = try quotes(
            "\"The bridge will open in May,\" Lena Corvi said. \"But the ferry stays.\"",
            "\"We planned for both,\" she added.",
            "\"Tolls will stay low.\"",
            "The council meets on Friday.",
            "\"Nobody asked the people who live here.\"")
        #expect(found.map(\.speaker) == ["Lena Corvi", "Lena Corvi", "Lena Corvi", "Lena Corvi", nil])
        #expect(found[1].cue == .continuation)
        #expect(found[3].cue == .continuation)
    }

    @Test func aQuotationOverSeveralParagraphsTakesTheSpeakerNamedWhereItCloses() throws {
        let found = try quotes(
            "The mayor spoke first.",
            "\"We will rebuild the harbour wall before winter.",
            "The money is already there.",
            "Nobody will lose a home,\" said Tomas Greer.")
        #expect(found.count == 3)
        #expect(found.allSatisfy { $0.speaker == "Tomas Greer" })
    }

    @Test func aWhollyQuotedParagraphAfterAQuotationGoesOnWithItsSpeaker() throws {
        let text = "Harbour Works\n\n\"The wall will hold this winter,\" said Ines Moura.\n\n\"We tested it twice.\"\n"
        var briefing = try PlainTextReader().read(Array(text.utf8))
        try AnalysisPipeline.standard().analyse(&briefing)
        let found = briefing.analysis.quotes ?? []
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.speaker == "Ines Moura" })
    }

    @Test func aQuotationThatNeverClosesStaysBounded() throws {
        let found = try quotes(
            ["\"This opening mark is never closed by anyone at all."]
                + Array(repeating: "Plain text follows here without marks.", count: 20))
        #expect(found.count <= 7)
        #expect(found.allSatisfy { $0.speaker == nil })
    }

    @Test func pronounsResolveToTheLastPersonNamed() throws {
        let found = try quotes(
            "Chief Financial Officer Sandra Yilmaz spoke first. She added that “we remain careful on costs this year”.",
            "Reto Baumann agreed. “The currency will not help us at all,” he said.")
        #expect(found.map(\.speaker) == ["Sandra Yilmaz", "Reto Baumann"])
        #expect(found.map(\.cue) == ["pronoun", "pronoun"])
    }

    @Test func aQuotationWithoutSpeakerIsKeptWhenLong() throws {
        let found = try quotes("“The ferries are not a luxury for the south bank at all.”")
        #expect(found.count == 1)
        #expect(found.first?.speaker == nil)
        #expect(found.first?.cue == nil)
    }

    @Test func unbalancedQuotationMarksAreIgnored() throws {
        let found = try quotes("He said “this never closes and goes on and on", "“Another” one “here” and “there")
        #expect(found.isEmpty)
    }

    @Test func apostrophesAreNotQuotationMarks() throws {
        let found = try quotes("It’s the club’s ‘best season in years’, said coach Lars Bakker, and ’90s fans agree.")
        #expect(found.count == 1)
        #expect(found.first?.text == "best season in years")
    }

    @Test func aQuoteBlockGetsTheSpeakerWhoIntroducesIt() throws {
        var briefing = Briefing(
            sections: [
                Section(
                    heading: nil, level: 1,
                    blocks: [
                        .paragraph(
                            Paragraph(
                                text: "Foreign Minister Amina Rahimi spoke to the chamber:",
                                location: .init(line: 1, column: 1))),
                        .quote(
                            Quote(text: "We will sign when the numbers add up.", location: .init(line: 3, column: 1))),
                    ])
            ])
        let read = briefing
        try AnalysisPipeline.standard().analyse(&briefing)
        #expect(briefing.analysis.quotes?.first?.speaker == "Amina Rahimi")
        #expect(briefing.analysis.quotes?.first?.cue == .introduced)
        // The guess stays in the analysis: the outline is the reader's, as the article wrote it.
        #expect(briefing.sections == read.sections)
    }

    @Test func aQuoteBlocksOwnAttributionIsItsSpeaker() throws {
        var briefing = try PlainTextReader().read(
            "Title\n\nThe minister Amina Rahimi said:\n\n> We will sign when the numbers add up.\n> — Reto Baumann\n")
        try AnalysisPipeline.standard().analyse(&briefing)
        #expect(briefing.analysis.quotes?.first?.speaker == "Reto Baumann")
        #expect(briefing.analysis.quotes?.first?.cue == .attribution)
        let blocks = briefing.allBlocks.compactMap { block -> Quote? in
            if case .quote(let quote) = block { return quote }
            return nil
        }
        #expect(blocks.first?.attribution == "Reto Baumann")
    }

    @Test func ownArticlesAttributeEveryQuote() throws {
        for name in ["river-treaty-talks", "earnings-report", "science-result", "sports-final"] {
            let quotes = try #require(try AnalysisFixtures.example(name).analysis.quotes)
            #expect(quotes.count >= 3, "\(name)")
            #expect(
                quotes.allSatisfy { $0.speaker != nil }, "\(name): \(quotes.filter { $0.speaker == nil }.map(\.text))")
        }
    }

    private func plainTextQuotes(_ text: String) throws -> [AttributedQuote] {
        var briefing = try PlainTextReader().read(Array(text.utf8))
        try AnalysisPipeline.standard().analyse(&briefing)
        return briefing.analysis.quotes ?? []
    }

    @Test func aLongQuotationWhoseLastParagraphOpensAgainKeepsItsSpeaker() throws {
        // Wire style: every paragraph opens with a mark, only the last one closes.
        let found = try plainTextQuotes(
            "Harbour Works\n\n\"We are ready,\" said Ines Moura.\n\n\"Like I said before, the wall is sound.\n\n"
                + "The engineers checked every stone.\n\n\"Nothing is left to chance.\"\n\nThe council meets on Friday.\n"
        )
        #expect(found.count == 4)
        #expect(found.allSatisfy { $0.speaker == "Ines Moura" })
    }

    @Test func aShortParagraphThatOpensAQuotationIsOne() throws {
        let found = try quotes(
            "Rafael Quint spoke at the gate.", "\"I feel calm.", "I am entitled to walk here,\" he said.")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.speaker == "Rafael Quint" })
    }

    @Test func anAttributionCarriedIntoTheNextParagraphIsTheQuotations() throws {
        let found = try quotes(
            "Some walkers took the back roads.", "\"Why is the old road closed?",
            "Who decided this without us?\"", "asked Mira Oduya, a farmer from the valley.")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.speaker == "Mira Oduya" })
        #expect(found.allSatisfy { $0.cue == "asked" })
    }

    @Test func aSpeakerAfterADescriptionOrBeforeALongTitle() throws {
        let found = try quotes(
            "Tomas Greer won in four sets.",
            "\"A win is a win,\" Greer, who retires this year, said of the match.",
            "The rescuer Stig Halvorsen reached the slope first.",
            "\"Think of all that wreckage on the slope,\" Halvorsen, 29, told reporters.",
            "Lena Corvi spoke later.", "\"It is the end of my career,\" a tired Corvi told the crowd.",
            "\"He is on the last frontier,\" Northern Rowing Association President Ramon Ibarra said.",
            "\"We have a treaty with them,\" said the tourist, Khaled Rami, 37.",
            "\"We hope for peace,\" said a 30-year-old woman, Aiza Moreno.")
        #expect(
            found.map(\.speaker) == [
                "Tomas Greer", "Stig Halvorsen", "Lena Corvi", "Ramon Ibarra", "Khaled Rami", "Aiza Moreno",
            ])
    }

    @Test func aDescriptionWithoutANameNamesNoSpeaker() throws {
        let found = try quotes(
            "Tomas Greer won in four sets.",
            "\"The roads are closed,\" the tourist, tired and cold, said at the border.",
            "\"Nobody warned us,\" Greer's rival, who lost, complained to the umpire.")
        #expect(found.allSatisfy { $0.speaker == nil })
    }

    @Test func aQuotationRightAfterReportedSpeechIsTheReportedSpeakers() throws {
        let found = try quotes(
            "Mara Quint said the council had cut the harbour budget.",
            "But she said she would not stop the campaign.", "\"We will carry on.",
            "Nobody can stop a town that wants its harbour.\"")
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.speaker == "Mara Quint" })
    }

    @Test func anAttributionThatNamesNoOneIsNotGuessed() throws {
        let found = try quotes(
            "The party of Tomas Greer said it was backed by the army, a senior official said.",
            "\"They have confirmed to us that troops are taking part.",
            "We got it from leaders in the capital,\" the official, who asked not to be named, told reporters.",
            "Lena Corvi said the talks would go on.",
            "Ingram was quoted as calling the talks \"a complete waste of time\" in the paper.")
        #expect(found.allSatisfy { $0.speaker == nil })
    }
}
