/// Counts that describe the size of an article.
public struct Statistics: Sendable, Hashable, Codable {
    /// Words in the title, headings and body.
    public var words: Int
    /// Sentences in the body (paragraphs, list items and quotes).
    public var sentences: Int
    /// Estimated reading time in seconds, at ``wordsPerMinute``.
    public var readingTimeSeconds: Int

    /// The reading speed behind ``readingTimeSeconds``: 230 words a minute, a common figure for adults reading news.
    public static let wordsPerMinute = 230

    /// Creates statistics.
    public init(words: Int, sentences: Int, readingTimeSeconds: Int) {
        self.words = words
        self.sentences = sentences
        self.readingTimeSeconds = readingTimeSeconds
    }

    /// Creates statistics from word and sentence counts, deriving the reading time.
    public init(words: Int, sentences: Int) {
        self.init(
            words: words, sentences: sentences,
            readingTimeSeconds: (words * 60 + Self.wordsPerMinute - 1) / Self.wordsPerMinute)
    }
}
