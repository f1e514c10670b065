import BriefingModel

/// Writes the memo of ``TextExporter`` by visiting the briefing.
struct MemoWriter: BriefingVisitor {
    let wrapper: TextWrapper
    private(set) var output = ""
    private var listDepth = 0
    private var quoteDepth = 0

    init(wrapper: TextWrapper) {
        self.wrapper = wrapper
    }

    mutating func defaultVisit(_ node: BriefingNode) {}

    private mutating func block(_ text: String) {
        if !output.isEmpty { output += "\n\n" }
        output += text
    }

    private mutating func heading(_ text: String, underline: Character) {
        block(wrapper.wrap(text) + "\n" + String(repeating: underline, count: min(wrapper.width, text.count)))
    }

    mutating func visitBriefing(_ briefing: Briefing) {
        if let title = briefing.title {
            heading(title.uppercased(), underline: "=")
        }
        let facts = [
            briefing.metadata.byline.map { "By \($0)" }, briefing.metadata.dateline ?? briefing.metadata.date,
            briefing.metadata.source.flatMap { briefing.metadata.dateline == nil ? $0 : nil },
        ].compactMap { $0 }
        if !facts.isEmpty { block(wrapper.wrap(facts.joined(separator: " · "))) }
        analysis(briefing.analysis)
        if !briefing.analysis.isEmpty && !briefing.sections.isEmpty {
            heading("OUTLINE", underline: "=")
        }
        for section in briefing.sections { visitSection(section) }
        if !briefing.diagnostics.isEmpty {
            heading("Reader notes", underline: "-")
            for diagnostic in briefing.diagnostics {
                let position = diagnostic.location.map { "line \($0.line), column \($0.column): " } ?? ""
                block(
                    wrapper.wrap(
                        "\(diagnostic.severity.rawValue): \(position)\(diagnostic.message)", firstIndent: "  • ",
                        restIndent: "    "))
            }
        }
        output += "\n"
    }

    mutating func visitSection(_ section: Section) {
        if let text = section.heading {
            heading(text, underline: section.level <= 2 ? "-" : "~")
        }
        for child in section.blocks { visit(child) }
        for child in section.sections { visitSection(child) }
    }

    mutating func visitParagraph(_ paragraph: Paragraph) {
        block(wrapper.wrap(paragraph.text))
    }

    mutating func visitList(_ list: ListBlock) {
        var lines: [String] = []
        items(list.items, ordered: list.ordered, depth: 1, into: &lines)
        block(lines.joined(separator: "\n"))
    }

    private func items(_ items: [ListItem], ordered: Bool, depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        for (index, item) in items.enumerated() {
            let marker = ordered ? "\(index + 1). " : "• "
            let text = item.label.map { "\($0.uppercased()): \(item.text)" } ?? item.text
            lines.append(
                wrapper.wrap(
                    text, firstIndent: indent + marker, restIndent: indent + String(repeating: " ", count: marker.count)
                ))
            self.items(item.items, ordered: ordered, depth: depth + 1, into: &lines)
        }
    }

    mutating func visitQuote(_ quote: Quote) {
        var lines: [String] = []
        self.quote(quote, depth: 1, into: &lines)
        block(lines.joined(separator: "\n"))
    }

    private func quote(_ quote: Quote, depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "    ", count: depth)
        if !quote.text.isEmpty {
            lines.append(wrapper.wrap("“\(quote.text)”", firstIndent: indent, restIndent: indent + " "))
        }
        for child in quote.quotes { self.quote(child, depth: depth + 1, into: &lines) }
        if let attribution = quote.attribution {
            lines.append(wrapper.wrap("— \(attribution)", firstIndent: indent + "  ", restIndent: indent + "    "))
        }
    }

    // MARK: Analysis

    private mutating func analysis(_ analysis: AnalysisResults) {
        if let statistics = analysis.statistics {
            let minutes = max(1, (statistics.readingTimeSeconds + 59) / 60)
            block("\(statistics.words) words · \(statistics.sentences) sentences · \(minutes) min read")
        }
        if let summary = analysis.summary, !summary.sentences.isEmpty {
            heading("Summary", underline: "-")
            block(wrapper.wrap(summary.text))
        }
        if let entities = analysis.entities, !entities.isEmpty {
            heading("Who and what is involved", underline: "-")
            var lines: [String] = []
            for (kind, title) in [
                (EntityKind.person, "People"), (.organisation, "Organisations"), (.place, "Places"), (.other, "Other"),
            ] {
                let names = entities.filter { $0.kind == kind }.map { "\($0.name) (\($0.mentions))" }
                if !names.isEmpty {
                    lines.append(
                        wrapper.wrap(
                            names.joined(separator: ", "), firstIndent: "  \(title): ",
                            restIndent: String(repeating: " ", count: title.count + 4)))
                }
            }
            block(lines.joined(separator: "\n"))
        }
        if let keyphrases = analysis.keyphrases, !keyphrases.isEmpty {
            heading("Key phrases", underline: "-")
            block(wrapper.wrap(keyphrases.map(\.text).joined(separator: " · "), firstIndent: "  ", restIndent: "  "))
        }
        if let quotes = analysis.quotes, !quotes.isEmpty {
            heading("Who said what", underline: "-")
            block(
                quotes.map {
                    wrapper.wrap(
                        "\($0.speaker ?? "Unattributed"): “\($0.text)”", firstIndent: "  • ", restIndent: "    ")
                }.joined(separator: "\n"))
        }
        if let estimates = analysis.estimates, !estimates.isEmpty {
            heading("Hedged claims", underline: "-")
            block(
                estimates.map { estimate in
                    let strength: String
                    if let band = estimate.band {
                        let range = band.probability
                        strength =
                            "\(band.rawValue), \(Int((range.lowerBound * 100).rounded()))–\(Int((range.upperBound * 100).rounded())) %"
                    } else {
                        strength = "possible (\(estimate.phrase))"
                    }
                    return wrapper.wrap("[\(strength)] \(estimate.text)", firstIndent: "  • ", restIndent: "    ")
                }.joined(separator: "\n"))
        }
    }
}
