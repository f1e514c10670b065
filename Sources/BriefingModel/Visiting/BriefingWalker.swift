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
            for section in briefing.sections { visitSection(section) }
        case .section(let section):
            for block in section.blocks { visit(block) }
            for child in section.sections { visitSection(child) }
        case .paragraph:
            break
        case .list(let list):
            for item in list.items { visitListItem(item) }
        case .listItem(let item):
            for child in item.items { visitListItem(child) }
        case .quote(let quote):
            for child in quote.quotes { visitQuote(child) }
        }
    }
}
