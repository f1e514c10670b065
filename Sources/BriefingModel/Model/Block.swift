/// A block of the outline: a paragraph, a list, a quote, a code block, a table or a figure.
///
/// In JSON a block is one object whose `kind` key says which case it is, with that case's keys
/// beside it (`{"kind": "paragraph", "text": …}`).
///
/// New kinds of block may come in later minor versions; a `switch` over blocks should have a
/// `default` case (as a ``BriefingVisitor`` has ``BriefingVisitor/defaultVisit(_:)``).
public enum Block: Sendable, Hashable {
    /// Running text.
    case paragraph(Paragraph)
    /// A bulleted or numbered list.
    case list(ListBlock)
    /// Quoted text set apart from the running text.
    ///
    /// Stored indirectly, like the other rare kinds: their payloads are the largest, so this
    /// keeps every block — and the arrays of blocks of a large article — small.
    indirect case quote(Quote)
    /// Text kept as written, line breaks and all.
    indirect case code(CodeBlock)
    /// Rows of cells.
    indirect case table(Table)
    /// An illustration's caption.
    indirect case figure(Figure)

    /// Where the block starts in the input.
    public var location: SourceLocation {
        switch self {
        case .paragraph(let paragraph): paragraph.location
        case .list(let list): list.location
        case .quote(let quote): quote.location
        case .code(let code): code.location
        case .table(let table): table.location
        case .figure(let figure): figure.location
        }
    }

    /// The block's kind, as written in the `kind` key.
    public var kind: Kind {
        switch self {
        case .paragraph: .paragraph
        case .list: .list
        case .quote: .quote
        case .code: .code
        case .table: .table
        case .figure: .figure
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
        /// ``Block/code(_:)``.
        case code
        /// ``Block/table(_:)``.
        case table
        /// ``Block/figure(_:)``.
        case figure
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
        case .code: self = .code(try CodeBlock(from: decoder))
        case .table: self = .table(try Table(from: decoder))
        case .figure: self = .figure(try Figure(from: decoder))
        }
    }
}
