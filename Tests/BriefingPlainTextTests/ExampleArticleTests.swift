import BriefingModel
import BriefingPlainText
import Testing

@Suite("The shipped example articles")
struct ExampleArticleTests {
    @Test func riverTreatyTalksHasTheSeedShape() throws {
        let briefing = try Fixtures.example("river-treaty-talks.txt")
        #expect(briefing.title == "Kazakhstan and Kyrgyzstan Resume Talks on a Tersek River Water Treaty")
        #expect(briefing.headings.count == 8)
        #expect(briefing.headings.contains("Upstream vs. Downstream Priorities"))
        #expect(briefing.headings.contains("What Is on the Negotiating Table?"))
        #expect(briefing.paragraphTexts.count == 18)
        #expect(briefing.lists.map(\.items.count) == [3, 4, 3, 4, 2])
        #expect(briefing.lists.flatMap(\.items).allSatisfy { $0.label != nil })
        #expect(briefing.diagnostics.isEmpty)
    }

    @Test func variantsExercisesTheMessyForms() throws {
        let briefing = try Fixtures.example("variants.txt")
        #expect(briefing.title == "Lisbon Council Approves Revised Tram and Ferry Investment Plan")
        #expect(briefing.metadata.byline == "Jane Doe")
        #expect(briefing.metadata.authors == ["Jane Doe"])
        #expect(briefing.metadata.dateline == "LISBON, Nov 24 (Briefing Wire)")
        #expect(briefing.metadata.date == "24 November 2026")
        #expect(
            briefing.headings == ["What Changed in the Final Draft?", "Trams vs. Ferries in the Spending Debate"])
        let lists = briefing.lists
        #expect(lists.map(\.ordered) == [false, true, true])
        #expect(lists.map(\.items.count) == [4, 3, 3])
        #expect(lists[0].items[0].text.hasSuffix("without reducing the number of stops."))
        #expect(lists[0].items[1].items.count == 3)
        #expect(lists[0].items[2].label == nil)
        #expect(briefing.quoteBlocks.map(\.attribution) == ["Marta Sequeira", nil])
        let linkParagraph = try #require(briefing.paragraphTexts.first { $0.contains("https://example.org/report") })
        #expect(linkParagraph.contains("5:30 p.m."))
        #expect(briefing.paragraphTexts.count == 12)
    }

    @Test(arguments: [
        ("earnings-report.txt", 5, [4, 3]), ("science-result.txt", 5, [3, 4]), ("sports-final.txt", 4, [5, 2]),
    ])
    func otherArticlesHaveTheirOutlines(name: String, headings: Int, lists: [Int]) throws {
        let briefing = try Fixtures.example(name)
        #expect(briefing.title != nil)
        #expect(briefing.headings.count == headings)
        #expect(briefing.lists.map(\.items.count) == lists)
    }
}
