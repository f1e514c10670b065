/// An error from swift-briefing: what went wrong, and where.
///
/// Errors are structs with an open set of codes, so new kinds of error never break a `switch`
/// in code that uses the library. Compare ``code`` with the static codes:
///
/// ```swift
/// do { … } catch let error as BriefingError where error.code == .inputTooLarge { … }
/// ```
///
/// ``description`` has the form compilers use — `path:line:column: error: message` — with the
/// parts that are known.
public struct BriefingError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of error this is.
    public var code: Code
    /// A sentence for people that says what went wrong and, where it helps, what to do.
    public var message: String
    /// The file the error is about, when there is one (`<stdin>` for standard input).
    public var path: String?
    /// The position in the input, when the error has one.
    public var location: SourceLocation?

    /// Creates an error.
    public init(_ code: Code, _ message: String, path: String? = nil, location: SourceLocation? = nil) {
        self.code = code
        self.message = message
        self.path = path
        self.location = location
    }

    /// The same error, about the file at `path`.
    public func at(path: String) -> BriefingError {
        var copy = self
        copy.path = path
        return copy
    }

    /// `path:line:column: error: message`, leaving out what is unknown.
    public var description: String {
        var prefix = ""
        if let path { prefix += path }
        if let location { prefix += (prefix.isEmpty ? "" : ":") + location.description }
        return prefix.isEmpty ? "error: \(message)" : "\(prefix): error: \(message)"
    }
}

extension BriefingError {
    /// The kind of a ``BriefingError``.
    public struct Code: Sendable, Hashable, CustomStringConvertible {
        private enum Base: String, Sendable, Hashable {
            case fileNotFound = "file-not-found"
            case notAFile = "not-a-file"
            case unreadable
            case inputTooLarge = "input-too-large"
            case invalidInput = "invalid-input"
            case unknownFormat = "unknown-format"
            case exportFailed = "export-failed"
            case unwritable
        }

        private let base: Base

        private init(_ base: Base) { self.base = base }

        /// The code's stable name (for example `file-not-found`).
        public var description: String { base.rawValue }

        /// The input file does not exist.
        public static let fileNotFound = Code(.fileNotFound)
        /// The input path names a directory or another thing that is not a regular file.
        public static let notAFile = Code(.notAFile)
        /// The input exists but could not be read.
        public static let unreadable = Code(.unreadable)
        /// The input is larger than the configured limit.
        public static let inputTooLarge = Code(.inputTooLarge)
        /// The input could not be understood at all (for example XML that is not well formed).
        public static let invalidInput = Code(.invalidInput)
        /// No exporter or reader is registered under the requested name.
        public static let unknownFormat = Code(.unknownFormat)
        /// An exporter could not produce its output.
        public static let exportFailed = Code(.exportFailed)
        /// The output could not be written.
        public static let unwritable = Code(.unwritable)
    }
}
