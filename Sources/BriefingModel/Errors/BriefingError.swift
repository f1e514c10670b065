/// An error from swift-briefing: what went wrong, and where in the input.
///
/// Errors are structs with an open set of codes, so new kinds of error never break a `switch`
/// in code that uses the library. Compare ``code`` with the static codes:
///
/// ```swift
/// do { … } catch let error as BriefingError where error.code == .inputTooLarge { … }
/// ```
///
/// An error is about the bytes a reader, analyser or exporter was given; which file (or record)
/// those bytes came from is known to the code that read them, which prefixes it when it reports
/// the error. ``description`` has the form compilers use after the file name —
/// `line:column: error: message` — with the parts that are known.
public struct BriefingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of error this is.
    public var code: Code
    /// A sentence for people that says what went wrong and, where it helps, what to do.
    public var message: String
    /// The position in the input, when the error has one.
    public var location: SourceLocation?

    /// Creates an error.
    public init(_ code: Code, _ message: String, location: SourceLocation? = nil) {
        self.code = code
        self.message = message
        self.location = location
    }

    /// `line:column: error: message`, or `error: message` when there is no position.
    public var description: String {
        guard let location else { return "error: \(message)" }
        return "\(location): error: \(message)"
    }
}

extension BriefingError {
    /// The kind of a ``BriefingError``: a stable, machine-readable identifier.
    ///
    /// Codes are open, like ``Diagnostic/Code``: a package that adds a reader, analyser or
    /// exporter defines its own with `BriefingError.Code("my-code")`. The ones below are those
    /// the libraries of swift-briefing throw; tools that read files add their own (the batch
    /// library's `file-not-found`, say).
    public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible, ExpressibleByStringLiteral {
        /// The identifier, in kebab case (for example `input-too-large`).
        public var rawValue: String

        /// Creates a code from its identifier.
        public init(rawValue: String) { self.rawValue = rawValue }

        /// Creates a code from its identifier.
        public init(_ rawValue: String) { self.rawValue = rawValue }

        /// Creates a code from a string literal.
        public init(stringLiteral value: String) { self.rawValue = value }

        /// The identifier.
        public var description: String { rawValue }

        /// The input is larger than the configured limit.
        public static let inputTooLarge: Code = "input-too-large"
        /// The input could not be understood at all (for example XML that is not well formed).
        public static let invalidInput: Code = "invalid-input"
        /// No exporter or reader is registered under the requested name.
        public static let unknownFormat: Code = "unknown-format"
        /// An exporter could not produce its output.
        public static let exportFailed: Code = "export-failed"
        /// The output could not be written (an ``ExportSink`` failed).
        public static let unwritable: Code = "unwritable"
        /// The work was stopped before it finished (a time limit, or the task was cancelled).
        public static let cancelled: Code = "cancelled"
    }
}
