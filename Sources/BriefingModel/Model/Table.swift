/// A table: rows of cells, the first ``headerRowCount`` of them headings.
///
/// Readers make one from an HTML `<table>` of data, a Markdown table or a run of aligned lines in
/// plain text (sports results, standings, prices). Cells hold their text on one line; a row may
/// have fewer cells than another.
public struct Table: Sendable, Hashable, Codable {
    /// The rows, in order, each a list of cells.
    public var rows: [[String]]
    /// How many of the first rows are header rows (0 when the table has none).
    public var headerRowCount: Int
    /// The table's caption, when it has one.
    public var caption: String?
    /// Where the table starts in the input.
    public var location: SourceLocation

    /// The table as text, for readers that want a table's words with the rest of the body: the
    /// caption and each row on a line of its own, cells separated by tabs. Derived from the cells
    /// (exports write it; readers do not read it back).
    public var text: String {
        ((caption.map { [$0] } ?? []) + rows.map { $0.joined(separator: "\t") }).joined(separator: "\n")
    }

    /// Creates a table.
    public init(rows: [[String]], headerRowCount: Int = 0, caption: String? = nil, location: SourceLocation) {
        self.rows = rows
        self.headerRowCount = headerRowCount
        self.caption = caption
        self.location = location
    }
}
