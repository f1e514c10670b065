import Foundation

/// The JSON-LD objects of a page (`<script type="application/ld+json">`), flattened: arrays and
/// `@graph`s are opened, and `@id` references can be followed.
struct LinkedData {
    private(set) var objects: [[String: Any]] = []
    private var byID: [String: [String: Any]] = [:]
    /// How many scripts could not be read as JSON.
    private(set) var unreadable = 0

    /// The largest script read, and the deepest nesting accepted (deeper ones are skipped unread).
    static let maximumScriptSize = 2 << 20
    static let maximumNesting = 64

    mutating func add(_ script: String) {
        let trimmed = script.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return }
        guard trimmed.utf8.count <= Self.maximumScriptSize, Self.nesting(trimmed) <= Self.maximumNesting else {
            unreadable += 1
            return
        }
        if let value = Self.parse(trimmed) ?? Self.parse(Self.withoutComments(trimmed)) {
            collect(value, depth: 0)
            return
        }
        // Broken JSON (a stray brace, a comment): take the article's main strings one by one.
        unreadable += 1
        var loose: [String: Any] = ["@type": "Article"]
        for key in ["articleBody", "headline", "datePublished", "dateModified", "inLanguage", "description"] {
            if let value = Self.looseString(trimmed, key: key) { loose[key] = value }
        }
        if loose.count > 1 { objects.append(loose) }
    }

    private static func parse(_ text: String) -> Any? {
        try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    }

    /// The text without `//` line comments and `/* */` comments outside strings.
    static func withoutComments(_ text: String) -> String {
        var output: [UInt8] = []
        let bytes = Array(text.utf8)
        var index = 0
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                output.append(byte)
                if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                    output.append(bytes[index + 1])
                    index += 2
                    continue
                }
                if byte == UInt8(ascii: "\"") { inString = false }
                index += 1
                continue
            }
            if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
                while index < bytes.count && bytes[index] != 0x0A { index += 1 }
                continue
            }
            if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") {
                index += 2
                while index + 1 < bytes.count
                    && !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/"))
                {
                    index += 1
                }
                index += 2
                continue
            }
            if byte == UInt8(ascii: "\"") { inString = true }
            output.append(byte)
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The string value of the first `"key": "…"` in text that is not valid JSON as a whole.
    static func looseString(_ text: String, key: String) -> String? {
        let bytes = Array(text.utf8)
        let pattern = Array("\"\(key)\"".utf8)
        var index = 0
        while index + pattern.count < bytes.count {
            if bytes[index] == pattern[0] && bytes[index..<index + pattern.count].elementsEqual(pattern) {
                var cursor = index + pattern.count
                while cursor < bytes.count
                    && (bytes[cursor] == 0x20 || bytes[cursor] == 0x0A || bytes[cursor] == 0x09
                        || bytes[cursor] == 0x0D)
                { cursor += 1 }
                guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: ":") else { index += 1; continue }
                cursor += 1
                while cursor < bytes.count
                    && (bytes[cursor] == 0x20 || bytes[cursor] == 0x0A || bytes[cursor] == 0x09
                        || bytes[cursor] == 0x0D)
                { cursor += 1 }
                guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "\"") else { index += 1; continue }
                let start = cursor
                cursor += 1
                while cursor < bytes.count && bytes[cursor] != UInt8(ascii: "\"") {
                    cursor += bytes[cursor] == UInt8(ascii: "\\") ? 2 : 1
                }
                guard cursor < bytes.count else { return nil }
                let literal = Data(bytes[start...cursor])
                return (try? JSONSerialization.jsonObject(with: literal, options: [.fragmentsAllowed])) as? String
            }
            index += 1
        }
        return nil
    }

    private mutating func collect(_ value: Any, depth: Int) {
        guard depth < 8 else { return }
        if let array = value as? [Any] {
            for item in array { collect(item, depth: depth + 1) }
        } else if let object = value as? [String: Any] {
            if let graph = object["@graph"] {
                collect(graph, depth: depth + 1)
            }
            if object["@type"] != nil || object["@id"] != nil {
                objects.append(object)
                if let id = object["@id"] as? String, byID[id] == nil || object.count > byID[id]!.count {
                    byID[id] = object
                }
            }
        }
    }

    /// The deepest nesting of `[` and `{` outside strings.
    private static func nesting(_ text: String) -> Int {
        var depth = 0
        var deepest = 0
        var inString = false
        var escaped = false
        for byte in text.utf8 {
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                deepest = max(deepest, depth)
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: break
            }
        }
        return deepest
    }

    /// The object itself, or the one its `@id` names when it is only a reference.
    func resolved(_ value: Any) -> Any {
        if let object = value as? [String: Any], object.count <= 2, let id = object["@id"] as? String,
            let full = byID[id]
        {
            return full
        }
        return value
    }

    /// The types of an object (`@type` may be a string or an array).
    static func types(_ object: [String: Any]) -> [String] {
        if let type = object["@type"] as? String { return [type] }
        return (object["@type"] as? [Any])?.compactMap { $0 as? String } ?? []
    }

    /// The article object: the first whose type is an article or a blog posting, else a web page.
    var article: [String: Any]? {
        let articles = objects.filter { object in
            Self.types(object).contains { $0.hasSuffix("Article") || $0 == "BlogPosting" || $0 == "Report" }
        }
        return articles.max { ($0["articleBody"] as? String)?.count ?? 0 < ($1["articleBody"] as? String)?.count ?? 0 }
            ?? articles.first ?? objects.first { Self.types($0).contains("WebPage") }
    }

    /// A string value of `key` (the first string of an array; the `name`, `url` or `@id` of an object).
    func string(_ object: [String: Any], _ key: String) -> String? {
        Self.firstString(resolved(object[key] as Any), self)
    }

    private static func firstString(_ value: Any, _ data: LinkedData) -> String? {
        if let string = value as? String { return string.isEmpty ? nil : string }
        if let number = value as? NSNumber { return number.stringValue }
        if let array = value as? [Any] {
            for item in array { if let string = firstString(data.resolved(item), data) { return string } }
        }
        if let object = value as? [String: Any] {
            for key in ["name", "url", "contentUrl", "@id"] {
                if let string = object[key] as? String, !string.isEmpty { return string }
            }
        }
        return nil
    }

    /// The names of the article's authors (`author`, or `creator`), objects and references followed.
    func authorNames(_ object: [String: Any]) -> [String] {
        var names: [String] = []
        for key in ["author", "creator"] {
            guard let value = object[key] else { continue }
            let items = (value as? [Any]) ?? [value]
            for item in items {
                let resolved = resolved(item)
                if let name = resolved as? String {
                    names.append(name)
                } else if let person = resolved as? [String: Any], let name = person["name"] as? String {
                    names.append(name)
                }
            }
            if !names.isEmpty { break }
        }
        return names
    }

    /// The keywords, whether an array or one comma-separated string.
    func keywords(_ object: [String: Any]) -> [String] {
        if let list = object["keywords"] as? [Any] { return list.compactMap { $0 as? String } }
        if let text = object["keywords"] as? String {
            return text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        return []
    }
}
