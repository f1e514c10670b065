import BriefingModel
import BriefingPlainTextReader
import Testing

@Suite("The seed article")
struct SeedOutlineTests {
    let briefing: Briefing

    init() throws {
        briefing = try PlainTextReader().read(try Fixtures.bytes(Fixtures.seed))
    }

    @Test func titleIsTheFirstLine() {
        #expect(briefing.title == "Zelenskyy: Putin Meeting Discussions Start, Hope for Ukraine Peace")
        #expect(briefing.titleLocation == SourceLocation(line: 1, column: 1))
    }

    @Test func ledeHasTwoParagraphsAndNoHeading() throws {
        let lede = try #require(briefing.sections.first)
        #expect(lede.heading == nil)
        #expect(lede.level == 1)
        #expect(lede.blocks.count == 2)
        #expect(lede.blocks.allSatisfy { $0.kind == .paragraph })
    }

    @Test func elevenHeadingsInOrder() {
        #expect(
            briefing.headings == [
                "The Significance of High-Level Dialogue in Conflict Resolution",
                "Why a Direct Meeting Matters",
                "Historical Precedents and Challenges of Such Summits",
                "Initial Steps and Diplomatic Maneuvers for a Zelenskyy Putin Meeting",
                "Key Obstacles on the Road to Lasting Ukraine Peace",
                "Core Demands and Red Lines",
                "Trust Deficit and Battlefield Realities",
                "International Reactions and Support for Diplomacy",
                "The Path Forward: What Could a Meeting Achieve?",
                "Potential Agenda Items for an Initial Summit",
                "Hope vs. Reality: Managing Expectations for Ukraine Peace",
            ])
    }

    @Test func headingsAreFlatAtLevelTwo() {
        let headed = briefing.sections.filter { $0.heading != nil }
        #expect(headed.count == 11)
        #expect(headed.allSatisfy { $0.level == 2 && $0.sections.isEmpty })
    }

    @Test func nineteenParagraphs() {
        #expect(briefing.paragraphTexts.count == 19)
        #expect(briefing.quoteBlocks.isEmpty)
    }

    @Test func sevenListsWithLabelledItems() throws {
        let lists = briefing.lists
        #expect(lists.map(\.items.count) == [4, 3, 4, 2, 4, 4, 3])
        #expect(lists.allSatisfy { !$0.ordered })
        let items = lists.flatMap(\.items)
        #expect(items.allSatisfy { $0.label != nil && !$0.text.isEmpty && $0.items.isEmpty })
        let first = try #require(items.first)
        #expect(first.label == "Bypassing Bureaucracy")
        #expect(first.text.hasPrefix("Direct talks eliminate layers of bureaucracy"))
        #expect(items.map { $0.label ?? "" }.contains("Building Trust (However Minimal)"))
        #expect(items.map { $0.label ?? "" }.contains("Framework for Future Talks"))
    }

    @Test func everyBlockHasALocation() {
        for section in briefing.allSections where section.heading != nil {
            #expect(section.location != nil)
        }
        let lines = briefing.allBlocks.map(\.location.line)
        #expect(lines == lines.sorted())
        #expect(briefing.lists.first?.items.first?.location == SourceLocation(line: 13, column: 3))
    }

    @Test func cleanInputHasNoDiagnostics() {
        #expect(briefing.diagnostics.isEmpty)
    }
}
