/// A sentence that makes a hedged judgement, and how strongly it hedges.
///
/// Estimative phrases are mapped to the probability bands of the US Intelligence Community's
/// ICD 203 (see ``EstimateBand``). A modal hedge (`may`, `could`, `might`) says that something is
/// possible without saying how likely: its ``band`` is `nil`.
public struct Estimate: Sendable, Hashable, Codable {
    /// The whole sentence.
    public var text: String
    /// The estimative phrase as written (for example `highly probable`, `not likely`, `may`).
    public var phrase: String
    /// The ICD 203 band, or `nil` for an unquantified modal hedge.
    public var band: EstimateBand?
    /// Where the block holding the sentence starts in the input.
    public var location: SourceLocation?

    /// Creates an estimate.
    public init(text: String, phrase: String, band: EstimateBand?, location: SourceLocation? = nil) {
        self.text = text
        self.phrase = phrase
        self.band = band
        self.location = location
    }

    /// The band's probability range, or `nil` for an unquantified hedge.
    public var probability: ClosedRange<Double>? { band?.probability }

    private enum CodingKeys: String, CodingKey {
        case text, phrase, band, probability, location
    }

    /// Decodes an estimate; `probability` is derived from `band` and not read.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        text = try container.decode(String.self, forKey: .text)
        phrase = try container.decode(String.self, forKey: .phrase)
        band = try container.decodeIfPresent(EstimateBand.self, forKey: .band)
        location = try container.decodeIfPresent(SourceLocation.self, forKey: .location)
    }
}
