/// An image or other illustration, with its caption: kept apart from the body text.
///
/// A caption describes a picture rather than carrying the article's argument, so it is neither a
/// paragraph nor part of one; readers that see one (an HTML `<figure>` with `<figcaption>`, a
/// Markdown image) record it here, with the credit if the input gives one.
public struct Figure: Sendable, Hashable, Codable {
    /// The caption, or the image's alternative text when there is no caption (may be empty).
    public var caption: String
    /// The image's address as the input gives it, when there is one.
    public var source: String?
    /// Where the figure starts in the input.
    public var location: SourceLocation

    /// Creates a figure.
    public init(caption: String, source: String? = nil, location: SourceLocation) {
        self.caption = caption
        self.source = source
        self.location = location
    }
}
