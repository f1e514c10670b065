/// Any node of the briefing tree, for code that handles nodes without knowing their type.
///
/// ``BriefingVisitor/defaultVisit(_:)`` receives nodes in this form. The tree is the whole
/// briefing: its metadata, the outline, the analysis results and the diagnostics.
public enum BriefingNode: Sendable, Hashable {
    /// The root.
    case briefing(Briefing)
    /// The metadata.
    case metadata(Metadata)
    /// A section, with its heading.
    case section(Section)
    /// A paragraph.
    case paragraph(Paragraph)
    /// A list.
    case list(ListBlock)
    /// An item of a list.
    case listItem(ListItem)
    /// A quote.
    case quote(Quote)
    /// A code block.
    case code(CodeBlock)
    /// A table.
    case table(Table)
    /// A figure.
    case figure(Figure)
    /// The analysis results.
    case analysis(AnalysisResults)
    /// An entity found by analysis.
    case entity(Entity)
    /// A quotation found by analysis, with its speaker.
    case attributedQuote(AttributedQuote)
    /// A keyphrase.
    case keyphrase(Keyphrase)
    /// The summary.
    case summary(Summary)
    /// A hedged claim.
    case estimate(Estimate)
    /// The statistics.
    case statistics(Statistics)
    /// The result of another analyser, under its key.
    case customResult(key: String, value: AnalysisValue)
    /// A diagnostic.
    case diagnostic(Diagnostic)

    /// Wraps a block as a node.
    public init(_ block: Block) {
        switch block {
        case .paragraph(let paragraph): self = .paragraph(paragraph)
        case .list(let list): self = .list(list)
        case .quote(let quote): self = .quote(quote)
        case .code(let code): self = .code(code)
        case .table(let table): self = .table(table)
        case .figure(let figure): self = .figure(figure)
        }
    }
}

extension Block {
    /// The block a node stands for, or `nil` when the node is not a block.
    public init?(_ node: BriefingNode) {
        switch node {
        case .paragraph(let paragraph): self = .paragraph(paragraph)
        case .list(let list): self = .list(list)
        case .quote(let quote): self = .quote(quote)
        case .code(let code): self = .code(code)
        case .table(let table): self = .table(table)
        case .figure(let figure): self = .figure(figure)
        default: return nil
        }
    }
}
