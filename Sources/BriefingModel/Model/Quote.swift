/// Quoted text set apart from the running text: a `>` block, or a paragraph that is wholly a quotation.
public struct Quote: Sendable, Hashable, Codable {
    /// The quoted text on one line, without the quotation marks or `>` markers around it.
    public var text: String
    /// Who is quoted, when the input or an analyser says so.
    public var attribution: String?
    /// Quotes nested in this one (`> >` lines), in order.
    public var quotes: [Quote]
    /// Where the quote starts in the input.
    public var location: SourceLocation

    /// Creates a quote.
    public init(text: String, attribution: String? = nil, quotes: [Quote] = [], location: SourceLocation) {
        self.text = text
        self.attribution = attribution
        self.quotes = quotes
        self.location = location
    }
}
