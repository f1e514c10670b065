/// The rows of a GitHub pipe table, recognised in the lines of a paragraph (cmark without the GFM
/// extensions reads a table as a paragraph):
///
/// ```
/// | Name | Score |
/// |:-----|------:|
/// | Ana  | 3     |
/// ```
///
/// A header row, then a delimiter row of cells like `---`, `:--`, `--:` or `:-:` with as many
/// cells, then body rows up to the end of the paragraph. The pipes at the ends of a row are
/// optional, but the header and the delimiter row must each hold one. `\|` is a pipe inside a
/// cell (also inside a code span, as in GFM); a body row is cut or padded to the header's width.
/// Cells are returned raw, with `\|` turned into `|`: their inline markup is for the caller.
enum PipeTable {
    /// A row split into cells, and whether it holds an unescaped pipe.
    struct Row {
        var cells: [[UInt8]]
        var hasPipe: Bool
    }

    /// Splits one line (without its line ending) into trimmed cells.
    static func row(_ line: UnsafeBufferPointer<UInt8>) -> Row {
        var start = 0
        var end = line.count
        while start < end, isSpace(line[start]) { start += 1 }
        while end > start, isSpace(line[end - 1]) { end -= 1 }
        var cells: [[UInt8]] = []
        var cell: [UInt8] = []
        var hasPipe = false
        var index = start
        if index < end, line[index] == UInt8(ascii: "|") {
            hasPipe = true
            index += 1
        }
        var endsWithPipe = false
        while index < end {
            let byte = line[index]
            endsWithPipe = false
            if byte == UInt8(ascii: "\\"), index + 1 < end {
                // `\|` is a pipe in the cell; other escapes are kept for the inline parse.
                if line[index + 1] != UInt8(ascii: "|") { cell.append(byte) }
                cell.append(line[index + 1])
                index += 2
                continue
            }
            if byte == UInt8(ascii: "|") {
                hasPipe = true
                endsWithPipe = true
                cells.append(trimmed(cell))
                cell.removeAll(keepingCapacity: true)
            } else {
                cell.append(byte)
            }
            index += 1
        }
        if !endsWithPipe || cells.isEmpty { cells.append(trimmed(cell)) }
        return Row(cells: cells, hasPipe: hasPipe)
    }

    /// Whether `row` is a delimiter row: a pipe, and every cell `-`s with an optional colon at
    /// either end.
    static func isDelimiter(_ row: Row) -> Bool {
        row.hasPipe
            && row.cells.allSatisfy { cell in
                var body = cell[...]
                if body.first == UInt8(ascii: ":") { body = body.dropFirst() }
                if body.last == UInt8(ascii: ":") { body = body.dropLast() }
                return !body.isEmpty && body.allSatisfy { $0 == UInt8(ascii: "-") }
            }
    }

    /// The table in `lines`: the index of its header line and its rows (the header first), each
    /// as wide as the header; `nil` when no line is followed by a matching delimiter row.
    static func recognise(_ lines: [UnsafeBufferPointer<UInt8>]) -> (headerLine: Int, rows: [[[UInt8]]])? {
        guard lines.count >= 2 else { return nil }
        var previous = row(lines[0])
        for index in 1..<lines.count {
            let current = row(lines[index])
            if previous.hasPipe, isDelimiter(current), current.cells.count == previous.cells.count {
                let width = previous.cells.count
                var rows = [previous.cells]
                for line in lines[(index + 1)...] {
                    var cells = row(line).cells
                    if cells.count > width { cells.removeLast(cells.count - width) }
                    while cells.count < width { cells.append([]) }
                    rows.append(cells)
                }
                return (index - 1, rows)
            }
            previous = current
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    private static func trimmed(_ cell: [UInt8]) -> [UInt8] {
        guard let first = cell.firstIndex(where: { !isSpace($0) }), let last = cell.lastIndex(where: { !isSpace($0) })
        else { return [] }
        return Array(cell[first...last])
    }
}
