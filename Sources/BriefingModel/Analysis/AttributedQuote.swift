/// A quotation that is speech (not a scare-quoted term), with who said it when that can be told.
public struct AttributedQuote: Sendable, Hashable, Codable {
    /// The quoted words, without the quotation marks.
    public var text: String
    /// The speaker's name as the article gives it, or `nil` when no speaker was found.
    public var speaker: String?
    /// What tied the quote to its speaker: a speech verb (`said`), `according to`,
    /// `possessive` or `pronoun`; `nil` when there is no speaker.
    public var cue: String?
    /// Where the block holding the quote starts in the input.
    public var location: SourceLocation?

    /// Creates an attributed quote.
    public init(text: String, speaker: String? = nil, cue: String? = nil, location: SourceLocation? = nil) {
        self.text = text
        self.speaker = speaker
        self.cue = cue
        self.location = location
    }

    private enum CodingKeys: String, CodingKey {
        case text, speaker, cue, location
    }

    /// Encodes every key, with `null` for what is missing.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(text, forKey: .text)
        try container.encode(speaker, forKey: .speaker)
        try container.encode(cue, forKey: .cue)
        try container.encode(location, forKey: .location)
    }
}
