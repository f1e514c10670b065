import BriefingLibXML

/// What an element's name, attributes and class/id words say about it, before any text is weighed.
///
/// The word lists are generic page vocabulary (no site's own class names): `comment`, `share`,
/// `related` mark boilerplate; `article`, `content`, `story` mark content.
enum ElementHints {
    /// Elements that are never article text, whatever they hold.
    static let droppedNames: Set<String> = [
        "script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "canvas", "button",
        "input", "select", "textarea", "option", "label", "nav", "aside", "footer", "link", "meta", "head", "title",
        "dialog", "menu", "video", "audio", "source", "picture", "map", "frameset", "frame", "math", "fieldset",
        "header",
    ]

    /// Elements that start a block of their own: text on either side of them is not one paragraph.
    static let blockNames: Set<String> = [
        "p", "div", "section", "article", "main", "blockquote", "pre", "table", "ul", "ol", "dl", "dt", "dd", "li",
        "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "header", "footer", "aside", "nav", "form", "hr",
        "address", "details", "summary", "fieldset", "center", "tr", "td", "th", "tbody", "thead", "tfoot",
        "caption", "body", "html", "hgroup", "picture", "video", "iframe",
    ]

    /// Roles that mark page furniture.
    static let droppedRoles: Set<String> = [
        "navigation", "complementary", "banner", "contentinfo", "menu", "menubar", "dialog", "alertdialog", "search",
        "toolbar", "tablist", "alert", "button",
    ]

    /// Words in a class or id that mark an element as unlikely to hold the article.
    static let unlikelyWords = [
        "-ad-", "ad-break", "adbox", "advert", "agegate", "banner", "breadcrumb", "combx", "comment", "community",
        "cookie", "consent", "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu",
        "related", "recommend", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor",
        "supplemental", "pagination", "pager", "popup", "modal", "newsletter", "subscribe", "signup", "sign-up",
        "promo", "share", "sharing", "follow-us", "most-popular", "mostpopular", "trending",
        "read-more", "readmore", "more-stories", "outbrain", "taboola", "toolbar", "byline", "dateline",
        "author-bio", "authorbio", "bio-box", "author-box", "authorbox", "about-author", "about-the-author", "credit",
        "tags", "topics", "print", "skip", "sr-only",
        "visually-hidden", "visuallyhidden", "screen-reader", "screenreader", "jump", "login", "alert", "nav",
        "breaking", "widget", "masthead", "toc", "table-of-contents", "video", "audio", "podcast", "caption",
        "timestamp", "published", "updated", "meta", "signature", "disclaimer", "copyright", "gallery", "slideshow",
        "carousel",
    ]

    /// Words that keep an element a candidate even when it has an unlikely word too.
    static let maybeWords = [
        "and", "article", "body", "column", "content", "main", "shadow", "story", "post-", "entry",
    ]

    /// Words that raise an element's weight as a container of the article.
    static let positiveWords = [
        "article", "body", "content", "entry", "hentry", "h-entry", "main", "page", "post", "text", "blog", "story",
        "prose", "rich-text", "richtext",
    ]

    /// Words that lower it.
    static let negativeWords = [
        "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer", "gdpr", "masthead", "media",
        "meta", "outbrain", "promo", "related", "scroll", "share", "shoutbox", "sidebar", "skyscraper", "sponsor",
        "shopping", "tags", "widget", "newsletter", "subscribe", "social", "recommend", "byline", "caption",
        "credit", "nav", "menu", "popular", "teaser", "aside", "rail",
    ]

    /// The element's class and id, in lower case, separated by a space ("" when it has neither).
    static func classAndID(_ element: HTMLElement) -> String {
        var words = ""
        for attribute in element.attributes where attribute.name == "class" || attribute.name == "id" {
            if !words.isEmpty { words += " " }
            words += attribute.value
        }
        return lowercased(words)
    }

    /// The class weight: +25 for a content word, −25 for a boilerplate word, for class and id each.
    static func weight(_ element: HTMLElement) -> Double {
        var weight = 0.0
        for attribute in element.attributes where attribute.name == "class" || attribute.name == "id" {
            let value = lowercased(attribute.value)
            if has(value, negativeWords) { weight -= 25 }
            if has(value, positiveWords) { weight += 25 }
        }
        return weight
    }

    /// Whether the element is hidden from readers (the `hidden` attribute, `aria-hidden`,
    /// `display: none` or `visibility: hidden` in its style).
    static func isHidden(_ element: HTMLElement) -> Bool {
        for attribute in element.attributes {
            switch attribute.name {
            case "hidden": return true
            case "aria-hidden": if lowercased(attribute.value) == "true" { return true }
            case "style":
                let style = lowercased(attribute.value).filter { $0 != " " }
                if style.contains("display:none") || style.contains("visibility:hidden") { return true }
            default: continue
            }
        }
        return false
    }

    /// Whether the element's role marks page furniture.
    static func hasDroppedRole(_ element: HTMLElement) -> Bool {
        guard let role = element.attribute("role") else { return false }
        return droppedRoles.contains(lowercased(role))
    }

    /// Whether the element says it is the article's body (`itemprop="articleBody"`).
    static func isArticleBody(_ element: HTMLElement) -> Bool {
        guard let itemprop = element.attribute("itemprop") else { return false }
        return lowercased(itemprop).contains("articlebody")
    }

    /// Whether `value` (lower case) holds one of `words`: anywhere for words of five letters or
    /// more, as a whole word (between non-letters, an `s` allowed after it) for shorter ones.
    static func has(_ value: String, _ words: [String]) -> Bool {
        guard !value.isEmpty else { return false }
        let bytes = Array(value.utf8)
        for word in words {
            let pattern = Array(word.utf8)
            guard pattern.count <= bytes.count else { continue }
            var start = 0
            while start + pattern.count <= bytes.count {
                if bytes[start] == pattern[0] && bytes[start..<start + pattern.count].elementsEqual(pattern) {
                    if pattern.count >= 5 { return true }
                    let before = start == 0 ? 0x20 : bytes[start - 1]
                    var end = start + pattern.count
                    if end < bytes.count && bytes[end] == UInt8(ascii: "s") { end += 1 }
                    let after = end == bytes.count ? 0x20 : bytes[end]
                    if !before.isLetter && !after.isLetter { return true }
                }
                start += 1
            }
        }
        return false
    }

    static func lowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 &- 0x41 < 26 }) else { return text }
        return String(decoding: text.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}

extension UInt8 {
    fileprivate var isLetter: Bool { self &- 0x61 < 26 }
}
