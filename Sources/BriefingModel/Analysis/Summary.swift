/// A short extractive summary: sentences taken from the article, in the article's order.
public struct Summary: Sendable, Hashable, Codable {
    /// The chosen sentences, in document order.
    public var sentences: [String]

    /// Creates a summary from its sentences.
    public init(sentences: [String]) {
        self.sentences = sentences
    }

    /// The sentences joined with single spaces.
    public var text: String { sentences.joined(separator: " ") }
}
