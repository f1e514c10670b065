/// One line of the input, as byte offsets into the decoded buffer.
///
/// The content excludes leading and trailing white space (spaces, tabs, no-break and other
/// Unicode spaces) and the line terminator (`\n`, `\r\n` or `\r`).
struct Line {
    /// Offset of the line's first byte.
    var start: Int
    /// Offset of the first byte of content (after the indentation).
    var contentStart: Int
    /// Offset just past the last byte of content.
    var contentEnd: Int
    /// Width of the indentation: a space counts 1, a tab moves to the next multiple of 4.
    var indent: Int
    /// The 1-based line number.
    var number: Int

    /// Whether the line holds nothing but white space.
    var isBlank: Bool { contentStart >= contentEnd }

    /// The number of content bytes.
    var length: Int { contentEnd - contentStart }
}
