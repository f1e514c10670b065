import BriefingAnalysis
import BriefingModel
import Testing

/// The classes of typing error met on wire stories, each on sentences written for the test.
@Suite("Entity typing")
struct EntityTypingTests {
    private func entities(_ paragraphs: String...) -> [String: Entity] {
        let briefing = AnalysisFixtures.briefing(paragraphs)
        var byName: [String: Entity] = [:]
        for entity in EntityAnalyser().entities(in: briefing) { byName[entity.name] = entity }
        return byName
    }

    @Test func aNameIsOneTheTextWrites() {
        let found = entities(
            "West Indian bowlers and Brazilian fans cheered.", "U.S. officials met envoys in Geneva on Tuesday.")
        // Demonyms alone name no place; an abbreviation written is the name.
        #expect(found["Caribbean"] == nil)
        #expect(found["Brazil"] == nil)
        #expect(found["Brazilian"]?.kind == .other)
        #expect(found["United States"] == nil)
        #expect(found["U.S."]?.kind == .place)
    }

    @Test func aBracketStartsAnotherName() {
        let found = entities(
            "The Northern Grain Traders Association (NGTA) raised its forecast.", "The NGTA meets again in May.")
        let association = found["Northern Grain Traders Association"]
        #expect(association?.kind == .organisation)
        #expect(association?.aliases == ["NGTA"])
    }

    @Test func legalFormsAndInitialsKeepTheirPeriods() {
        let found = entities(
            "Shares of Kellmore Corp. rose after Edwin R. Calloway joined the board.",
            "Calloway said the deal with Brightwater Bancshares Inc. would close soon.")
        #expect(found["Kellmore Corp."]?.kind == .organisation)
        #expect(found["Brightwater Bancshares Inc."]?.kind == .organisation)
        #expect(found["Edwin R. Calloway"]?.kind == .person)
        #expect(found["Edwin R. Calloway"]?.aliases == ["Calloway"])
    }

    @Test func hyphenatedModifiersAreNoPartOfAName() {
        let found = entities(
            "Oslo-based Fjordline Shipping said profits fell.", "The pro-Reform Velmar Party lost seats in mid-March.")
        #expect(found["Fjordline Shipping"]?.kind == .organisation)
        #expect(found["Oslo"]?.kind == .place)
        #expect(found["Velmar Party"]?.kind == .organisation)
        #expect(found.keys.allSatisfy { !$0.contains("-") })
    }

    @Test func weekdaysAndMonthsEndANameAndEventsAreNotPeople() {
        let found = entities(
            "Police questioned Hanna Brask Monday after the Harbin Open.",
            "Brask had won the Coastal Classic in August.")
        #expect(found["Hanna Brask"]?.kind == .person)
        #expect(found["Harbin Open"]?.kind != .person)
        #expect(found["Coastal Classic"]?.kind != .person)
    }

    @Test func linesInCapitalsGuessNothing() {
        let found = entities(
            "NEW ENGLAND STORM CUTS POWER IN AUGUST", "KANSAS CITY 12 4 .750", "Crews worked through the night.")
        #expect(found["England"] == nil)
        #expect(found["ENGLAND"] == nil)
        #expect(found["Kansas"] == nil)
        #expect(found["KANSAS"] == nil)
        #expect(found["AUGUST"] == nil)
        #expect(found.values.allSatisfy { $0.kind != .organisation })
    }

    @Test func sidesInAGameAreOrganisations() {
        let found = entities(
            "Kestrelton beat Marlowby by four wickets, while Dunmore drew with Ashvale Rovers.",
            "Result: Brackley Town 2 Pellmouth Athletic 1.",
            "Kestrelton now lead, and Marlowby are third.")
        #expect(found["Kestrelton"]?.kind == .organisation)
        #expect(found["Kestrelton"]?.mentions == 2)
        #expect(found["Marlowby"]?.kind == .organisation)
        #expect(found["Dunmore"]?.kind == .organisation)
        #expect(found["Brackley Town"]?.kind == .organisation)
        #expect(found["Pellmouth Athletic"]?.kind == .organisation)
    }

