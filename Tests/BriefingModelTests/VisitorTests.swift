import BriefingModel
import Testing

/// Collects headings and list labels, overriding only the methods it needs.
private struct OutlineCollector: BriefingWalker {
    var headings: [String] = []
    var labels: [String] = []
    var visited = 0

    mutating func visitSection(_ section: Section) {
        if let heading = section.heading { headings.append(heading) }
        descend(into: .section(section))
    }

    mutating func visitListItem(_ item: ListItem) {
        if let label = item.label { labels.append(label) }
        descend(into: .listItem(item))
    }

    mutating func visitParagraph(_ paragraph: Paragraph) {
        visited += 1
    }
}

/// A visitor with a result, implementing only `defaultVisit`.
private struct NodeNamer: BriefingVisitor {
    mutating func defaultVisit(_ node: BriefingNode) -> String {
        switch node {
        case .briefing: "briefing"
        case .section: "section"
        case .paragraph: "paragraph"
        case .list: "list"
        case .listItem: "item"
        case .quote: "quote"
        default: "other"
        }
    }
}

private let sample = Briefing(
    title: "T",
    sections: [
        Section(
            heading: nil, level: 1, blocks: [.paragraph(Paragraph(text: "Lede", location: .init(line: 3, column: 1)))]),
        Section(
            heading: "A", level: 2, location: .init(line: 5, column: 1),
            blocks: [
                .list(
                    ListBlock(
                        ordered: false,
                        items: [
                            ListItem(
                                label: "Outer", text: "x",
                                items: [ListItem(label: "Inner", text: "y", location: .init(line: 8, column: 5))],
                                location: .init(line: 7, column: 1))
                        ], location: .init(line: 7, column: 1))),
                .quote(Quote(text: "q", location: .init(line: 10, column: 1))),
            ],
            sections: [
                Section(
                    heading: "A.1", level: 3, location: .init(line: 12, column: 1),
                    blocks: [.paragraph(Paragraph(text: "Deep", location: .init(line: 14, column: 1)))])
            ]),
    ])

@Suite("Visitors")
struct VisitorTests {
    @Test func aWalkerDescendsInDocumentOrder() {
        var collector = OutlineCollector()
        collector.visit(.briefing(sample))
        #expect(collector.headings == ["A", "A.1"])
        #expect(collector.labels == ["Outer", "Inner"])
        #expect(collector.visited == 2)
    }

    @Test func everyVisitMethodFallsBackToDefaultVisit() {
        var namer = NodeNamer()
        #expect(namer.visitBriefing(sample) == "briefing")
        #expect(namer.visitSection(sample.sections[0]) == "section")
        #expect(sample.allBlocks.map { namer.visit($0) } == ["paragraph", "list", "quote", "paragraph"])
        #expect(namer.visit(.listItem(ListItem(text: "x", location: .init(line: 1, column: 1)))) == "item")
    }

    @Test func aWalkerVisitsTheWholeBriefingInTheExportOrder() {
        struct Recorder: BriefingWalker {
            var visited: [String] = []
            mutating func visitMetadata(_ metadata: Metadata) { visited.append("metadata") }
            mutating func visitSection(_ section: Section) {
                visited.append("section")
                descend(into: .section(section))
            }
            mutating func visitEntity(_ entity: Entity) { visited.append("entity " + entity.name) }
            mutating func visitStatistics(_ statistics: Statistics) { visited.append("statistics") }
            mutating func visitCustomResult(key: String, value: AnalysisValue) { visited.append("custom " + key) }
            mutating func visitDiagnostic(_ diagnostic: Diagnostic) { visited.append("diagnostic") }
        }
        var briefing = sample
        briefing.analysis = AnalysisResults(
            entities: [Entity(name: "E", kind: .person, mentions: 1)], statistics: Statistics(words: 1, sentences: 1),
            custom: ["b": .integer(1), "a": .null])
        briefing.diagnostics = [Diagnostic(code: .noTitle, message: "m")]
        var recorder = Recorder()
        recorder.visit(.briefing(briefing))
        #expect(
            recorder.visited == [
                "metadata", "section", "section", "section", "entity E", "statistics", "custom a", "custom b",
                "diagnostic",
            ])
    }

    @Test func aRewriterChangesRemovesAndKeepsNodes() {
        struct Rewriter: BriefingRewriter {
            mutating func visitParagraph(_ paragraph: Paragraph) -> BriefingNode? {
                paragraph.text == "Deep"
                    ? nil : .paragraph(Paragraph(text: paragraph.text.uppercased(), location: paragraph.location))
            }
            mutating func visitQuote(_ quote: Quote) -> BriefingNode? {
                .code(CodeBlock(text: quote.text, location: quote.location))
            }
            mutating func visitListItem(_ item: ListItem) -> BriefingNode? {
                .paragraph(Paragraph(text: "not an item", location: item.location))  // Not an item: removed.
            }
        }
        var rewriter = Rewriter()
        let rewritten = rewriter.rewrite(sample)
        #expect(rewritten.allBlocks.map(\.kind) == [.paragraph, .list, .code])
        #expect(
            rewritten.sections[0].blocks == [.paragraph(Paragraph(text: "LEDE", location: .init(line: 3, column: 1)))])
        guard case .list(let list) = rewritten.sections[1].blocks[0] else {
            Issue.record("no list")
            return
        }
        #expect(list.items.isEmpty)
        #expect(rewritten.title == sample.title)
        #expect(rewritten.headings == sample.headings)
    }

    @Test func outlineConveniencesFlattenTheTree() {
        #expect(sample.headings == ["A", "A.1"])
        #expect(sample.allSections.count == 3)
        #expect(sample.allBlocks.count == 4)
    }

    @Test func sameOutlineIgnoresPositionsMetadataAndDiagnosticsOnly() {
        var moved = sample
        moved.sections[0].blocks = [.paragraph(Paragraph(text: "Lede", location: .init(line: 9, column: 4)))]
        moved.metadata.byline = "Someone"
        moved.diagnostics = [Diagnostic(code: .emptyInput, message: "m")]
        #expect(moved.hasSameOutline(as: sample))
        #expect(moved != sample)

        func differs(_ change: (inout Briefing) -> Void) -> Bool {
            var other = sample
            change(&other)
            return !other.hasSameOutline(as: sample) && !sample.hasSameOutline(as: other)
        }
        #expect(differs { $0.title = "U" })
        #expect(differs { $0.sections[1].level = 3 })
        #expect(differs { $0.sections[1].sections[0].heading = "B" })
        #expect(differs { $0.sections[1].sections.removeAll() })
        #expect(differs { $0.sections[1].blocks.removeLast() })
        #expect(differs { $0.sections[0].blocks = [.quote(Quote(text: "Lede", location: .init(line: 3, column: 1)))] })
        #expect(
            differs {
                $0.sections[1].blocks[0] = .list(
                    ListBlock(ordered: true, items: [], location: .init(line: 7, column: 1)))
            })
        #expect(
            differs {
                $0.sections[1].blocks[1] = .quote(
                    Quote(text: "q", attribution: "A", location: .init(line: 10, column: 1)))
            })
        #expect(
            differs {
                guard case .list(var list) = $0.sections[1].blocks[0] else { return }
                list.items[0].items[0].label = nil
                $0.sections[1].blocks[0] = .list(list)
            })
    }
}
