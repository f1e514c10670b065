/// A bulleted or numbered list.
///
/// Called `ListBlock` rather than `List` so that it never clashes with SwiftUI's `List` in an app
/// that imports both.
public struct ListBlock: Sendable, Hashable, Codable {
    /// Whether the items are numbered (`1.`, `1)`, `(a)`) rather than bulleted.
    public var ordered: Bool
    /// The list's items, in order.
    public var items: [ListItem]
    /// Where the list's first item starts in the input.
    public var location: SourceLocation

    /// Creates a list.
    public init(ordered: Bool, items: [ListItem], location: SourceLocation) {
        self.ordered = ordered
        self.items = items
        self.location = location
    }
}
