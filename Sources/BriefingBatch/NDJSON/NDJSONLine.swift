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
        var output = JSONOutput(pretty: false)
        output.beginObject(inline: false)
        output.key("id")
        if let id { output.string(id) } else { output.null() }
        output.key("error")
        output.beginObject(inline: false)
        output.key("code")
        output.string(error.code.rawValue)
        output.key("message")
        output.string(error.location.map { "\($0): \(error.message)" } ?? error.message)
        output.endObject()
        output.endObject()
        var line = output.buffer.array
        line.append(0x0A)
        return line
    }

    /// `{"id":"…",` (or `{"id":null,`).
    private static func prefix(id: String?) -> [UInt8] {
        var output = JSONOutput(pretty: false)
        output.beginObject(inline: false)
        output.key("id")
        if let id { output.string(id) } else { output.null() }
        var prefix = output.buffer.array
        prefix.append(UInt8(ascii: ","))
        return prefix
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
