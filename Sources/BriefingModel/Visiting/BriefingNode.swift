/// Any node of the briefing tree, for code that handles nodes without knowing their type.
///
/// ``BriefingVisitor/defaultVisit(_:)`` receives nodes in this form.
public enum BriefingNode: Sendable, Hashable {
    /// The root.
    case briefing(Briefing)
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

    /// Wraps a block as a node.
    public init(_ block: Block) {
        switch block {
        case .paragraph(let paragraph): self = .paragraph(paragraph)
        case .list(let list): self = .list(list)
        case .quote(let quote): self = .quote(quote)
        }
    }
}
