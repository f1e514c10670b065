/// Walks a briefing tree, one method per kind of node, all falling back to ``defaultVisit(_:)``.
///
/// Modelled on swift-markdown's `MarkupVisitor`: implement ``defaultVisit(_:)`` and override only the
/// `visit…` methods your visitor cares about. Call ``visit(_:)-(BriefingNode)`` to dispatch a node
/// to the right method. The tree is the whole briefing — metadata, outline, analysis results and
/// diagnostics — so an exporter is one visitor. ``BriefingWalker`` is the visitor that simply
/// descends into every child; ``BriefingRewriter`` returns a changed tree.
///
/// New kinds of node will come with a `visit…` method whose default calls ``defaultVisit(_:)``,
/// so existing visitors keep compiling.
public protocol BriefingVisitor<Result> {
    /// What each `visit…` method returns.
    associatedtype Result

    /// Handles a node that has no more specific `visit…` method in this visitor.
    mutating func defaultVisit(_ node: BriefingNode) -> Result
    /// Visits the root.
    mutating func visitBriefing(_ briefing: Briefing) -> Result
    /// Visits the metadata.
    mutating func visitMetadata(_ metadata: Metadata) -> Result
    /// Visits a section.
    mutating func visitSection(_ section: Section) -> Result
    /// Visits a paragraph.
    mutating func visitParagraph(_ paragraph: Paragraph) -> Result
    /// Visits a list.
    mutating func visitList(_ list: ListBlock) -> Result
    /// Visits a list item.
    mutating func visitListItem(_ item: ListItem) -> Result
    /// Visits a quote.
    mutating func visitQuote(_ quote: Quote) -> Result
    /// Visits a code block.
    mutating func visitCodeBlock(_ code: CodeBlock) -> Result
    /// Visits a table.
    mutating func visitTable(_ table: Table) -> Result
    /// Visits a figure.
    mutating func visitFigure(_ figure: Figure) -> Result
    /// Visits the analysis results.
    mutating func visitAnalysis(_ analysis: AnalysisResults) -> Result
    /// Visits an entity.
    mutating func visitEntity(_ entity: Entity) -> Result
    /// Visits a quotation found by analysis.
    mutating func visitAttributedQuote(_ quote: AttributedQuote) -> Result
    /// Visits a keyphrase.
    mutating func visitKeyphrase(_ keyphrase: Keyphrase) -> Result
    /// Visits the summary.
    mutating func visitSummary(_ summary: Summary) -> Result
    /// Visits a hedged claim.
    mutating func visitEstimate(_ estimate: Estimate) -> Result
    /// Visits the statistics.
    mutating func visitStatistics(_ statistics: Statistics) -> Result
    /// Visits the result of another analyser.
    mutating func visitCustomResult(key: String, value: AnalysisValue) -> Result
    /// Visits a diagnostic.
    mutating func visitDiagnostic(_ diagnostic: Diagnostic) -> Result
}

