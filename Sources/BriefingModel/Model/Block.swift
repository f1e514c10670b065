/// A block of body text: a paragraph, a list or a quote.
///
/// In JSON a block is one object whose `kind` key says which case it is, with that case's keys
/// beside it (`{"kind": "paragraph", "text": …}`).
public enum Block: Sendable, Hashable {
    /// Running text.
    case paragraph(Paragraph)
    /// A bulleted or numbered list.
    case list(ListBlock)
    /// Quoted text set apart from the running text.
    ///
    /// Stored indirectly: quotes are rare and their payload is the largest, so this keeps every
    /// other block — and the arrays of blocks of a large article — half the size.
    indirect case quote(Quote)

    /// Where the block starts in the input.
    public var location: SourceLocation {
        switch self {
        case .paragraph(let paragraph): paragraph.location
        case .list(let list): list.location
        case .quote(let quote): quote.location
        }
    }

    /// The block's kind, as written in the `kind` key.
    public var kind: Kind {
        switch self {
        case .paragraph: .paragraph
        case .list: .list
        case .quote: .quote
        }
    }

    /// The kinds of block, named as in JSON and XML.
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// ``Block/paragraph(_:)``.
        case paragraph
        /// ``Block/list(_:)``.
        case list
        /// ``Block/quote(_:)``.
        case quote
    }
}

extension Block: Codable {
    private enum CodingKeys: String, CodingKey {
        case kind
    }

    /// Decodes a block from its `kind` and that kind's keys.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(Kind.self, forKey: .kind) {
        case .paragraph: self = .paragraph(try Paragraph(from: decoder))
        case .list: self = .list(try ListBlock(from: decoder))
        case .quote: self = .quote(try Quote(from: decoder))
        }
    }

    /// Encodes the block's `kind` and, beside it, the keys of that kind.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .paragraph(let paragraph): try paragraph.encode(to: encoder)
        case .list(let list): try list.encode(to: encoder)
        case .quote(let quote): try quote.encode(to: encoder)
        }
    }
}
