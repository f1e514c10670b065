/// A part of an article: an optional heading, the blocks under it, and the sections nested in it.
///
/// The run of blocks before an article's first heading — its lede — is a section whose
/// ``heading`` is `nil` and whose ``level`` is 1, the level of the title it belongs to.
/// Headed sections nest: a section of level *n* contains the headed sections that follow it
/// with a level greater than *n*, up to the next one of level *n* or less.
public struct Section: Sendable, Hashable, Codable {
    /// The heading's text, or `nil` for the lede.
    public var heading: String?
    /// Where the heading stands in the input; `nil` for the lede (and always when ``heading`` is `nil`).
    public var location: SourceLocation?
    /// The heading level, from 1 to 6 (see the reader for how plain text is levelled).
    public var level: Int
    /// The paragraphs, lists and quotes directly under the heading, in order.
    public var blocks: [Block]
    /// The sections nested in this one, in order.
    public var sections: [Section]

    /// Creates a section.
    public init(
        heading: String?, level: Int, location: SourceLocation? = nil, blocks: [Block] = [],
        sections: [Section] = []
    ) {
        self.heading = heading
        self.level = level
        self.location = location
        self.blocks = blocks
        self.sections = sections
    }
}
