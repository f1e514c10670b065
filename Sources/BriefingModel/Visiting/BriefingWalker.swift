/// A visitor that returns nothing and, by default, descends into every child in document order.
///
/// Override the `visit…` methods for the nodes you care about and call ``descend(into:)`` from
/// them to go on into their children:
///
/// ```swift
/// struct HeadingCollector: BriefingWalker {
///     var headings: [String] = []
///     mutating func visitSection(_ section: Section) {
///         if let heading = section.heading { headings.append(heading) }
///         descend(into: .section(section))
///     }
/// }
/// ```
///
/// The order is the order of the JSON export: the metadata, the sections (each one's blocks, then
/// the sections nested in it), the analysis results (entities, quotes, keyphrases, summary,
/// estimates, statistics, then custom results by key), and the diagnostics.
public protocol BriefingWalker: BriefingVisitor where Result == Void {}

extension BriefingWalker {
    /// Descends into the node's children.
    public mutating func defaultVisit(_ node: BriefingNode) {
        descend(into: node)
    }

    /// Visits the children of `node`, in document order.
    public mutating func descend(into node: BriefingNode) {
        switch node {
        case .briefing(let briefing):
            visitMetadata(briefing.metadata)
            for section in briefing.sections { visitSection(section) }
            visitAnalysis(briefing.analysis)
            for diagnostic in briefing.diagnostics { visitDiagnostic(diagnostic) }
        case .section(let section):
            for block in section.blocks { visit(block) }
            for child in section.sections { visitSection(child) }
        case .list(let list):
            for item in list.items { visitListItem(item) }
        case .listItem(let item):
            for child in item.items { visitListItem(child) }
        case .quote(let quote):
            for child in quote.quotes { visitQuote(child) }
        case .analysis(let analysis):
            for entity in analysis.entities ?? [] { visitEntity(entity) }
            for quote in analysis.quotes ?? [] { visitAttributedQuote(quote) }
            for keyphrase in analysis.keyphrases ?? [] { visitKeyphrase(keyphrase) }
            if let summary = analysis.summary { visitSummary(summary) }
            for estimate in analysis.estimates ?? [] { visitEstimate(estimate) }
            if let statistics = analysis.statistics { visitStatistics(statistics) }
            for key in analysis.custom.keys.sorted() { visitCustomResult(key: key, value: analysis.custom[key]!) }
        case .metadata, .paragraph, .code, .table, .figure, .entity, .attributedQuote, .keyphrase, .summary,
            .estimate, .statistics, .customResult, .diagnostic:
            break
        }
    }
}
