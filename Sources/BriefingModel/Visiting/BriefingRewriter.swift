/// A visitor that returns a changed tree: each `visit…` method returns the node to put in place of
/// the one visited, or `nil` to remove it.
///
/// Modelled on swift-markdown's `MarkupRewriter`. By default every node is rebuilt from its
/// rewritten children, so a rewriter overrides only the nodes it changes:
///
/// ```swift
/// struct DropFigures: BriefingRewriter {
///     mutating func visitFigure(_ figure: Figure) -> BriefingNode? { nil }
/// }
/// var rewriter = DropFigures()
/// let withoutFigures = rewriter.rewrite(briefing)
/// ```
///
/// A child is replaced only by a node of a kind its parent can hold (a block by any block, an
/// entity by an entity); a node of another kind, or `nil`, removes it. The metadata and analysis
/// results, which a briefing always has, are kept when the rewriter returns anything else.
public protocol BriefingRewriter: BriefingVisitor where Result == BriefingNode? {}

extension BriefingRewriter {
    /// Rebuilds the node from its rewritten children.
    public mutating func defaultVisit(_ node: BriefingNode) -> BriefingNode? {
        rewriteChildren(of: node)
    }

    /// The briefing with every node rewritten; the briefing itself if the rewriter returns no briefing.
    public mutating func rewrite(_ briefing: Briefing) -> Briefing {
        if case .briefing(let rewritten) = visitBriefing(briefing) { return rewritten }
        return briefing
    }

    /// `node` with each of its children replaced by what visiting the child returns.
    public mutating func rewriteChildren(of node: BriefingNode) -> BriefingNode {
        switch node {
        case .briefing(var briefing):
            if case .metadata(let metadata) = visitMetadata(briefing.metadata) { briefing.metadata = metadata }
            briefing.sections = briefing.sections.compactMap { section in
                if case .section(let rewritten) = visitSection(section) { return rewritten }
                return nil
            }
            if case .analysis(let analysis) = visitAnalysis(briefing.analysis) { briefing.analysis = analysis }
            briefing.diagnostics = briefing.diagnostics.compactMap { diagnostic in
                if case .diagnostic(let rewritten) = visitDiagnostic(diagnostic) { return rewritten }
                return nil
            }
            return .briefing(briefing)
        case .section(var section):
            section.blocks = ChildList(section.blocks.compactMap { visit($0).flatMap(Block.init) })
            section.sections = section.sections.compactMap { child in
                if case .section(let rewritten) = visitSection(child) { return rewritten }
                return nil
            }
            return .section(section)
        case .list(var list):
            list.items = rewriteItems(list.items)
            return .list(list)
        case .listItem(var item):
            item.items = rewriteItems(item.items)
            return .listItem(item)
        case .quote(var quote):
            quote.quotes = quote.quotes.compactMap { child in
                if case .quote(let rewritten) = visitQuote(child) { return rewritten }
                return nil
            }
            return .quote(quote)
        case .analysis(var analysis):
            analysis.entities = analysis.entities?.compactMap { entity in
                if case .entity(let rewritten) = visitEntity(entity) { return rewritten }
                return nil
            }
            analysis.quotes = analysis.quotes?.compactMap { quote in
                if case .attributedQuote(let rewritten) = visitAttributedQuote(quote) { return rewritten }
                return nil
            }
            analysis.keyphrases = analysis.keyphrases?.compactMap { keyphrase in
                if case .keyphrase(let rewritten) = visitKeyphrase(keyphrase) { return rewritten }
                return nil
            }
            analysis.summary = analysis.summary.flatMap { summary in
                if case .summary(let rewritten) = visitSummary(summary) { return rewritten }
                return nil
            }
            analysis.estimates = analysis.estimates?.compactMap { estimate in
                if case .estimate(let rewritten) = visitEstimate(estimate) { return rewritten }
                return nil
            }
            analysis.statistics = analysis.statistics.flatMap { statistics in
                if case .statistics(let rewritten) = visitStatistics(statistics) { return rewritten }
                return nil
            }
            var custom: [String: AnalysisValue] = [:]
            for key in analysis.custom.keys.sorted() {
                if case .customResult(let newKey, let value) = visitCustomResult(key: key, value: analysis.custom[key]!)
                {
                    custom[newKey] = value
                }
            }
            analysis.custom = custom
            return .analysis(analysis)
        case .metadata, .paragraph, .code, .table, .figure, .entity, .attributedQuote, .keyphrase, .summary,
            .estimate, .statistics, .customResult, .diagnostic:
            return node
        }
    }

    private mutating func rewriteItems(_ items: ChildList<ListItem>) -> ChildList<ListItem> {
        ChildList(
            items.compactMap { item in
                if case .listItem(let rewritten) = visitListItem(item) { return rewritten }
                return nil
            })
    }
}
