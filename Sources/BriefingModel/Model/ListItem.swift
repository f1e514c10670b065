/// One item of a list, with an optional label and the items nested under it.
///
/// In the common `Label: text` form (`• Bypassing Bureaucracy: Direct talks…`) the short,
/// title-like part before the colon is the ``label`` and the rest is the ``text``; an item
/// without such a label has a `nil` label and its whole text in ``text``.
public struct ListItem: Sendable, Hashable {
    /// The label, shared with the rest of the article's text.
    package var labelSlice: TextSlice?
    /// The text, shared with the rest of the article's.
    package var textSlice: TextSlice
    /// Items nested under this one, in order.
    public var items: ChildList<ListItem>
    /// Where the item's marker stands in the input.
    public var location: SourceLocation

    /// The item's label, without its colon, when the item has one.
    public var label: String? {
        get { labelSlice.string }
        set { labelSlice = newValue.map(TextSlice.init) }
    }

    /// The item's text (after the label and colon, when there is a label).
    public var text: String {
        get { textSlice.string }
        set { textSlice = TextSlice(newValue) }
    }

    /// Creates a list item.
    public init(label: String? = nil, text: String, items: [ListItem] = [], location: SourceLocation) {
        self.init(
            labelSlice: label.map(TextSlice.init), textSlice: TextSlice(text), children: ChildList(items),
            location: location)
    }

    /// Creates a list item whose text and children a reader has stored already.
    package init(labelSlice: TextSlice?, textSlice: TextSlice, children: ChildList<ListItem>, location: SourceLocation)
    {
        self.labelSlice = labelSlice
        self.textSlice = textSlice
        self.items = children
        self.location = location
    }
}

extension ListItem: Codable {
    private enum CodingKeys: String, CodingKey {
        case label, text, items, location
    }

    /// Decodes `{"label": …, "text": …, "items": […], "location": …}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            label: try container.decodeIfPresent(String.self, forKey: .label),
            text: try container.decode(String.self, forKey: .text),
            items: try container.decodeIfPresent([ListItem].self, forKey: .items) ?? [],
            location: try container.decode(SourceLocation.self, forKey: .location))
    }
}
