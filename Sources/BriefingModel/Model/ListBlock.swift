/// A bulleted or numbered list.
///
/// Called `ListBlock` rather than `List` so that it never clashes with SwiftUI's `List` in an app
/// that imports both.
public struct ListBlock: Sendable, Hashable {
    /// Whether the items are numbered (`1.`, `1)`, `(a)`) rather than bulleted.
    public var ordered: Bool
    /// The list's items, in order.
    public var items: ChildList<ListItem>
    /// Where the list's first item starts in the input.
    public var location: SourceLocation

    /// Creates a list.
    public init(ordered: Bool, items: [ListItem], location: SourceLocation) {
        self.init(ordered: ordered, children: ChildList(items), location: location)
    }

    /// Creates a list whose items a reader has stored already.
    package init(ordered: Bool, children: ChildList<ListItem>, location: SourceLocation) {
        self.ordered = ordered
        self.items = children
        self.location = location
    }
}

extension ListBlock: Codable {
    private enum CodingKeys: String, CodingKey {
        case ordered, items, location
    }

    /// Decodes `{"ordered": …, "items": […], "location": …}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            ordered: try container.decode(Bool.self, forKey: .ordered),
            items: try container.decode([ListItem].self, forKey: .items),
            location: try container.decode(SourceLocation.self, forKey: .location))
    }
}
