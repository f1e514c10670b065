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
    /// The number of an ordered list's first item (`3` for a list that starts `3.`): 1 unless the
    /// input numbered it otherwise. Bulleted lists keep 1.
    public var start: Int = 1

    /// Creates a list.
    public init(ordered: Bool, items: [ListItem], location: SourceLocation) {
        self.init(ordered: ordered, children: ChildList(items), location: location)
    }

    /// Creates a list whose first item has the number `start`.
    ///
    /// - Parameters:
    ///   - ordered: Whether the items are numbered rather than bulleted.
    ///   - start: The number of an ordered list's first item. Readers give bulleted lists 1; the
    ///     Markdown, plain-text and memo exporters write bullets for them whatever it holds.
    ///   - items: The list's items, in order.
    ///   - location: Where the list's first item starts in the input.
    public init(ordered: Bool, start: Int, items: [ListItem], location: SourceLocation) {
        self.init(ordered: ordered, start: start, children: ChildList(items), location: location)
    }

    /// Creates a list whose items a reader has stored already.
    package init(ordered: Bool, children: ChildList<ListItem>, location: SourceLocation) {
        self.init(ordered: ordered, start: 1, children: children, location: location)
    }

    /// Creates a list, numbered from `start`, whose items a reader has stored already.
    package init(ordered: Bool, start: Int, children: ChildList<ListItem>, location: SourceLocation) {
        self.ordered = ordered
        self.start = start
        self.items = children
        self.location = location
    }

    /// The number an exporter writes on the first item: ``start`` for an ordered list, 1 for a
    /// bulleted one.
    package var firstNumber: Int { ordered ? start : 1 }
}

extension ListBlock: Codable {
    private enum CodingKeys: String, CodingKey {
        case ordered, start, items, location
    }

    /// Decodes `{"ordered": …, "start": …, "items": […], "location": …}`; `start` is 1 when absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            ordered: try container.decode(Bool.self, forKey: .ordered),
            start: try container.decodeIfPresent(Int.self, forKey: .start) ?? 1,
            items: try container.decode([ListItem].self, forKey: .items),
            location: try container.decode(SourceLocation.self, forKey: .location))
    }
}
