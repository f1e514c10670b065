/// One problem found when checking XML: libxml2's message and where it was found.
public struct XMLValidationIssue: Sendable, Hashable, CustomStringConvertible {
    /// libxml2's message, without a trailing newline.
    public var message: String
    /// The 1-based line, when libxml2 gave one.
    public var line: Int?
    /// The 1-based column, when libxml2 gave one.
    public var column: Int?

    /// Creates an issue.
    public init(message: String, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.line = line
        self.column = column
    }

    /// `line:column: message`, or just the message without a position.
    public var description: String {
        switch (line, column) {
        case (let line?, let column?): "\(line):\(column): \(message)"
        case (let line?, nil): "\(line): \(message)"
        default: message
        }
    }
}
