import BriefingModel
import BriefingPlainText
import Testing

@Suite("Tables in plain text")
struct TableTests {
    @Test func resultsLinesSeparatedByBlankLinesAreOneTable() throws {
        let briefing = try Fixtures.read(
            """
            FOOTBALL - LEAGUE RESULTS

            Results of league matches played on Saturday:

            Northfield 2 Eastbury 1

            Harbour Town 0 Old Mill Rovers 0

            Westgate 3 Kingsbridge United 2

            The league resumes next weekend after the international break.
            """)
        let tables = briefing.tables
        try #require(tables.count == 1)
        #expect(
            tables[0].rows == [
                ["Northfield", "2", "Eastbury", "1"], ["Harbour Town", "0", "Old Mill Rovers", "0"],
                ["Westgate", "3", "Kingsbridge United", "2"],
            ])
        #expect(tables[0].headerRowCount == 0)
        #expect(
            briefing.paragraphTexts == [
                "Results of league matches played on Saturday:",
                "The league resumes next weekend after the international break.",
            ])
        #expect(briefing.headings.isEmpty)
    }

    @Test func standingsUnderAHeaderLineKeepTheHeaderAsAHeaderRow() throws {
        let briefing = try Fixtures.read(
            """
            Standings

            Standings after Saturday's games (won, drawn, lost, points):
            W D L PTS
            Northfield 10 7 2 23
            Harbour Town 10 6 3 21
            Westgate 10 5 1 16
            """)
        let tables = briefing.tables
        try #require(tables.count == 1)
        #expect(tables[0].headerRowCount == 1)
        #expect(tables[0].rows.first == ["", "W", "D", "L", "PTS"])
        #expect(tables[0].rows.dropFirst().map(\.first) == ["Northfield", "Harbour Town", "Westgate"])
        #expect(tables[0].rows.last == ["Westgate", "10", "5", "1", "16"])
        #expect(briefing.paragraphTexts == ["Standings after Saturday's games (won, drawn, lost, points):"])
    }

    @Test func columnsAlignedWithSpacesOrTabsAreCells() throws {
        let briefing = try Fixtures.read(
            "Markets\n\nClosing prices on Friday.\n\nGold ounce    1,921.40   +3.10\n"
                + "Brent crude\t82.15\t-0.40\nCopper tonne  8,450      +12\n")
        let tables = briefing.tables
        try #require(tables.count == 1)
        #expect(
            tables[0].rows == [
                ["Gold ounce", "1,921.40", "+3.10"], ["Brent crude", "82.15", "-0.40"],
                ["Copper tonne", "8,450", "+12"],
            ])
    }

    @Test func scorecardLinesEndingInANumberNeedThreeRows() throws {
        let three = try Fixtures.read(
            "Scorecard\n\nThe home side batted first.\n\nA. Smith c Jones b Brown 41\n\nB. Patel not out 77\n\n"
                + "C. Young run out 12\n")
        #expect(three.tables.first?.rows.map(\.last) == ["41", "77", "12"])
        let two = try Fixtures.read(
            "Scorecard\n\nThe home side batted first.\n\nA. Smith c Jones b Brown 41\n\nB. Patel not out 77\n")
        #expect(two.tables.isEmpty)
    }

    @Test func aParagraphWithNumbersIsNotATable() throws {
        let briefing = try Fixtures.read(
            """
            Quarterly Results

            Sales rose 12 percent to 300 million euros in the third quarter from 268 million
            a year earlier, while operating profit climbed to 41 million from 35 million,
            the company said on Tuesday. It expects 2027 sales of 1.2 billion to 1.3 billion
            and will pay a dividend of 0.45 euros on 14 May

            The shares closed at 18.40 euros, up 3 percent.

            Final score 2 to 1
            """)
        #expect(briefing.tables.isEmpty)
        #expect(briefing.paragraphTexts.count == 3)
    }

    @Test func aLoneResultLineStaysText() throws {
        let briefing = try Fixtures.read("Result\n\nIn the final on Sunday:\n\nNorthfield 2 Eastbury 1\n")
        #expect(briefing.tables.isEmpty)
        #expect(briefing.paragraphTexts.last == "Northfield 2 Eastbury 1")
    }

    @Test func aTableInsideARunOfLinesSplitsItFromTheParagraph() throws {
        let briefing = try Fixtures.read(
            "Prices\n\nClosing prices on Friday were as follows:\nGold 1921.40 1918.30\nSilver 23.10 23.45\n\nEnd.\n")
        #expect(briefing.paragraphTexts == ["Closing prices on Friday were as follows:", "End."])
        #expect(briefing.tables.first?.rows == [["Gold", "1921.40", "1918.30"], ["Silver", "23.10", "23.45"]])
    }

    @Test func aDateIsNeverTakenFromATableRow() throws {
        let briefing = try Fixtures.read(
            "RESULTS OF ACME CORP\n\n1996 1995\n\nNet profit 1,071 877\n\nRevenue 130 1,279\n\nThe figures are unaudited.\n"
        )
        #expect(briefing.metadata.date == nil)
        #expect(briefing.tables.first?.rows.first == ["1996", "1995"])
    }

    @Test func aNumberedListIsStillAList() throws {
        let briefing = try Fixtures.read(
            "Leading results\n\nThe 100 metres:\n\n1. Anna Berg (Sweden) 11.02\n2. Maria Lind (Norway) 11.10\n"
                + "3. Eva Holm (Denmark) 11.15\n")
        #expect(briefing.tables.isEmpty)
        #expect(briefing.lists.first?.items.count == 3)
    }
}

extension Briefing {
    /// Every table block, in document order.
    var tables: [Table] {
        allBlocks.compactMap {
            if case .table(let table) = $0 { return table }
            return nil
        }
    }
}
