public import BriefingModel

/// Exports a briefing as JSON: deterministic, pretty or compact, versioned, and described by
/// `Schemas/briefing.schema.json`.
///
/// The output decodes back into an equal briefing with ``JSONBriefingReader`` (or with
/// `JSONDecoder`, through the model's `Codable` conformance). Keys are always written in the same
/// order, so the same briefing gives the same bytes:
///
/// ```json
/// {
///   "formatVersion": "1.0",
///   "title": "…", "titleLocation": {"line": 1, "column": 1},
///   "metadata": {"byline": null, "dateline": null, …},
///   "sections": [{"heading": null, "level": 1, "location": null, "blocks": […], "sections": []}, …],
///   "diagnostics": []
/// }
/// ```
///
/// A block has `kind` — `paragraph` (`text`), `list` (`ordered`, `start` when it is not 1 — readers set it
/// only on an ordered list that does not count from 1 — `items`, each with `label`,
/// `text`, `items`), `quote` (`text`, `attribution`, `quotes`), `code` (`text`, `language`),
/// `table` (`headerRowCount`, `rows`, `caption`) or `figure` (`caption`, `source`) — and a
/// `location`. Analysis results (`entities`, `quotes`, `keyphrases`, `summary`, `estimates`,
/// `statistics`, and `custom` for other analysers) appear at the top level when an analyser has
/// filled them.
///
/// The writer streams into a byte buffer instead of going through `JSONEncoder`: it is several
/// times faster and allocates far less, and it never fails (any Unicode is escaped as JSON
/// requires). Both follow the one definition of the JSON shape in the model, so `JSONEncoder` on
/// a briefing gives the same keys in the same order. ``export(_:to:)`` hands the output to a sink in pieces of about 64 KiB, so a large
/// briefing's JSON is never in memory whole.
public struct JSONExporter: BriefingExporter {
    /// How the JSON is laid out.
    public enum Style: Sendable, Hashable {
        /// Indented by two spaces, one member per line (small objects such as locations on one line).
        case pretty
        /// No white space at all.
        case compact
    }

    /// The layout of the output.
    public var style: Style

    /// Creates a JSON exporter.
    public init(style: Style = .pretty) {
        self.style = style
    }

    /// The `json` format.
    public var format: ExportFormat {
        ExportFormat(
            name: "json", fileExtension: "json", mediaType: "application/json",
            summary: "JSON for programs: the outline, metadata, analysis and diagnostics (schema: briefing.schema.json)"
        )
    }

    /// Exports `briefing` as UTF-8 JSON. Never fails.
    ///
    /// - Complexity: O(*n*) in the size of the briefing.
    public func export(_ briefing: Briefing) throws(BriefingError) -> ExportResult {
        ExportResult(bytes: encode(briefing))
    }

    /// The JSON bytes for `briefing`.
    public func encode(_ briefing: Briefing) -> [UInt8] {
        briefing.jsonBytes(pretty: style == .pretty)
    }

    /// The size of the pieces handed to a sink: 64 KiB.
    public static let pieceSize = 1 << 16

    /// Writes `briefing` as JSON into `sink`, in pieces of about ``pieceSize`` bytes.
    ///
    /// - Throws: the sink's error, when a write fails.
    public func export(_ briefing: Briefing, to sink: inout some ExportSink) throws(BriefingError) -> [Diagnostic] {
        let failure = briefing.writeJSON(pretty: style == .pretty, pieceSize: Self.pieceSize) { bytes in
            do throws(BriefingError) {
                try bytes.withSpan { span throws(BriefingError) in try sink.write(span) }
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
        return []
    }
}