    @Test func aCityInAStandingsRowIsASideButACountryStaysAPlace() {
        let found = entities("BOSTON 69 65 .515 5", "England beat Australia by six wickets.")
        #expect(found["BOSTON"]?.kind == .organisation)
        #expect(found["England"]?.kind == .place)
        #expect(found["Australia"]?.kind == .place)
    }

    @Test func aPersonOfACompanyIsTwoNames() {
        let found = entities("Analysts such as Mara Quint of Dellway Partners & Co. said costs would rise.")
        #expect(found["Mara Quint"]?.kind == .person)
        #expect(found["Dellway Partners & Co."]?.kind == .organisation)
    }

    @Test func companiesAreKnownByWhatIsSaidOfThem() {
        let found = entities(
            "Shares of Velomar fell after Corvane said in a statement that it would cut jobs.",
            "Traders said Tessaly shares rose and Brandt's chairman resigned; Velomar and Corvane declined to comment.",
            "Net profit fell. Recurring revenue rose.")
        #expect(found["Velomar"]?.kind == .organisation)
        #expect(found["Corvane"]?.kind == .organisation)
        #expect(found["Tessaly"]?.kind == .organisation)
        #expect(found["Brandt"]?.kind == .organisation)
        #expect(found["Net"] == nil)
        #expect(found["Recurring"] == nil)
    }

    @Test func aDateIsNoScore() {
        let found = entities("Revised 24 November 2026.", "Harrow 3 October meetings were cancelled.")
        #expect(found.values.allSatisfy { $0.kind != .organisation })
    }

    @Test func aClubInBracketsAfterAPlayer() {
        let found = entities("The goals came from Tomas Reiner (Halvik) and Jon Aster (Britain).")
        #expect(found["Halvik"]?.kind == .organisation)
        #expect(found["Tomas Reiner"]?.kind == .person)
        #expect(found["Britain"]?.kind == .place)
    }

    @Test func aNameHeadingARowOfWholeNumbersIsASide() {
        let found = entities(
            "Standings after Saturday's games:", "Kelvin Rovers 3 2 0 1 5 2 6", "Dunmore 3 1 2 0 3 2 5",
            "Prices 12.50 13.00 11.27", "Lena Ostrova (Latvia) 69 70 71")
        #expect(found["Kelvin Rovers"]?.kind == .organisation)
        #expect(found["Dunmore"]?.kind == .organisation)
        // Prices are no standings; a bracket after the name makes no row of a table.
        #expect(found["Prices"]?.kind != .organisation)
        #expect(found["Lena Ostrova"]?.kind == .person)
    }

    @Test func aNounOfOrganisationBeforeANameTypesIt() {
        let found = entities(
            "The news agency Velka Press reported the closure, and first division team Sporting Arvale said it would appeal.",
            "Velka Press said flights were re-routed.", "Airport chief Dorin Mathe said the work was done.",
            "\"We are calm,\" said broker Imran Kessel.")
        #expect(found["Velka Press"]?.kind == .organisation)
        #expect(found["Sporting Arvale"]?.kind == .organisation)
        #expect(found["Dorin Mathe"]?.kind == .person)
        #expect(found["Imran Kessel"]?.kind == .person)
    }

    @Test func aCompanyWithoutItsLegalFormIsTheSameCompany() {
        let found = entities(
            "Halvern Seating will compete with Brookfield Controls Inc for the contract.",
            "Brookfield Controls and Halvern Seating both bid.")
        #expect(found["Brookfield Controls Inc"]?.kind == .organisation)
        #expect(found["Brookfield Controls Inc"]?.aliases.contains("Brookfield Controls") == true)
        #expect(found["Brookfield Controls"] == nil)
    }

    @Test func aNameMetAgainInAGameReportIsASide() {
        let game = entities(
            "Harbourshire beat Westmoor by 40 runs while Fenland drew with Oakvale.",
            "Title rivals Dunholm and Kestrel both won, and Dunholm stay second with Kestrel third.")
        #expect(game["Dunholm"]?.kind == .organisation)
        #expect(game["Kestrel"]?.kind == .organisation)
        // Outside a game report the same evidence says nothing.
        let plain = entities("Rivals Dunholm and Kestrel both grew, and Dunholm stays second with Kestrel third.")
        #expect(plain["Dunholm"]?.kind != .organisation)
        #expect(plain["Kestrel"]?.kind != .organisation)
    }
}
