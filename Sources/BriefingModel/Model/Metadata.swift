/// Facts about an article that are not part of its outline: who wrote it, when, where, for whom.
///
/// Readers fill what their format tells them. The plain-text reader recognises a `By Jane Doe`
/// line and a `KYIV, Nov 24 (Reuters) —` dateline, whose text stays in the outline where it stood;
/// a web page says much more about itself (JSON-LD, Open Graph, `<time>`, `<html lang>`).
///
/// In JSON every key is written, with `null` (or `[]`) for what is unknown, so the shape never varies.
public struct Metadata: Sendable, Hashable, Codable {
    /// The byline as written, without the leading `By` (for example `Jane Doe and John Roe`).
    public var byline: String?
    /// The authors' names, one each: no `By`, no dates, no site names, no social handles.
    public var authors: [String]
    /// The whole dateline as written, without its closing dash (for example `KYIV, Nov 24 (Reuters)`).
    public var dateline: String?
    /// The date as written in the dateline or a date line (for example `Nov 24`); not normalised.
    public var date: String?
    /// When the article was first published, in ISO 8601 (`2026-11-24`, or `2026-11-24T09:30:00Z`
    /// with the time and offset when the input gives them).
    public var published: String?
    /// When the article was last changed, in ISO 8601, when the input says.
    public var modified: String?
    /// The place a dateline names (for example `KYIV`).
    public var place: String?
    /// The publisher or agency named in a dateline (for example `Reuters`).
    public var source: String?
    /// The name of the site or publication the article appeared on (for example `The Example Times`).
    public var siteName: String?
    /// The article's canonical address.
    public var url: String?
    /// A one- or two-sentence description the publisher gives of the article.
    public var description: String?
    /// The address of the article's lead image.
    public var image: String?
    /// The language of the text as a BCP 47 tag (for example `en` or `pt-BR`), when known.
    public var language: String?
    /// Keywords or tags the publisher gives the article, in their order.
    public var tags: [String]

    /// Creates metadata; every field is optional.
    public init(
        byline: String? = nil, authors: [String] = [], dateline: String? = nil, date: String? = nil,
        published: String? = nil, modified: String? = nil, place: String? = nil, source: String? = nil,
        siteName: String? = nil, url: String? = nil, description: String? = nil, image: String? = nil,
        language: String? = nil, tags: [String] = []
    ) {
        self.byline = byline
        self.authors = authors
        self.dateline = dateline
        self.date = date
        self.published = published
        self.modified = modified
        self.place = place
        self.source = source
        self.siteName = siteName
        self.url = url
        self.description = description
        self.image = image
        self.language = language
        self.tags = tags
    }

    /// Whether no field is set.
    public var isEmpty: Bool { self == Metadata() }

    private enum CodingKeys: String, CodingKey {
        case byline, authors, dateline, date, published, modified, place, source, siteName, url, description, image
        case language, tags
    }

    /// Decodes metadata; a key that is missing (from an older export) is unknown.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            byline: try container.decodeIfPresent(String.self, forKey: .byline),
            authors: try container.decodeIfPresent([String].self, forKey: .authors) ?? [],
            dateline: try container.decodeIfPresent(String.self, forKey: .dateline),
            date: try container.decodeIfPresent(String.self, forKey: .date),
            published: try container.decodeIfPresent(String.self, forKey: .published),
            modified: try container.decodeIfPresent(String.self, forKey: .modified),
            place: try container.decodeIfPresent(String.self, forKey: .place),
            source: try container.decodeIfPresent(String.self, forKey: .source),
            siteName: try container.decodeIfPresent(String.self, forKey: .siteName),
            url: try container.decodeIfPresent(String.self, forKey: .url),
            description: try container.decodeIfPresent(String.self, forKey: .description),
            image: try container.decodeIfPresent(String.self, forKey: .image),
            language: try container.decodeIfPresent(String.self, forKey: .language),
            tags: try container.decodeIfPresent([String].self, forKey: .tags) ?? [])
    }
}
