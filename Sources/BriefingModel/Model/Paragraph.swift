/// A paragraph of running text.
///
/// Hard-wrapped lines are joined with single spaces, so ``text`` is one line.
public struct Paragraph: Sendable, Hashable, Codable {
    /// The paragraph's text on one line.
    public var text: String
    /// Where the paragraph starts in the input.
    public var location: SourceLocation

    /// Creates a paragraph.
    public init(text: String, location: SourceLocation) {
        self.text = text
        self.location = location
    }
}
