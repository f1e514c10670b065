/// The lines of the Markdown body by number, for a reader that asks for them in order: it moves
/// forward only, so all the lines asked for cost one pass over the body. Lines end at `\n`, `\r`
/// or `\r\n`, as in CommonMark (and so as in cmark's line numbers).
struct LineCursor {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var line = 1
    private var offset = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Lines `first` through `last` (1-based), without their line endings; fewer at the end of
    /// the body. Asking for a line before one already passed starts again from the top.
    mutating func lines(_ first: Int, through last: Int) -> [UnsafeBufferPointer<UInt8>] {
        if first < line {
            line = 1
            offset = 0
        }
        while line < first, offset < bytes.count { _ = nextLine() }
        var result: [UnsafeBufferPointer<UInt8>] = []
        while line <= last, offset < bytes.count { result.append(nextLine()) }
        return result
    }

    /// The line at the cursor; the cursor moves past it and its ending.
    private mutating func nextLine() -> UnsafeBufferPointer<UInt8> {
        let start = offset
        var end = start
        while end < bytes.count, bytes[end] != 0x0A, bytes[end] != 0x0D { end += 1 }
        offset = end
        if offset < bytes.count {
            offset += bytes[offset] == 0x0D && offset + 1 < bytes.count && bytes[offset + 1] == 0x0A ? 2 : 1
        }
        line += 1
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }
}
