/// Facts about an article that are not part of its outline: who wrote it, when, where, for whom.
///
/// A reader records these when it recognises them (a `By Jane Doe` line, a
/// `KYIV, Nov 24 (Reuters) —` dateline), but the text they came from stays in the outline
/// where it stood: nothing is moved out of the article.
public struct Metadata: Sendable, Hashable, Codable {
    /// The author or authors, without the leading `By` (for example `Jane Doe`).
    public var byline: String?
    /// The whole dateline as written, without its closing dash (for example `KYIV, Nov 24 (Reuters)`).
    public var dateline: String?
    /// The date as written in the dateline or a date line (for example `Nov 24`); not normalised.
    public var date: String?
    /// The place a dateline names (for example `KYIV`).
    public var place: String?
    /// The publisher or agency (for example `Reuters`).
    public var source: String?
    /// The language of the text as a BCP 47 tag (for example `en`), when known.
    public var language: String?

    /// Creates metadata; every field is optional.
    public init(
        byline: String? = nil, dateline: String? = nil, date: String? = nil, place: String? = nil,
        source: String? = nil, language: String? = nil
    ) {
        self.byline = byline
        self.dateline = dateline
        self.date = date
        self.place = place
        self.source = source
        self.language = language
    }

    /// Whether no field is set.
    public var isEmpty: Bool {
        byline == nil && dateline == nil && date == nil && place == nil && source == nil && language == nil
    }

    private enum CodingKeys: String, CodingKey {
        case byline, dateline, date, place, source, language
    }

    /// Encodes every key, with `null` for a missing value, so the shape never varies.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(byline, forKey: .byline)
        try container.encode(dateline, forKey: .dateline)
        try container.encode(date, forKey: .date)
        try container.encode(place, forKey: .place)
        try container.encode(source, forKey: .source)
        try container.encode(language, forKey: .language)
    }
}
