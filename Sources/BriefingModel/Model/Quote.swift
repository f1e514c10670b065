/// Quoted text set apart from the running text: a `>` block, or a paragraph that is wholly a quotation.
public struct Quote: Sendable, Hashable {
    /// The text, shared with the rest of the article's.
    package var textSlice: TextSlice
    /// The attribution, shared with the rest of the article's text.
    package var attributionSlice: TextSlice?
    /// Quotes nested in this one (`> >` lines), in order.
    public var quotes: [Quote]
    /// Where the quote starts in the input.
    public var location: SourceLocation

    /// The quoted text on one line, without the quotation marks or `>` markers around it.
    public var text: String {
        get { textSlice.string }
        set { textSlice = TextSlice(newValue) }
    }

    /// Who is quoted, when the article says so (a final `> — Name` line, say).
    public var attribution: String? {
        get { attributionSlice.string }
        set { attributionSlice = newValue.map(TextSlice.init) }
    }

    /// Creates a quote.
    public init(text: String, attribution: String? = nil, quotes: [Quote] = [], location: SourceLocation) {
        self.init(
            textSlice: TextSlice(text), attributionSlice: attribution.map(TextSlice.init), quotes: quotes,
            location: location)
    }

    /// Creates a quote whose text a reader has stored already.
    package init(textSlice: TextSlice, attributionSlice: TextSlice?, quotes: [Quote], location: SourceLocation) {
        self.textSlice = textSlice
        self.attributionSlice = attributionSlice
        self.quotes = quotes
        self.location = location
    }
}

extension Quote: Codable {
    private enum CodingKeys: String, CodingKey {
        case text, attribution, quotes, location
    }

    /// Decodes `{"text": …, "attribution": …, "quotes": […], "location": …}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            text: try container.decode(String.self, forKey: .text),
            attribution: try container.decodeIfPresent(String.self, forKey: .attribution),
            quotes: try container.decodeIfPresent([Quote].self, forKey: .quotes) ?? [],
            location: try container.decode(SourceLocation.self, forKey: .location))
    }
}
