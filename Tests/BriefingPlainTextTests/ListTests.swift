import BriefingModel
import BriefingPlainText
import Testing

@Suite("Lists")
struct ListTests {
    @Test(arguments: ["•", "-", "*", "–", "▪", "◦", "‣", "+", "●"])
    func everyBulletStartsAnUnorderedList(bullet: String) throws {
        let briefing = try Fixtures.read("Title\n\nIntro paragraph.\n\n\(bullet) first item\n\(bullet) second item\n")
        let list = try #require(briefing.lists.first)
        #expect(!list.ordered)
        #expect(list.items.map(\.text) == ["first item", "second item"])
    }

    @Test(arguments: [("1.", "2."), ("1)", "2)"), ("(a)", "(b)"), ("a)", "b)"), ("(i)", "(ii)")])
    func everyNumberingStartsAnOrderedList(first: String, second: String) throws {
        let briefing = try Fixtures.read("Title\n\nIntro paragraph.\n\n\(first) one\n\(second) two\n")
        let list = try #require(briefing.lists.first)
        #expect(list.ordered)
        #expect(list.items.map(\.text) == ["one", "two"])
    }

    @Test(arguments: [("3.", "4.", 3), ("12)", "13)", 12), ("(0)", "(1)", 0), ("1.", "2.", 1), ("c)", "d)", 1)])
    func anOrderedListKeepsItsFirstNumber(first: String, second: String, start: Int) throws {
        let briefing = try Fixtures.read("Title\n\nIntro paragraph.\n\n\(first) one\n\(second) two\n")
        let list = try #require(briefing.lists.first)
        #expect(list.ordered)
        #expect(list.start == start)
        #expect(list.items.map(\.text) == ["one", "two"])
    }

    @Test func aBulletedListStartsAtOne() throws {
        let list = try #require(try Fixtures.read("Title\n\nIntro paragraph.\n\n- one\n- two\n").lists.first)
        #expect(!list.ordered && list.start == 1)
    }

    @Test func indentedContinuationLinesJoinTheItem() throws {
        let briefing = try Fixtures.read(
            "Title\n\n- Two planned tram extensions were merged into a single line,\n  which saves money.\n- Next item\n"
        )
        let items = try #require(briefing.lists.first).items
        #expect(
            items.map(\.text) == [
                "Two planned tram extensions were merged into a single line, which saves money.", "Next item",
            ])
    }

    @Test func deeperIndentationNestsAList() throws {
        let briefing = try Fixtures.read(
            "Title\n\n- Ferry upgrades now cover:\n    - three new vessels\n    - a terminal\n- A public review\n")
        let items = try #require(briefing.lists.first).items
        #expect(items.count == 2)
        #expect(items[0].text == "Ferry upgrades now cover:")
        #expect(items[0].items.map(\.text) == ["three new vessels", "a terminal"])
        #expect(items[1].items.isEmpty)
    }

    @Test func blankLinesBetweenItemsKeepOneList() throws {
        let briefing = try Fixtures.read("Title\n\n• one\n\n• two\n\n• three\n")
        #expect(briefing.lists.count == 1)
        #expect(briefing.lists.first?.items.count == 3)
    }

    @Test func switchingBetweenBulletsAndNumbersStartsANewList() throws {
        let briefing = try Fixtures.read("Title\n\n- one\n- two\n1. first\n2. second\n")
        #expect(briefing.lists.map(\.ordered) == [false, true])
    }

    @Test func aWrappedLineStartingWithANumberStaysInTheItem() throws {
        let briefing = try Fixtures.read(
            "Title\n\n- printing page ranges (e.g. 1-3, 6,\n  7) is now possible\n- next\n")
        let items = try #require(briefing.lists.first).items
        #expect(items.map(\.text) == ["printing page ranges (e.g. 1-3, 6, 7) is now possible", "next"])
    }

    @Test func aListCanFollowAParagraphWithoutABlankLine() throws {
        let briefing = try Fixtures.read(
            "Title\n\nThe challenges are numerous:\n  • Grievances: deep.\n  • Power: uneven.\n")
        #expect(briefing.paragraphTexts == ["The challenges are numerous:"])
        #expect(briefing.lists.first?.items.map(\.label) == ["Grievances", "Power"])
    }

    @Test func aNumberedParagraphLineDoesNotInterruptAParagraph() throws {
        let briefing = try Fixtures.read("Title\n\nThe price rose by\n15. percent this year.\n")
        #expect(briefing.lists.isEmpty)
        #expect(briefing.paragraphTexts == ["The price rose by 15. percent this year."])
    }
}

@Suite("Labels")
struct LabelTests {
    func item(_ line: String) throws -> ListItem {
        let briefing = try Fixtures.read("Title\n\n• \(line)\n")
        return try #require(briefing.lists.first?.items.first)
    }

    @Test func shortTitleLikeLabelIsSplit() throws {
        let item = try item("Bypassing Bureaucracy: Direct talks eliminate layers.")
        #expect(item.label == "Bypassing Bureaucracy")
        #expect(item.text == "Direct talks eliminate layers.")
    }

    @Test(arguments: [
        "Building Trust (However Minimal): Even in adversarial contexts.",
        "Hope vs. Reality: A sober look.",
        "Framework for Future Talks: Setting the stage.",
        "WebAssembly limitations: Various features are missing.",
        "Q3 2026: Revenue grew.",
    ])
    func labelsWithSmallWordsParenthesesAndAbbreviationsAreSplit(line: String) throws {
        let item = try item(line)
        #expect(item.label != nil)
        #expect(item.label.map { line.hasPrefix($0 + ": ") } == true)
    }

    @Test(arguments: [
        "https://example.org/report is where the tables are",
        "Doors open at 5:30 p.m. on Monday",
        "The committee noted one thing: costs rose.",
        "Related to each other: for example, a cache and a server",
        "Ferry upgrades now cover:",
        "In 2015, prices fell: sharply.",
        "Notes about this. More: later",
    ])
    func colonsThatDoNotEndALabelAreLeftAlone(line: String) throws {
        let item = try item(line)
        #expect(item.label == nil)
        #expect(item.text == line)
    }
}
