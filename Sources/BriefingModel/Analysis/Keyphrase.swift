/// A phrase that characterises the text, with its score (higher is more characteristic).
public struct Keyphrase: Sendable, Hashable, Codable {
    /// The phrase, in the case the article most often writes it.
    public var text: String
    /// The phrase's score; only the order of scores within one briefing is meaningful.
    public var score: Double

    /// Creates a keyphrase.
    public init(text: String, score: Double) {
        self.text = text
        self.score = score
    }
}
