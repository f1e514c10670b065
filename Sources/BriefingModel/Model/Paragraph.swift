/// A paragraph of running text.
///
/// Hard-wrapped lines are joined with single spaces, so ``text`` is one line.
public struct Paragraph: Sendable, Hashable {
    /// The text, shared with the rest of the article's (see `TextSlice`).
    package var textSlice: TextSlice
    /// Where the paragraph starts in the input.
    public var location: SourceLocation

    /// The paragraph's text on one line.
    public var text: String {
        get { textSlice.string }
        set { textSlice = TextSlice(newValue) }
    }

    /// Creates a paragraph.
    public init(text: String, location: SourceLocation) {
        self.init(textSlice: TextSlice(text), location: location)
    }

    /// Creates a paragraph whose text a reader has stored already.
    package init(textSlice: TextSlice, location: SourceLocation) {
        self.textSlice = textSlice
        self.location = location
    }
}

extension Paragraph: Codable {
    private enum CodingKeys: String, CodingKey {
        case text, location
    }

    /// Decodes `{"text": …, "location": …}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            text: try container.decode(String.self, forKey: .text),
            location: try container.decode(SourceLocation.self, forKey: .location))
    }
}
