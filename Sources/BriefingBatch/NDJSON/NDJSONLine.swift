import BriefingJSON
public import BriefingModel

/// The lines of the NDJSON output contract: one JSON object a line, each naming its input by `id`.
///
/// A briefing is `{"id": …, <the briefing's members>}` — the briefing in the JSON format
/// (`Schemas/briefing.schema.json`), compact, with `id` as its first member. A document that failed
/// is `{"id": …, "error": {"code": …, "message": …}}`. `id` is `null` only for an input line that
/// had none. Each line ends with a line feed and holds no other.
///
/// The id is put in without parsing the briefing's JSON again: the line starts with `{"id":…,`
/// and the JSON exporter's output follows from after its opening brace.
public enum NDJSONLine {
    /// The line for a briefing.
    public static func success(id: String?, briefing: Briefing) -> [UInt8] {
        var sink = LineSink(prefix: prefix(id: id))
        // The JSON exporter never fails, and this sink does not either.
        _ = try? JSONExporter(style: .compact).export(briefing, to: &sink)
        sink.bytes.append(0x0A)
        return sink.bytes
    }

    /// The line for a document that failed.
    public static func failure(id: String?, error: BriefingError) -> [UInt8] {
        var line = prefix(id: id)
        line += Array(#""error":{"code":"#.utf8)
        appendString(error.code.rawValue, to: &line)
        line += Array(#","message":"#.utf8)
        appendString(error.location.map { "\($0): \(error.message)" } ?? error.message, to: &line)
        line += Array("}}\n".utf8)
        return line
    }

    /// `{"id":"…",` (or `{"id":null,`).
    private static func prefix(id: String?) -> [UInt8] {
        var prefix = Array(#"{"id":"#.utf8)
        if let id { appendString(id, to: &prefix) } else { prefix += Array("null".utf8) }
        prefix.append(UInt8(ascii: ","))
        return prefix
    }

    /// Appends `text` as a JSON string, escaped as the JSON exporter escapes: quotation marks,
    /// backslashes, control characters, and U+2028 and U+2029.
    private static func appendString(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        defer { bytes.append(UInt8(ascii: "\"")) }
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0xE2 }) {
            bytes += text.utf8
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": bytes += Array(#"\""#.utf8)
            case "\\": bytes += Array(#"\\"#.utf8)
            case "\n": bytes += Array(#"\n"#.utf8)
            case "\r": bytes += Array(#"\r"#.utf8)
            case "\t": bytes += Array(#"\t"#.utf8)
            case "\u{8}": bytes += Array(#"\b"#.utf8)
            case "\u{C}": bytes += Array(#"\f"#.utf8)
            case "\u{0}"..."\u{1F}", "\u{2028}", "\u{2029}":
                let hex = String(scalar.value, radix: 16)
                bytes += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default:
                bytes += String(scalar).utf8
            }
        }
    }

    /// Collects an exporter's JSON after a prefix, leaving out the JSON's opening brace.
    private struct LineSink: ExportSink {
        var bytes: [UInt8]
        private var skippedBrace = false

        init(prefix: [UInt8]) {
            bytes = prefix
            bytes.reserveCapacity(16 * 1024)
        }

        mutating func write(_ piece: RawSpan) throws(BriefingError) {
            piece.withUnsafeBytes { buffer in
                var rest = buffer[...]
                if !skippedBrace, let first = rest.first {
                    precondition(first == UInt8(ascii: "{"), "a briefing's JSON is an object")
                    rest = rest.dropFirst()
                    skippedBrace = true
                }
                bytes.append(contentsOf: rest)
            }
        }
    }
}
