import BriefingModel

/// Writes the memo of ``MemoExporter`` by walking the briefing.
///
/// A memo puts what analysis found before the outline, so ``visitBriefing(_:)`` visits the
/// briefing's parts in that order; everything below a part is written by ``descend(into:)``.
struct MemoWriter: BriefingWalker {
    let wrapper: TextWrapper
    private(set) var output = ""
    /// The lines of the list or quote being written, joined into one block when it ends.
    private var lines: [String] = []
    /// For each open list, whether it is numbered and how many items it has had so far.
    private var lists: [(ordered: Bool, count: Int)] = []
    private var quoteDepth = 0

    init(wrapper: TextWrapper) {
        self.wrapper = wrapper
    }

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
        visitMetadata(briefing.metadata)
        visitAnalysis(briefing.analysis)
        if !briefing.analysis.isEmpty && !briefing.sections.isEmpty {
            heading("OUTLINE", underline: "=")
        }
        for section in briefing.sections { visitSection(section) }
        if !briefing.diagnostics.isEmpty {
            heading("Reader notes", underline: "-")
            for diagnostic in briefing.diagnostics { visitDiagnostic(diagnostic) }
        }
        output += "\n"
    }

    mutating func visitMetadata(_ metadata: Metadata) {
        let authors = metadata.byline ?? (metadata.authors.isEmpty ? nil : metadata.authors.joined(separator: ", "))
        let facts = [
            authors.map { "By \($0)" }, metadata.dateline ?? metadata.date ?? metadata.published,
            metadata.source.flatMap { metadata.dateline == nil ? $0 : nil } ?? metadata.siteName,
            metadata.url,
        ].compactMap { $0 }
        if !facts.isEmpty { block(wrapper.wrap(facts.joined(separator: " · "))) }
    }

    mutating func visitSection(_ section: Section) {
        if let text = section.heading {
            heading(text, underline: section.level <= 2 ? "-" : "~")
        }
        descend(into: .section(section))
    }

    mutating func visitParagraph(_ paragraph: Paragraph) {
        block(wrapper.wrap(paragraph.text))
    }

    mutating func visitList(_ list: ListBlock) {
        // The count is of the items before: an ordered list that starts at 3 counts from 2.
        lists = [(list.ordered, list.firstNumber - 1)]
        lines = []
        descend(into: .list(list))
        block(lines.joined(separator: "\n"))
    }

    mutating func visitListItem(_ item: ListItem) {
        let depth = lists.count
        lists[depth - 1].count += 1
        let indent = String(repeating: "  ", count: depth)
        let marker = lists[depth - 1].ordered ? "\(lists[depth - 1].count). " : "• "
        let text = item.label.map { "\($0.uppercased()): \(item.text)" } ?? item.text
        lines.append(
            wrapper.wrap(
                text, firstIndent: indent + marker, restIndent: indent + String(repeating: " ", count: marker.count)))
        lists.append((lists[depth - 1].ordered, 0))
        descend(into: .listItem(item))
        lists.removeLast()
    }

    mutating func visitQuote(_ quote: Quote) {
        let isOutermost = quoteDepth == 0
        if isOutermost { lines = [] }
        quoteDepth += 1
        let indent = String(repeating: "    ", count: quoteDepth)
        if !quote.text.isEmpty {
            lines.append(wrapper.wrap("“\(quote.text)”", firstIndent: indent, restIndent: indent + " "))
        }
        descend(into: .quote(quote))
        if let attribution = quote.attribution {
            lines.append(wrapper.wrap("— \(attribution)", firstIndent: indent + "  ", restIndent: indent + "    "))
        }
        quoteDepth -= 1
        if isOutermost { block(lines.joined(separator: "\n")) }
    }

    mutating func visitCodeBlock(_ code: CodeBlock) {
        // Code keeps its lines as written, indented to stand apart; it is never wrapped.
        block(
            code.text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(
                separator: "\n"))
    }

    mutating func visitTable(_ table: Table) {
        var rows: [String] = []
        if let caption = table.caption { rows.append(wrapper.wrap(caption)) }
        let columns = table.rows.map(\.count).max() ?? 0
        var widths = Array(repeating: 0, count: columns)
        for row in table.rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        for (index, row) in table.rows.enumerated() {
            let cells = row.enumerated().map { column, cell in
                cell + String(repeating: " ", count: widths[column] - cell.count)
            }
            rows.append("  " + cells.joined(separator: "  ").trimmingTrailingSpaces())
            if index + 1 == table.headerRowCount {
                rows.append("  " + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  "))
            }
        }
        block(rows.joined(separator: "\n"))
    }

    mutating func visitFigure(_ figure: Figure) {
        guard !figure.caption.isEmpty else { return }
        block(wrapper.wrap("[Figure] \(figure.caption)", firstIndent: "  ", restIndent: "  "))
    }

    mutating func visitDiagnostic(_ diagnostic: Diagnostic) {
        let position = diagnostic.location.map { "line \($0.line), column \($0.column): " } ?? ""
        block(
            wrapper.wrap(
                "\(diagnostic.severity.rawValue): \(position)\(diagnostic.message)", firstIndent: "  • ",
                restIndent: "    "))
    }

    // MARK: Analysis

    mutating func visitAnalysis(_ analysis: AnalysisResults) {
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
                estimates.map(Self.hedge).map { wrapper.wrap($0, firstIndent: "  • ", restIndent: "    ") }.joined(
                    separator: "\n"))
        }
        if !analysis.custom.isEmpty {
            heading("Other findings", underline: "-")
            for key in analysis.custom.keys.sorted() { visitCustomResult(key: key, value: analysis.custom[key]!) }
        }
    }

    mutating func visitCustomResult(key: String, value: AnalysisValue) {
        block(wrapper.wrap("\(key): \(Self.text(of: value))", firstIndent: "  • ", restIndent: "    "))
    }

    private static func hedge(_ estimate: Estimate) -> String {
        let strength: String
        if let band = estimate.band {
            let range = band.probability
            strength =
                "\(band.rawValue), \(Int((range.lowerBound * 100).rounded()))–\(Int((range.upperBound * 100).rounded())) %"
        } else {
            strength = "possible (\(estimate.phrase))"
        }
        return "[\(strength)] \(estimate.text)"
    }

    /// A custom result as people read it: numbers and text as they are, lists and members in brackets.
    private static func text(of value: AnalysisValue) -> String {
        switch value {
        case .null: "none"
        case .bool(let flag): flag ? "yes" : "no"
        case .integer(let integer): String(integer)
        case .number(let number): String(number)
        case .string(let string): string
        case .array(let elements): "[" + elements.map(text(of:)).joined(separator: ", ") + "]"
        case .object(let members):
            "{" + members.keys.sorted().map { "\($0): \(text(of: members[$0]!))" }.joined(separator: ", ") + "}"
        }
    }
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
