import BriefingModel

/// YAML front matter at the start of a Markdown document: `---`, `key: value` lines, `---` (or `...`).
///
/// Only the subset of YAML that front matter uses is read: top-level `key: value` pairs whose
/// values are plain, `'single'`- or `"double"`-quoted scalars, `[flow, lists]`, block lists of
/// `- item` lines, or nothing (null). Other lines are reported and passed over.
struct FrontMatter {
    /// A value of the subset.
    enum Value: Equatable {
        case null
        case string(String)
        case list([String])

        /// The value as one string (a list's items joined by `, `), or `nil` for null.
        var string: String? {
            switch self {
            case .null: nil
            case .string(let text): text
            case .list(let items): items.isEmpty ? nil : items.joined(separator: ", ")
            }
        }

        /// The value as a list: a list's items, or a string's comma-separated parts.
        var list: [String] {
            switch self {
            case .null: []
            case .string(let text):
                text.split(separator: ",").map { String(trimmed($0)) }.filter { !$0.isEmpty }
            case .list(let items): items
            }
        }
    }

    /// The pairs, in order.
    private(set) var fields: [(key: String, value: Value)] = []
    /// Lines that could not be read.
    private(set) var diagnostics: [Diagnostic] = []
    /// The offset of the first byte after the closing line.
    let bodyStart: Int
    /// How many lines the front matter takes, closing line included.
    let lineCount: Int

    /// The value of `key`, if the front matter has it.
    subscript(key: String) -> Value? {
        fields.first { $0.key == key }?.value
    }

