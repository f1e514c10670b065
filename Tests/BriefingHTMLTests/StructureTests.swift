import BriefingHTML
import BriefingModel
import Testing

@Suite("The article's structure from a web page")
struct StructureTests {
    @Test func examplePageKeepsTheArticleAndDropsTheBoilerplate() throws {
        let text = HTMLFixtures.allText(try HTMLFixtures.example())
        #expect(text.contains("Ferry crews on the three Lindqvist harbour routes will walk out"))
        #expect(text.contains("a second 48-hour strike could follow the week after"))
        for boilerplate in [
            "We use cookies", "Accept all", "Business", "Share on Facebook", "Related stories",
            "Water taxi firm adds two boats", "About time someone", "Sign up for our newsletter", "All rights reserved",
            "Advertisement", "Home", "Not a heading", "dataLayer", "cookie-banner",
        ] {
            #expect(!text.contains(boilerplate), "kept boilerplate: \(boilerplate)")
        }
    }

    @Test func headingsBecomeSectionsWithTheirLevelsAndTheTitleIsNotRepeated() throws {
        let briefing = try HTMLFixtures.example()
        #expect(briefing.title == "Harbour Ferry Crews Vote to Strike Over Night Rosters")
        #expect(!briefing.headings.contains(briefing.title!))
        let top = briefing.sections.map { $0.heading }
        #expect(top == [nil, "What the Dispute Is About", "How Passengers Are Affected", "What Happens Next"])
        #expect(briefing.sections.map(\.level) == [1, 2, 2, 2])
        let nested = briefing.sections[2].sections
        #expect(nested.map(\.heading) == ["Alternatives During the Strike"])
        #expect(nested.first?.level == 3)
    }

