/// Something a reader, analyser or exporter had to repair, guess or report about its input.
///
/// Diagnostics never stop the work: a briefing with diagnostics is still a complete,
/// best-effort result. Each one says what happened and, where the input has a position, where.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How serious a diagnostic is.
    public enum Severity: String, Sendable, Hashable, Codable, CaseIterable {
        /// Information: the input was understood, and this says how.
        case note
        /// The input was repaired or a guess was made; the result may differ from what the author meant.
        case warning
    }

    /// How serious the diagnostic is.
    public var severity: Severity
    /// A stable, machine-readable identifier of what happened (for example `invalid-utf8`).
    public var code: Code
    /// A sentence for people: what happened, and what was done about it.
    public var message: String
    /// Where in the input it happened, when there is such a place.
    public var location: SourceLocation?

    /// Creates a diagnostic.
    public init(severity: Severity = .warning, code: Code, message: String, location: SourceLocation? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
    }

    /// `line:column: warning: message [code]`, or without the position when there is none.
    public var description: String {
        let position = location.map { "\($0): " } ?? ""
        return "\(position)\(severity.rawValue): \(message) [\(code)]"
    }
}

extension Diagnostic {
    /// A stable identifier for a kind of diagnostic.
    ///
    /// Codes are open: a package that adds a reader, analyser or exporter defines its own with
    /// `Diagnostic.Code("my-code")`. The ones below are those swift-briefing itself emits.
    public struct Code: RawRepresentable, Sendable, Hashable, Codable, CustomStringConvertible,
        ExpressibleByStringLiteral
    {
        /// The identifier, in kebab case.
        public var rawValue: String

        /// Creates a code from its identifier.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// Creates a code from its identifier.
        public init(_ rawValue: String) { self.rawValue = rawValue }

        /// Creates a code from a string literal.
        public init(stringLiteral value: String) { self.rawValue = value }

        /// Decodes a code from a single string.
        public init(from decoder: any Decoder) throws {
            rawValue = try decoder.singleValueContainer().decode(String.self)
        }

        /// Encodes a code as a single string.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(rawValue)
        }

        /// The identifier.
        public var description: String { rawValue }

        /// The input had nothing but white space, so the briefing is empty.
        public static let emptyInput: Code = "empty-input"
        /// Bytes that are not UTF-8 were replaced with U+FFFD.
        public static let invalidUTF8: Code = "invalid-utf8"
        /// The input was UTF-16 with a byte-order mark and was transcoded.
        public static let transcodedUTF16: Code = "transcoded-utf16"
        /// The input holds control characters, which were kept as they are.
        public static let controlCharacters: Code = "control-characters"
        /// Lists or quotes nested deeper than ``Briefing/maximumNestingDepth``; deeper content was kept at the cap.
        public static let nestingTooDeep: Code = "nesting-too-deep"
        /// A line was recognised as a byline and recorded in the metadata.
        public static let byline: Code = "byline"
        /// A dateline was recognised and recorded in the metadata.
        public static let dateline: Code = "dateline"
        /// No line could be taken for the title.
        public static let noTitle: Code = "no-title"
        /// A character that the output format cannot carry was replaced with U+FFFD.
        public static let replacedCharacter: Code = "replaced-character"
        /// A block the output format has no form for (a table in plain text, say) was written as
        /// one it has, keeping its text.
        public static let flattenedBlock: Code = "flattened-block"
    }
}
