/// A byte buffer that JSON is written into, with escaping and pretty-printing.
///
/// Keeps track of nesting and commas so that callers write keys and values in order and
/// always get well-formed JSON. Strings are escaped in one pass over their UTF-8 bytes,
/// copying unescaped runs in bulk.
struct JSONOutput {
    private(set) var bytes: [UInt8] = []
    let pretty: Bool
    private var depth = 0
    /// Whether the container being written has no element yet.
    private var isFirst = true
    /// Whether the current container is written on one line even in pretty mode.
    private var inlineDepth = 0

    init(pretty: Bool, capacity: Int = 4096) {
        self.pretty = pretty
        bytes.reserveCapacity(capacity)
    }

    // MARK: Containers

    mutating func beginObject(inline: Bool = false) {
        beginContainer(UInt8(ascii: "{"), inline: inline)
    }

    mutating func endObject() {
        endContainer(UInt8(ascii: "}"))
    }

    mutating func beginArray() {
        beginContainer(UInt8(ascii: "["), inline: false)
    }

    mutating func endArray() {
        endContainer(UInt8(ascii: "]"))
    }

    private mutating func beginContainer(_ open: UInt8, inline: Bool) {
        bytes.append(open)
        depth += 1
        if inline || inlineDepth > 0 { inlineDepth += 1 }
        isFirst = true
    }

    private mutating func endContainer(_ close: UInt8) {
        depth -= 1
        let wasInline = inlineDepth > 0
        if wasInline { inlineDepth -= 1 }
        if pretty && !isFirst && !wasInline { newline() }
        bytes.append(close)
        isFirst = false
    }

    /// Writes the separator before the next element of an array.
    mutating func element() {
        separator()
    }

    /// Writes the separator and the key of the next member of an object.
    mutating func key(_ name: StaticString) {
        separator()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
    }

    private mutating func separator() {
        if !isFirst { bytes.append(UInt8(ascii: ",")) }
        if pretty {
            if inlineDepth > 0 {
                if !isFirst { bytes.append(UInt8(ascii: " ")) }
            } else {
                newline()
            }
        }
        isFirst = false
    }

    private mutating func newline() {
        bytes.append(0x0A)
        for _ in 0..<depth {
            bytes.append(0x20)
            bytes.append(0x20)
        }
    }

    // MARK: Values

    mutating func null() {
        append("null")
    }

    mutating func bool(_ value: Bool) {
        append(value ? "true" : "false")
    }

    mutating func int(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var divisor: UInt = 1
        while magnitude / divisor >= 10 { divisor *= 10 }
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        } while divisor > 0
    }

    /// Writes a finite double in its shortest round-tripping form; a non-finite one as `null`.
    mutating func double(_ value: Double) {
        guard value.isFinite else { return null() }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    mutating func string(_ value: String?) {
        guard var text = value else { return null() }
        text.withUTF8 { appendEscaped($0) }
    }

    private mutating func append(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends `text` as a JSON string: `"` and `\` escaped, control characters as `\n`, `\t`… or
    /// `\u00XX`, and U+2028/U+2029 as `\u2028`/`\u2029` (valid JSON, but not valid JavaScript raw).
    private mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        bytes.append(UInt8(ascii: "\""))
        var runStart = 0
        var index = 0
        let count = text.count
        while index < count {
            let byte = text[index]
            let escape: StaticString?
            var skip = 1
            switch byte {
            case UInt8(ascii: "\""): escape = "\\\""
            case UInt8(ascii: "\\"): escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x08: escape = "\\b"
            case 0x0C: escape = "\\f"
            case 0x00..<0x20: escape = nil
            case 0xE2
            where index + 2 < count && text[index + 1] == 0x80 && (text[index + 2] == 0xA8 || text[index + 2] == 0xA9):
                escape = text[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                skip = 3
            default:
                index += 1
                continue
            }
            if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index])) }
            if let escape {
                append(escape)
            } else {
                let hex: StaticString = "0123456789abcdef"
                hex.withUTF8Buffer { digits in
                    bytes.append(contentsOf: [
                        UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                        digits[Int(byte >> 4)], digits[Int(byte & 0xF)],
                    ])
                }
            }
            index += skip
            runStart = index
        }
        if runStart < count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<count])) }
        bytes.append(UInt8(ascii: "\""))
    }
}
