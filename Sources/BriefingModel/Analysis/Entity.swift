/// A person, organisation, place or other named thing that an article mentions.
public struct Entity: Sendable, Hashable, Codable {
    /// The fullest name the article uses (for example `Volodymyr Zelenskyy`, `United Nations`).
    public var name: String
    /// What kind of thing it is.
    public var kind: EntityKind
    /// How many times it is mentioned, under any of its names.
    public var mentions: Int
    /// The other names it is mentioned by (for example `Zelenskyy`, `UN`), sorted.
    public var aliases: [String]
    /// Where it is first mentioned: the start of the block that mentions it first.
    public var firstMention: SourceLocation?

    /// Creates an entity.
    public init(
        name: String, kind: EntityKind, mentions: Int, aliases: [String] = [], firstMention: SourceLocation? = nil
    ) {
        self.name = name
        self.kind = kind
        self.mentions = mentions
        self.aliases = aliases
        self.firstMention = firstMention
    }
}
