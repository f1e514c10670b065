import BriefingLibXML
import Foundation

/// What a page says about itself, gathered in one walk over the whole tree before any pruning:
/// `<title>`, `<meta>` and `<link>` tags, JSON-LD scripts, `<time>` elements, the first `h1`,
/// `rel=author` links and visible bylines.
struct PageFacts {
    var language: String?
    var documentTitle: String?
    var firstHeading: String?
    /// `<meta>` values by lower-cased `name`, `property`, `itemprop` or `http-equiv`; first one wins.
    var meta: [String: String] = [:]
    /// All `<meta>` values of repeated keys (`article:tag`, `article:author`).
    var repeated: [String: [String]] = [:]
    var canonical: String?
    var authorLinks: [String] = []
    var bylines: [String] = []
    var times: [(datetime: String, itemprop: String?)] = []
    var linkedData = LinkedData()

    init(_ root: HTMLElement) {
        if let lang = root.attribute("lang") ?? root.attribute("xml:lang") { language = lang }
        var stack: [HTMLElement] = [root]
        while let element = stack.popLast() {
            visit(element)
            guard element.name != "script" && element.name != "style" else { continue }
            stack.append(contentsOf: element.elements.reversed())
        }
    }

    private mutating func visit(_ element: HTMLElement) {
        switch element.name {
        case "title":
            if documentTitle == nil { documentTitle = Self.text(element) }
        case "meta":
            guard let content = element.attribute("content") else { return }
            for key in ["property", "name", "itemprop", "http-equiv"] {
                guard let value = element.attribute(key) else { continue }
                let name = ElementHints.lowercased(value.trimmingCharacters(in: .whitespaces))
                if meta[name] == nil { meta[name] = content }
                repeated[name, default: []].append(content)
            }
        case "link":
            let rel = ElementHints.lowercased(element.attribute("rel") ?? "")
            if rel.split(separator: " ").contains("canonical"), canonical == nil {
                canonical = element.attribute("href")
            }
        case "script":
            let type = ElementHints.lowercased(element.attribute("type") ?? "")
            if type.contains("ld+json") { linkedData.add(Self.rawText(element)) }
        case "time":
            if let datetime = element.attribute("datetime") {
                times.append(
                    (
                        datetime,
                        element.attribute("itemprop") ?? (element.attribute("pubdate") != nil ? "datepublished" : nil)
                    ))
            }
        case "h1":
            if firstHeading == nil {
                let text = Self.text(element)
                if !text.isEmpty { firstHeading = text }
            }
        case "a":
            let rel = ElementHints.lowercased(element.attribute("rel") ?? "")
            if rel.split(separator: " ").contains("author") {
                let text = Self.text(element)
                if !text.isEmpty { authorLinks.append(text) }
            }
        default:
            break
        }
        if element.name != "html" && element.name != "body" && element.name != "meta" && element.name != "link",
            bylines.count < 3
        {
            let itemprop = ElementHints.lowercased(element.attribute("itemprop") ?? "")
            let words = ElementHints.classAndID(element)
            if itemprop == "author" || ElementHints.has(words, ["byline", "by-line"]) {
                let text = Self.text(element)
                if !text.isEmpty && text.count <= 200 && !bylines.contains(text) { bylines.append(text) }
            }
        }
    }

    /// The folded text of an element.
    static func text(_ element: HTMLElement) -> String {
        var inline = InlineText()
        var stack: [HTMLContent] = element.children.reversed()
        while let content = stack.popLast() {
            switch content {
            case .text(let value): inline.append(value)
            case .element(let child):
                if child.name == "script" || child.name == "style" { continue }
                if ElementHints.blockNames.contains(child.name) || child.name == "br" { inline.separate() }
                stack.append(contentsOf: child.children.reversed())
            }
        }
        return inline.takeString()
    }

    static func rawText(_ element: HTMLElement) -> String {
        element.children.reduce(into: "") { result, content in
            if case .text(let value) = content { result += value }
        }
    }
}