extension BriefingVisitor {
    /// Falls back to ``defaultVisit(_:)``.
    public mutating func visitBriefing(_ briefing: Briefing) -> Result { defaultVisit(.briefing(briefing)) }
    /// Falls back to ``defaultVisit(_:)``.
    public mutating func visitMetadata(_ metadata: Metadata) -> Result { defaultVisit(.metadata(metadata)) }
    /// Falls back to ``defaultVisit(_:)``.
    public mutating func visitSection(_ section: Section) -> Result { defaultVisit(.section(section)) }
    /// Falls back to ``defaultVisit(_:)``.
    public mutating func visitParagraph(_ paragraph: Paragraph) -> Result { defaultVisit(.paragraph(paragraph)) }
    /// Falls back to ``defaultVisit(_:)``.
    public mutating func visitList(_ list: ListBlock) -> Result { defaultVisit(.list(list)) }
    /// Falls back to ``defaultVisit(_:)``.
    public mutating func visitListItem(_ item: ListItem) -> Result { defaultVisit(.listItem(item)) }
    /// Falls back to ``defaultVisit(_:)``.
    public mutating func visitQuote(_ quote: Quote) -> Result { defaultVisit(.quote(quote)) }
    /// Falls back to ``defaultVisit(_:)``.
    public mutating func visitCodeBlock(_ code: CodeBlock) -> Result { defaultVisit(.code(code)) }
    /// Falls back to ``defaultVisit(_:)``.
    public mutating func visitTable(_ table: Table) -> Result { defaultVisit(.table(table)) }
    /// Falls back to ``defaultVisit(_:)``.
    public mutating func visitFigure(_ figure: Figure) -> Result { defaultVisit(.figure(figure)) }
    /// Falls back to ``defaultVisit(_:)``.
    public mutating func visitAnalysis(_ analysis: AnalysisResults) -> Result { defaultVisit(.analysis(analysis)) }
    /// Falls back to ``defaultVisit(_:)``.
    public mutating func visitEntity(_ entity: Entity) -> Result { defaultVisit(.entity(entity)) }
    /// Falls back to ``defaultVisit(_:)``.
    public mutating func visitAttributedQuote(_ quote: AttributedQuote) -> Result {
        defaultVisit(.attributedQuote(quote))
    }
    /// Falls back to ``defaultVisit(_:)``.
    public mutating func visitKeyphrase(_ keyphrase: Keyphrase) -> Result { defaultVisit(.keyphrase(keyphrase)) }
    /// Falls back to ``defaultVisit(_:)``.
    public mutating func visitSummary(_ summary: Summary) -> Result { defaultVisit(.summary(summary)) }
    /// Falls back to ``defaultVisit(_:)``.
    public mutating func visitEstimate(_ estimate: Estimate) -> Result { defaultVisit(.estimate(estimate)) }
    /// Falls back to ``defaultVisit(_:)``.
    public mutating func visitStatistics(_ statistics: Statistics) -> Result {
        defaultVisit(.statistics(statistics))
    }
    /// Falls back to ``defaultVisit(_:)``.
    public mutating func visitCustomResult(key: String, value: AnalysisValue) -> Result {
        defaultVisit(.customResult(key: key, value: value))
    }
    /// Falls back to ``defaultVisit(_:)``.
    public mutating func visitDiagnostic(_ diagnostic: Diagnostic) -> Result {
        defaultVisit(.diagnostic(diagnostic))
    }

    /// Dispatches `node` to the `visit…` method for its kind.
    @inlinable
    public mutating func visit(_ node: BriefingNode) -> Result {
        switch node {
        case .briefing(let briefing): visitBriefing(briefing)
        case .metadata(let metadata): visitMetadata(metadata)
        case .section(let section): visitSection(section)
        case .paragraph(let paragraph): visitParagraph(paragraph)
        case .list(let list): visitList(list)
        case .listItem(let item): visitListItem(item)
        case .quote(let quote): visitQuote(quote)
        case .code(let code): visitCodeBlock(code)
        case .table(let table): visitTable(table)
        case .figure(let figure): visitFigure(figure)
        case .analysis(let analysis): visitAnalysis(analysis)
        case .entity(let entity): visitEntity(entity)
        case .attributedQuote(let quote): visitAttributedQuote(quote)
        case .keyphrase(let keyphrase): visitKeyphrase(keyphrase)
        case .summary(let summary): visitSummary(summary)
        case .estimate(let estimate): visitEstimate(estimate)
        case .statistics(let statistics): visitStatistics(statistics)
        case .customResult(let key, let value): visitCustomResult(key: key, value: value)
        case .diagnostic(let diagnostic): visitDiagnostic(diagnostic)
        }
    }

    /// Dispatches `block` to the `visit…` method for its kind.
    @inlinable
    public mutating func visit(_ block: Block) -> Result {
        switch block {
        case .paragraph(let paragraph): visitParagraph(paragraph)
        case .list(let list): visitList(list)
        case .quote(let quote): visitQuote(quote)
        case .code(let code): visitCodeBlock(code)
        case .table(let table): visitTable(table)
        case .figure(let figure): visitFigure(figure)
        }
    }
}
