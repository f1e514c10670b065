/// One line of the input, as byte offsets into the decoded buffer.
///
/// The content excludes leading and trailing white space (spaces, tabs, no-break and other
/// Unicode spaces) and the line terminator (`\n`, `\r\n` or `\r`). Offsets are stored in 32 bits
/// (the reader refuses input over 4 GiB) so that a line takes 20 bytes: a 50 MB article has
/// three quarters of a million of them.
struct Line {
    private var storedStart: UInt32
    private var storedContentStart: UInt32
    private var storedContentEnd: UInt32
    private var storedNumber: UInt32
    private var storedIndent: UInt32

    init(start: Int, contentStart: Int, contentEnd: Int, indent: Int, number: Int) {
        storedStart = UInt32(truncatingIfNeeded: start)
        storedContentStart = UInt32(truncatingIfNeeded: contentStart)
        storedContentEnd = UInt32(truncatingIfNeeded: contentEnd)
        storedIndent = UInt32(clamping: indent)
        storedNumber = UInt32(clamping: number)
    }

    /// Offset of the line's first byte.
    var start: Int { Int(storedStart) }
    /// Offset of the first byte of content (after the indentation).
    var contentStart: Int { Int(storedContentStart) }
    /// Offset just past the last byte of content.
    var contentEnd: Int { Int(storedContentEnd) }
    /// Width of the indentation: a space counts 1, a tab moves to the next multiple of 4.
    var indent: Int { Int(storedIndent) }
    /// The 1-based line number.
    var number: Int { Int(storedNumber) }

    /// Whether the line holds nothing but white space.
    var isBlank: Bool { storedContentStart >= storedContentEnd }

    /// The number of content bytes.
    var length: Int { Int(storedContentEnd &- storedContentStart) }
}
