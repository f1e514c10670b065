/// Walks a briefing tree, one method per kind of node, all falling back to ``defaultVisit(_:)``.
///
/// Modelled on swift-markdown's `MarkupVisitor`: implement ``defaultVisit(_:)`` and override only the
/// `visit…` methods your visitor cares about. Call ``visit(_:)-(BriefingNode)`` to dispatch a node to the right method.
/// Exporters are visitors; ``BriefingWalker`` is the visitor that simply descends into every child.
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
}

extension BriefingVisitor {
    /// Falls back to ``defaultVisit(_:)``.
    public mutating func visitBriefing(_ briefing: Briefing) -> Result { defaultVisit(.briefing(briefing)) }
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

    /// Dispatches `node` to the `visit…` method for its kind.
    public mutating func visit(_ node: BriefingNode) -> Result {
        switch node {
        case .briefing(let briefing): visitBriefing(briefing)
        case .section(let section): visitSection(section)
        case .paragraph(let paragraph): visitParagraph(paragraph)
        case .list(let list): visitList(list)
        case .listItem(let item): visitListItem(item)
        case .quote(let quote): visitQuote(quote)
        }
    }

    /// Dispatches `block` to ``visitParagraph(_:)``, ``visitList(_:)`` or ``visitQuote(_:)``.
    public mutating func visit(_ block: Block) -> Result {
        switch block {
        case .paragraph(let paragraph): visitParagraph(paragraph)
        case .list(let list): visitList(list)
        case .quote(let quote): visitQuote(quote)
        }
    }
}
