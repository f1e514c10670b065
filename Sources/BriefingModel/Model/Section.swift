/// A part of an article: an optional heading, the blocks under it, and the sections nested in it.
///
/// The run of blocks before an article's first heading — its lede — is a section whose
/// ``heading`` is `nil` and whose ``level`` is 1, the level of the title it belongs to.
/// Headed sections nest: a section of level *n* contains the headed sections that follow it
/// with a level greater than *n*, up to the next one of level *n* or less.
public struct Section: Sendable, Hashable {
    /// The heading, shared with the rest of the article's text.
    package var headingSlice: TextSlice?
    /// Where the heading stands in the input; `nil` for the lede (and always when ``heading`` is `nil`).
    public var location: SourceLocation?
    /// The heading level, from 1 to 6 (see the reader for how plain text is levelled).
    public var level: Int
    /// The paragraphs, lists, quotes, code, tables and figures directly under the heading, in order.
    public var blocks: ChildList<Block>
    /// The sections nested in this one, in order.
    public var sections: [Section]

    /// The heading's text, or `nil` for the lede.
    public var heading: String? {
        get { headingSlice.string }
        set { headingSlice = newValue.map(TextSlice.init) }
    }

    /// Creates a section.
    public init(
        heading: String?, level: Int, location: SourceLocation? = nil, blocks: [Block] = [],
        sections: [Section] = []
    ) {
        self.init(
            headingSlice: heading.map(TextSlice.init), level: level, location: location, children: ChildList(blocks),
            sections: sections)
    }

    /// Creates a section whose heading and blocks a reader has stored already.
    package init(
        headingSlice: TextSlice?, level: Int, location: SourceLocation?, children: ChildList<Block>,
        sections: [Section]
    ) {
        self.headingSlice = headingSlice
        self.level = level
        self.location = location
        self.blocks = children
        self.sections = sections
    }
}

extension Section: Codable {
    private enum CodingKeys: String, CodingKey {
        case heading, level, location, blocks, sections
    }

    /// Decodes a section with its blocks and nested sections.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            heading: try container.decodeIfPresent(String.self, forKey: .heading),
            level: try container.decode(Int.self, forKey: .level),
            location: try container.decodeIfPresent(SourceLocation.self, forKey: .location),
            blocks: try container.decodeIfPresent([Block].self, forKey: .blocks) ?? [],
            sections: try container.decodeIfPresent([Section].self, forKey: .sections) ?? [])
    }
}