    /// Reads front matter at the start of `bytes`, if there is some. An opening `---` line with no
    /// closing line is not front matter: a diagnostic says so and `nil` is returned.
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, diagnostics: inout [Diagnostic]) -> FrontMatter? {
        var lines = LineIterator(bytes)
        guard let first = lines.next(), isFence(bytes, first, closing: false) else { return nil }
        var body: [Range<Int>] = []
        // Front matter is short: an opening line with no closing line in the first 64 KiB is not front matter.
        while lines.position <= 1 << 16, let line = lines.next() {
            if isFence(bytes, line, closing: true) {
                return FrontMatter(bytes, lines: body, bodyStart: lines.position, lineCount: body.count + 2)
            }
            body.append(line)
        }
        diagnostics.append(
            Diagnostic(
                code: .frontMatter,
                message: "the opening '---' of front matter has no closing '---' line in the first 64 KiB; "
                    + "it is read as Markdown",
                location: SourceLocation(line: 1, column: 1)))
        return nil
    }

    private init(_ bytes: UnsafeBufferPointer<UInt8>, lines: [Range<Int>], bodyStart: Int, lineCount: Int) {
        self.bodyStart = bodyStart
        self.lineCount = lineCount
        var pendingList: (key: String, items: [String])?
        func finishList() {
            if let pending = pendingList {
                fields.append((pending.key, pending.items.isEmpty ? .null : .list(pending.items)))
                pendingList = nil
            }
        }
        for (index, range) in lines.enumerated() {
            // U+0000 becomes U+FFFD, as cmark makes it in the body.
            let line = String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
                .replacing("\u{0}", with: "\u{FFFD}")
            let content = trimmed(Substring(line))
            if content.isEmpty || content.hasPrefix("#") { continue }
            if pendingList != nil, content.hasPrefix("-"), content == "-" || content.hasPrefix("- ") {
                if let item = Self.scalar(trimmed(content.dropFirst())) {
                    pendingList?.items.append(item)
                }
                continue
            }
            finishList()
            if line.first != " ", line.first != "\t", let colon = Self.keyColon(line) {
                let key = String(line[..<colon])
                let rest = trimmed(line[line.index(after: colon)...])
                if rest.isEmpty {
                    pendingList = (key, [])
                } else if let value = Self.value(rest) {
                    fields.append((key, value))
                } else {
                    unread(index, "the value of '\(key)' is not a YAML scalar or list this reader knows")
                }
                continue
            }
            unread(index, "the line is not a 'key: value' pair")
        }
        finishList()
    }

    private mutating func unread(_ index: Int, _ reason: String) {
        diagnostics.append(
            Diagnostic(
                code: .frontMatter, message: "front matter line \(index + 2) was passed over: \(reason)",
                location: SourceLocation(line: index + 2, column: 1)))
    }

    /// The colon ending a key (`[A-Za-z0-9_-]+`, then `:` and a space or the end), if any.
    private static func keyColon(_ line: String) -> String.Index? {
        guard let colon = line.firstIndex(of: ":"), colon > line.startIndex else { return nil }
        let key = line[..<colon]
        guard
            key.unicodeScalars.allSatisfy({
                $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-"
            })
        else { return nil }
        let after = line.index(after: colon)
        guard after == line.endIndex || line[after] == " " || line[after] == "\t" else { return nil }
        return colon
    }

    private static func value(_ text: Substring) -> Value? {
        if text == "~" || text == "null" || text == "Null" || text == "NULL" { return .null }
        if text.unicodeScalars.first == "[" {
            guard text.unicodeScalars.last == "]" else { return nil }
            var items: [String] = []
            var rest = Substring(text.unicodeScalars.dropFirst().dropLast())
            while !trimmed(rest).isEmpty {
                rest = trimmed(rest)[...]
                let end = itemEnd(rest)
                guard let item = scalar(trimmed(rest[..<end])) else { return nil }
                items.append(item)
                rest = end < rest.endIndex ? rest[rest.index(after: end)...] : ""
            }
            return .list(items)
        }
        return scalar(text).map(Value.string)
    }

    /// The end of a flow-list item: the next comma outside quotes.
    private static func itemEnd(_ text: Substring) -> Substring.Index {
        var quote: Character?
        var index = text.startIndex
        var escaped = false
        while index < text.endIndex {
            let character = text[index]
            if let open = quote {
                if escaped {
                    escaped = false
                } else if open == "\"" && character == "\\" {
                    escaped = true
                } else if character == open {
                    quote = nil
                }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "," {
                return index
            }
            index = text.index(after: index)
        }
        return text.endIndex
    }

    /// A plain, single-quoted or double-quoted scalar, or `nil` when a quoted one is not closed.
    /// (Quotes are looked for among scalars, not characters: a quote followed by a combining mark
    /// is one character.)
    static func scalar(_ text: Substring) -> String? {
        let scalars = text.unicodeScalars
        if scalars.first == "\"" { return doubleQuoted(Substring(scalars.dropFirst())) }
        if scalars.first == "'" {
            guard scalars.count >= 2, scalars.last == "'" else { return nil }
            return String(Substring(scalars.dropFirst().dropLast())).replacing("''", with: "'")
        }
        // A plain scalar ends before ` #` (a comment).
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let next = scalars.index(after: index)
            if scalars[index] == " ", next < scalars.endIndex, scalars[next] == "#" {
                return String(trimmed(Substring(scalars[..<index])))
            }
            index = next
        }
        return String(text)
    }

    private static func doubleQuoted(_ text: Substring) -> String? {
        var result = ""
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.popFirst() {
            if scalar == "\"" { return scalars.allSatisfy({ $0 == " " || $0 == "\t" }) ? result : nil }
            guard scalar == "\\" else {
                result.unicodeScalars.append(scalar)
                continue
            }
            guard let escape = scalars.popFirst() else { return nil }
            switch escape {
            case "n": result += "\n"
            case "t": result += "\t"
            case "r": result += "\r"
            case "0": result += "\u{0}"
            case "\\", "\"", "/": result.unicodeScalars.append(escape)
            case "x", "u", "U":
                let digits = escape == "x" ? 2 : escape == "u" ? 4 : 8
                guard scalars.count >= digits,
                    let value = UInt32(String(String.UnicodeScalarView(scalars.prefix(digits))), radix: 16),
                    let decoded = Unicode.Scalar(value)
                else { return nil }
                result.unicodeScalars.append(decoded)
                scalars = scalars.dropFirst(digits)
            default: return nil
            }
        }
        return nil
    }

    private static func isFence(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, closing: Bool) -> Bool {
        var end = line.upperBound
        while end > line.lowerBound, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        guard end - line.lowerBound == 3 else { return false }
        let marks = (bytes[line.lowerBound], bytes[line.lowerBound + 1], bytes[line.lowerBound + 2])
        return marks == (0x2D, 0x2D, 0x2D) || (closing && marks == (0x2E, 0x2E, 0x2E))
    }

    /// Lines of the input, without their `\n`, `\r\n` or `\r`.
    private struct LineIterator {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        mutating func next() -> Range<Int>? {
            guard position < bytes.count else { return nil }
            let start = position
            while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            let end = position
            if position < bytes.count {
                if bytes[position] == 0x0D, position + 1 < bytes.count, bytes[position + 1] == 0x0A { position += 1 }
                position += 1
            }
            return start..<end
        }
    }
}

/// `text` without spaces and tabs at either end (scalars, so that a combining mark after a space stays).
func trimmed(_ text: Substring) -> Substring {
    var scalars = text.unicodeScalars
    while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
    while let last = scalars.last, last == " " || last == "\t" { scalars.removeLast() }
    return Substring(scalars)
}
