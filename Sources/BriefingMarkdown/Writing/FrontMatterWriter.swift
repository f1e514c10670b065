import BriefingModel

/// Writes YAML front matter: `---`, `key: "value"` lines and block lists, `---`. Every string is
/// double-quoted with YAML's escapes, so any text reads back as itself.
struct FrontMatterWriter {
    private(set) var text = "---\n"

    /// `key: "value"`, or `key: ~` for `nil`.
    mutating func add(_ key: String, _ value: String?) {
        text += key + ": " + (value.map(Self.quoted) ?? "~") + "\n"
    }

    /// `key:` then a `- "item"` line each; nothing when there are no items.
    mutating func add(_ key: String, _ items: [String]) {
        guard !items.isEmpty else { return }
        text += key + ":\n"
        for item in items { text += "  - " + Self.quoted(item) + "\n" }
    }

    mutating func finish() -> String {
        text + "---\n"
    }

    /// `"text"` with YAML's escapes for `"`, `\` and every character YAML does not print.
    static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\t": output += "\\t"
            default:
                let value = scalar.value
                let printable =
                    (0x20...0x7E).contains(value) || (0xA0...0xD7FF).contains(value)
                    || (0xE000...0xFFFD).contains(value) || value >= 0x10000
                if printable && value != 0xFEFF && value != 0x2028 && value != 0x2029 {
                    output.unicodeScalars.append(scalar)
                } else {
                    let hex = String(value, radix: 16, uppercase: true)
                    output += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
                }
            }
        }
        return output + "\""
    }
}
