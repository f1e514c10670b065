/// One item of a list, with an optional label and the items nested under it.
///
/// In the common `Label: text` form (`• Bypassing Bureaucracy: Direct talks…`) the short,
/// title-like part before the colon is the ``label`` and the rest is the ``text``; an item
/// without such a label has a `nil` label and its whole text in ``text``.
public struct ListItem: Sendable, Hashable, Codable {
    /// The item's label, without its colon, when the item has one.
    public var label: String?
    /// The item's text (after the label and colon, when there is a label).
    public var text: String
    /// Items nested under this one, in order.
    public var items: [ListItem]
    /// Where the item's marker stands in the input.
    public var location: SourceLocation

    /// Creates a list item.
    public init(label: String? = nil, text: String, items: [ListItem] = [], location: SourceLocation) {
        self.label = label
        self.text = text
        self.items = items
        self.location = location
    }
}
