import BriefingModel
import BriefingPlainText
import BriefingTestSupport
import Testing

/// What an article in the seed's shape reads as: a title, two lede paragraphs, eleven flat
/// headings, nineteen paragraphs, and seven bulleted lists of 4, 3, 4, 2, 4, 4 and 3 labelled items.
struct SeedShape {
    var title: String
    var headings: [String]
    var firstLabel: String
    var firstTextPrefix: String
    var otherLabels: [String]
    var firstItemLocation: BriefingModel.SourceLocation

    func check(_ briefing: Briefing) throws {
        #expect(briefing.title == title)
        #expect(briefing.titleLocation == BriefingModel.SourceLocation(line: 1, column: 1))

        let lede = try #require(briefing.sections.first)
        #expect(lede.heading == nil)
        #expect(lede.level == 1)
        #expect(lede.blocks.count == 2)
        #expect(lede.blocks.allSatisfy { $0.kind == .paragraph })

        #expect(briefing.headings == headings)
        let headed = briefing.sections.filter { $0.heading != nil }
        #expect(headed.count == 11)
        #expect(headed.allSatisfy { $0.level == 2 && $0.sections.isEmpty })

        #expect(briefing.paragraphTexts.count == 19)
        #expect(briefing.quoteBlocks.isEmpty)

        let lists = briefing.lists
        #expect(lists.map(\.items.count) == [4, 3, 4, 2, 4, 4, 3])
        #expect(lists.allSatisfy { !$0.ordered })
        let items = lists.flatMap(\.items)
        #expect(items.allSatisfy { $0.label != nil && !$0.text.isEmpty && $0.items.isEmpty })
        let first = try #require(items.first)
        #expect(first.label == firstLabel)
        #expect(first.text.hasPrefix(firstTextPrefix))
        for label in otherLabels {
            #expect(items.map { $0.label ?? "" }.contains(label))
        }

        for section in briefing.allSections where section.heading != nil {
            #expect(section.location != nil)
        }
        let lines = briefing.allBlocks.map(\.location.line)
        #expect(lines == lines.sorted())
        #expect(briefing.lists.first?.items.first?.location == firstItemLocation)
        #expect(briefing.diagnostics.isEmpty)
    }
}

@Suite("The seed article", .requiresSharedCorpus)
struct SeedOutlineTests {
    @Test func readsAsTheSeedShape() throws {
        let briefing = try PlainTextReader().read(try Examples.bytes(SharedCorpus.seed))
        try SeedShape(
            title: "Zelenskyy: Putin Meeting Discussions Start, Hope for Ukraine Peace",
            headings: [
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
            ],
            firstLabel: "Bypassing Bureaucracy", firstTextPrefix: "Direct talks eliminate layers of bureaucracy",
            otherLabels: ["Building Trust (However Minimal)", "Framework for Future Talks"],
            firstItemLocation: BriefingModel.SourceLocation(line: 13, column: 3)
        ).check(briefing)
    }
}

@Suite("The example article in the seed's shape")
struct SeedShapedExampleTests {
    @Test func readsAsTheSeedShape() throws {
        let briefing = try PlainTextReader().read(try Examples.bytes(Examples.seedShaped))
        try SeedShape(
            title: "Varela: Talks on a Summit With Ortiz Begin, Hope for a Glacier Border Deal",
            headings: [
                "Why Leaders Talk When Commissions Stall",
                "What a Meeting Between Presidents Can Do",
                "Lessons From Earlier Border Settlements",
                "First Steps Toward a Varela Ortiz Meeting",
                "The Main Obstacles to a Settlement",
                "Claims and Red Lines",
                "Mistrust and Facts on the Ground",
                "Reactions in the Region and Beyond",
                "What Could a First Meeting Achieve?",
                "Possible Items for a First Summit",
                "Hope vs. Reality: Keeping Expectations Modest",
            ],
            firstLabel: "Cutting Through Procedure", firstTextPrefix: "Direct talks remove layers of procedure",
            otherLabels: ["Personal Trust (However Limited)", "Road Map"],
            firstItemLocation: BriefingModel.SourceLocation(line: 13, column: 3)
        ).check(briefing)
    }
}
