import BriefingModel
import Foundation

/// Chooses the title and the metadata of a page from its ``PageFacts``.
///
/// Each field takes the first source that gives it, in this order:
/// - title: `og:title`, JSON-LD `headline`, the first `h1`, `<title>` (a trailing ` | Site`,
///   ` - Site` or ` — Site` removed);
/// - authors: JSON-LD `author`, `<meta name="author">`, `article:author` (when not an address),
///   `rel=author` links, the visible byline — each cleaned of "By", dates, handles and the site name;
/// - published / modified: JSON-LD `datePublished` / `dateModified`, `article:published_time` /
///   `article:modified_time`, other date `<meta>` tags, `<time datetime>` (never a date from a script);
/// - siteName: `og:site_name`, JSON-LD `publisher.name`; url: `<link rel=canonical>`, `og:url`,
///   JSON-LD `url`; description: `og:description`, `<meta name=description>`, JSON-LD; image:
///   `og:image`, `twitter:image`, JSON-LD `image`; language: `<html lang>`, `Content-Language`,
///   `og:locale`, JSON-LD `inLanguage`; tags: `article:tag`, JSON-LD `keywords`.
struct MetadataBuilder {
    let facts: PageFacts

    func metadata() -> Metadata {
        var metadata = Metadata()
        let data = facts.linkedData
        let article = data.article
        let site = first(meta("og:site_name"), article.flatMap { ld($0, "publisher") }, meta("application-name"))
        metadata.siteName = site
        metadata.url = first(facts.canonical, meta("og:url"), article.flatMap { ld($0, "url") })
        metadata.description = first(
            meta("og:description"), meta("description"), article.flatMap { ld($0, "description") })
        metadata.image = first(meta("og:image"), meta("twitter:image"), article.flatMap { ld($0, "image") })
        metadata.language =
            [
                facts.language, meta("content-language"), meta("og:locale"), article.flatMap { ld($0, "inLanguage") },
            ].lazy.compactMap { $0.flatMap(Self.languageTag) }.first
        let publishedSources: [String?] = [
            article.flatMap { ld($0, "datePublished") }, meta("article:published_time"), meta("datepublished"),
            meta("og:published_time"), meta("pubdate"), meta("publishdate"), meta("publish-date"), meta("date"),
            meta("dc.date.issued"), meta("dc.date"), meta("dcterms.created"), meta("sailthru.date"),
            meta("parsely-pub-date"), meta("article.published"),
            facts.times.first { $0.itemprop.map(ElementHints.lowercased) == "datepublished" }?.datetime,
            facts.times.first?.datetime,
        ]
        metadata.published = publishedSources.lazy.compactMap { $0.flatMap(DateNormaliser.normalised) }.first
        let modifiedSources: [String?] = [
            article.flatMap { ld($0, "dateModified") }, meta("article:modified_time"), meta("og:updated_time"),
            meta("datemodified"), meta("dcterms.modified"), meta("last-modified"),
            facts.times.first { $0.itemprop.map(ElementHints.lowercased) == "datemodified" }?.datetime,
        ]
        metadata.modified = modifiedSources.lazy.compactMap { $0.flatMap(DateNormaliser.normalised) }.first
        metadata.byline = facts.bylines.first.map(Self.withoutBy)
        var names = article.map { data.authorNames($0) } ?? []
        if names.isEmpty, let author = meta("author") { names = [author] }
        if names.isEmpty {
            names = (facts.repeated["article:author"] ?? []).filter { !$0.contains("://") && !$0.hasPrefix("/") }
        }
        if names.isEmpty { names = facts.authorLinks }
        if names.isEmpty, let byline = metadata.byline { names = [byline] }
        metadata.authors = AuthorNames.clean(names, siteName: site)
        var tags = facts.repeated["article:tag"] ?? []
        if tags.isEmpty, let article { tags = data.keywords(article) }
        var seen = Set<String>()
        metadata.tags = tags.map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty && seen.insert($0).inserted
        }
        return metadata
    }

    /// The title: `og:title`, JSON-LD `headline`, the first `h1`, then `<title>`; a trailing site
    /// name after ` | `, ` - `, ` — ` or ` :: ` removed.
    func title(siteName: String?) -> String? {
        let candidates = [
            meta("og:title"), facts.linkedData.article.flatMap { ld($0, "headline") }, facts.firstHeading,
            facts.documentTitle,
        ]
        guard let raw = candidates.lazy.compactMap({ $0.map(Self.folded) }).first(where: { !$0.isEmpty }) else {
            return nil
        }
        return Self.removingSiteName(raw, siteName: siteName)
    }

    /// The article's body as the page states it in JSON-LD, if it does.
    var statedBody: String? {
        facts.linkedData.article.flatMap { $0["articleBody"] as? String }
    }

    /// A byline as written, without a leading "By" (the model's byline is the names part, as the
    /// plain-text reader records it).
    static func withoutBy(_ byline: String) -> String {
        for prefix in ["By ", "by ", "BY "] where byline.hasPrefix(prefix) {
            return String(byline.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        return byline
    }

    static func removingSiteName(_ title: String, siteName: String?) -> String {
        for separator in [" | ", " - ", " \u{2014} ", " \u{2013} ", " :: ", " \u{00B7} ", " \u{2022} "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = title[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            let tail = title[range.upperBound...].trimmingCharacters(in: .whitespaces)
            let tailWords = tail.split(separator: " ").count
            let isSite =
                siteName.map {
                    folded($0).lowercased() == tail.lowercased() || tail.lowercased().contains($0.lowercased())
                }
                ?? false
            if !head.isEmpty && (isSite || tailWords <= 4 && head.split(separator: " ").count >= 3) {
                return removingSiteName(head, siteName: siteName)
            }
        }
        return title
    }

    private func meta(_ key: String) -> String? {
        guard let value = facts.meta[key] else { return nil }
        let folded = Self.folded(value)
        return folded.isEmpty ? nil : folded
    }

    private func ld(_ object: [String: Any], _ key: String) -> String? {
        facts.linkedData.string(object, key).map(Self.folded).flatMap { $0.isEmpty ? nil : $0 }
    }

    private func first(_ values: String?...) -> String? {
        values.lazy.compactMap { $0 }.first
    }

    static func folded(_ text: String) -> String {
        var inline = InlineText()
        inline.append(text)
        return inline.takeString()
    }

    /// A BCP 47 tag from `en_US`, `EN-us`, `en`: language lower case, region upper case; `nil`
    /// when the value does not look like a tag.
    static func languageTag(_ value: String) -> String? {
        let parts = value.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "_", with: "-").split(
            separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count) || language.count == 0 && false,
            language.allSatisfy({ $0.isASCII && $0.isLetter }),
            parts.allSatisfy({
                (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
            })
        else { return nil }
        var result = [language.lowercased()]
        for part in parts.dropFirst() {
            if part.count == 2 && part.allSatisfy(\.isLetter) {
                result.append(part.uppercased())
            } else if part.count == 4 && part.allSatisfy(\.isLetter) {
                result.append(part.prefix(1).uppercased() + part.dropFirst().lowercased())
            } else {
                result.append(part.lowercased())
            }
        }
        return result.joined(separator: "-")
    }
}
