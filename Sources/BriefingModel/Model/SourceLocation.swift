/// A position in the input a briefing was read from.
///
/// Lines and columns are 1-based. A column counts Unicode scalars from the start of the line
/// (a tab counts as one), which is what most editors show for text without combining marks.
/// A UTF-8 byte-order mark at the start of the input is not counted.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    // Stored in 32 bits each — a briefing holds a location per block, and a large article has
    // hundreds of thousands — and clamped to that range.
    private var storedLine: UInt32
    private var storedColumn: UInt32

    /// The 1-based line number (at most 4 294 967 295).
    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = UInt32(clamping: newValue) }
    }

    /// The 1-based column, in Unicode scalars from the start of the line (at most 4 294 967 295).
    public var column: Int {
        get { Int(storedColumn) }
        set { storedColumn = UInt32(clamping: newValue) }
    }

    /// Creates a location from a 1-based line and column.
    public init(line: Int, column: Int) {
        storedLine = UInt32(clamping: line)
        storedColumn = UInt32(clamping: column)
    }

    private enum CodingKeys: String, CodingKey {
        case line, column
    }

    /// Decodes `{"line": L, "column": C}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            line: try container.decode(Int.self, forKey: .line), column: try container.decode(Int.self, forKey: .column)
        )
    }

    /// `line:column`, the form compilers and editors print.
    public var description: String { "\(line):\(column)" }

    /// Orders locations by line, then by column.
    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