    @Test(arguments: [
        ("<ol start=\"3\">", true, 3), ("<ol start=\" -2x\">", true, -2), ("<ol start=\"many\">", true, 1),
        ("<ol>", true, 1), ("<ul start=\"4\">", false, 1),
    ])
    func anOrderedListKeepsItsStartAttribute(open: String, ordered: Bool, start: Int) throws {
        let close = ordered ? "</ol>" : "</ul>"
        let briefing = try HTMLFixtures.read(
            HTMLFixtures.page(
                "<article><h1>T</h1>\(HTMLFixtures.articleParagraphs)\(open)<li>One</li><li>Two</li>\(close)</article>")
        )
        let list = try #require(
            briefing.allBlocks.compactMap { block -> ListBlock? in
                if case .list(let list) = block { return list }
                return nil
            }.first)
        #expect(list.ordered == ordered)
        #expect(list.start == start)
    }

    @Test func boldLeadInsBecomeLabelsAndNestedListsStayNested() throws {
        let briefing = try HTMLFixtures.example()
        let lists = briefing.allBlocks.compactMap { block -> ListBlock? in
            if case .list(let list) = block { return list }
            return nil
        }
        #expect(lists.count == 2)
        let labels = lists.first.map { $0.items.map(\.label) }
        #expect(labels == ["Rest periods", "Night pay", "Staffing"])
        #expect(lists.first?.items.first?.text.hasPrefix("The union wants at least eleven hours") == true)
        let staffing = lists.first?.items.last
        #expect(staffing?.text == "The operator plans to recruit twelve more deckhands before the summer season.")
        #expect(
            staffing?.items.map(\.text) == [
                "Six would join the north crossing.", "Six would be shared between the two island routes.",
            ])
        #expect(lists.last?.ordered == true)
        #expect(lists.last?.items.count == 3)
    }

    @Test func lineBreaksQuotesCodeTablesAndFiguresKeepTheirShape() throws {
        let briefing = try HTMLFixtures.example()
        let blocks = briefing.allBlocks
        let lines = blocks.compactMap { block -> String? in
            if case .paragraph(let paragraph) = block, paragraph.text.hasPrefix("Timetable") { return paragraph.text }
            return nil
        }
        #expect(
            lines == [
                "Timetable changes for Friday:\nNorth crossing: one sailing an hour from 06:00.\nIsland routes: no sailings.\nWater taxis: normal service."
            ])
        let quotes = blocks.compactMap { block -> Quote? in
            if case .quote(let quote) = block { return quote }
            return nil
        }
        #expect(quotes.count == 1)
        #expect(quotes.first?.text.hasPrefix("Nobody on these boats wants to leave passengers on the quay.") == true)
        #expect(quotes.first?.attribution == "Ingrid Sollen, union branch secretary")
        let code = blocks.compactMap { block -> CodeBlock? in
            if case .code(let code) = block { return code }
            return nil
        }
        #expect(code.first?.language == "python")
        #expect(code.first?.text.split(separator: "\n").count == 4)
        #expect(code.first?.text.contains("if rest < MINIMUM_REST:") == true)
        let tables = blocks.compactMap { block -> Table? in
            if case .table(let table) = block { return table }
            return nil
        }
        #expect(
            tables.first?.rows == [
                ["Route", "Normal", "Strike"], ["North crossing", "48", "16"], ["East island", "22", "0"],
                ["West island", "18", "0"],
            ])
        #expect(tables.first?.headerRowCount == 1)
        #expect(tables.first?.caption == "Sailings on a normal weekday and during the strike")
        let figures = blocks.compactMap { block -> Figure? in
            if case .figure(let figure) = block { return figure }
            return nil
        }
        #expect(figures.first?.caption.hasPrefix("Commuters queue for the early crossing") == true)
        #expect(figures.first?.source == "https://example.com/images/ferry-terminal.jpg")
        let paragraphs = blocks.compactMap { block -> String? in
            if case .paragraph(let paragraph) = block { return paragraph.text }
            return nil
        }
        #expect(!paragraphs.contains { $0.contains("Commuters queue") }, "captions stay apart from body text")
    }

    @Test func inlineMarkupIsFlattenedWithCorrectSpacingAndEntitiesDecoded() throws {
        let briefing = try HTMLFixtures.read(
            HTMLFixtures.page(
                "<article>" + HTMLFixtures.articleParagraphs
                    + "<p>A <b>bold</b><i>italic</i> word, an <a href=\"#\">in\nline</a>   link &amp; an &eacute;t&eacute; &#8212; &#x2019;done&nbsp;&nbsp;here.</p></article>"
            ))
        let text = HTMLFixtures.allText(briefing)
        #expect(text.contains("A bolditalic word, an in line link & an été — ’done here."))
    }

    @Test func definitionListsBecomeLabelledItems() throws {
        let briefing = try HTMLFixtures.read(
            HTMLFixtures.page(
                "<article>" + HTMLFixtures.articleParagraphs
                    + "<dl><dt>Budget</dt><dd>Four million for the quay repairs.</dd><dt>Start</dt><dd>The summer.</dd></dl></article>"
            ))
        let items = briefing.allBlocks.compactMap { block -> [ListItem]? in
            if case .list(let list) = block { return Array(list.items) }
            return nil
        }.flatMap { $0 }
        #expect(items.map(\.label) == ["Budget", "Start"])
        #expect(items.map(\.text) == ["Four million for the quay repairs.", "The summer."])
    }

    @Test func nestedQuotesAndAVeryDeepListStayBounded() throws {
        let deepList = String(repeating: "<ul><li>level", count: 40) + String(repeating: "</li></ul>", count: 40)
        let briefing = try HTMLFixtures.read(
            HTMLFixtures.page(
                "<article>" + HTMLFixtures.articleParagraphs
                    + "<blockquote><p>Outer words.</p><blockquote><p>Inner words.</p></blockquote></blockquote>"
                    + deepList + "</article>"))
        let quote = briefing.allBlocks.compactMap { block -> Quote? in
            if case .quote(let quote) = block { return quote }
            return nil
        }.first
        #expect(quote?.text == "Outer words.")
        #expect(quote?.quotes.map(\.text) == ["Inner words."])
        func depth(_ items: some Sequence<ListItem>) -> Int { items.map { 1 + depth($0.items) }.max() ?? 0 }
        let lists = briefing.allBlocks.compactMap { block -> ListBlock? in
            if case .list(let list) = block { return list }
            return nil
        }
        #expect(lists.count == 1)
        #expect(depth(lists[0].items) <= Briefing.maximumNestingDepth)
    }

    @Test func aPageThatMarksItsBodyWithItempropIsReadFromThere() throws {
        let briefing = try HTMLFixtures.read(
            HTMLFixtures.page(
                "<div class=\"teaser-list\"><p>"
                    + String(repeating: "Another story, with commas, and more words. ", count: 12)
                    + "</p></div><div itemprop=\"articleBody\">" + HTMLFixtures.articleParagraphs + "</div>"))
        let text = HTMLFixtures.allText(briefing)
        #expect(text.contains("The council approved the harbour budget"))
        #expect(!text.contains("Another story"))
    }
}
