import BriefingModel

/// Groups lines into raw blocks: runs of text, lists, quotes, tables, marked headings and separators.
///
/// One pass over the lines, one block at a time (``next()``); each line is looked at a small,
/// fixed number of times.
struct BlockScanner {
    let source: SourceText
    var diagnostics: [Diagnostic] = []
    private var index = 0

    init(source: SourceText) {
        self.source = source
    }

    /// Whether any line marks a heading: `## Heading`, or a line of text underlined with `===` or `---`.
    static func hasMarkedHeadings(_ source: SourceText) -> Bool {
        let lines = source.lines
        for (position, line) in lines.enumerated() where !line.isBlank {
            let first = source.bytes[line.contentStart]
            if first == UInt8(ascii: "#"), LineForms.atxHeading(source, line) != nil { return true }
            if first == UInt8(ascii: "=") || first == UInt8(ascii: "-"), position > 0,
                LineForms.setextLevel(source, line) != nil
            {
                // An underline counts under a text line that stands alone (a blank line or the start above it).
                let above = lines[position - 1]
                let standsAlone = position == 1 || lines[position - 2].isBlank
                if !above.isBlank && standsAlone && ListMarker.recognise(source, above) == nil
                    && !LineForms.isQuoteLine(source, above) && LineForms.atxHeading(source, above) == nil
                    && !LineForms.isSeparator(source, above)
                {
                    return true
                }
            }
        }
        return false
    }

    /// The next block, or `nil` at the end of the input.
    mutating func next() -> RawBlock? {
        let lines = source.lines
        while index < lines.count {
            let line = lines[index]
            if line.isBlank {
                index += 1
                continue
            }
            if LineForms.isQuoteLine(source, line) {
                var builder = QuoteBuilder(source: source)
                let quote = builder.build(from: &index)
                diagnostics += builder.diagnostics
                return .quote(quote)
            }
            if let heading = LineForms.atxHeading(source, line) {
                index += 1
                return .markedHeading(
                    text: source.slice(heading.text.lowerBound, heading.text.upperBound), level: heading.level,
                    location: source.location(of: line))
            }
            if LineForms.isSeparator(source, line) {
                index += 1
                return .separator
            }
            if let marker = ListMarker.recognise(source, line) {
                var builder = ListBuilder(source: source, firstMarker: marker)
                let list = builder.build(from: &index)
                diagnostics += builder.diagnostics
                return .list(list)
            }
            if startsTable(at: index) { return .table(scanTable(from: &index)) }
            return scanText(from: &index)
        }
        return nil
    }

    /// Collects a run of text lines, stopping at a blank line or at a line that starts another
    /// kind of block. A single line underlined with `===` or `---` becomes a marked heading.
    private func scanText(from index: inout Int) -> RawBlock {
        let lines = source.lines
        let first = index
        index += 1
        while index < lines.count {
            let line = lines[index]
            if line.isBlank { break }
            if index == first + 1, let level = LineForms.setextLevel(source, line) {
                let heading = lines[first]
                index += 1
                return .markedHeading(
                    text: source.slice(heading.contentStart, heading.contentEnd), level: level,
                    location: source.location(of: heading))
            }
            if LineForms.isQuoteLine(source, line) || LineForms.atxHeading(source, line) != nil
                || LineForms.isSeparator(source, line)
            {
                break
            }
            if let marker = ListMarker.recognise(source, line), marker.canInterruptParagraph { break }
            if startsTable(at: index) { break }
            index += 1
        }
        return .text(TextRun(first: first, end: index))
    }

    // MARK: Tables

    /// The index of the first non-blank line after `index`, if any.
    private func nonBlank(after index: Int) -> Int? {
        var next = index + 1
        while next < source.lines.count {
            if !source.lines[next].isBlank { return next }
            next += 1
        }
        return nil
    }

    /// Whether the line at `index` is a row (see ``TabularLine``) that starts no other block, and
    /// whether it is a strong one.
    private func row(_ index: Int) -> (isRow: Bool, isStrong: Bool) {
        let line = source.lines[index]
        guard let shape = TabularLine.shape(source, line), shape.isWeakRow,
            ListMarker.recognise(source, line) == nil, !LineForms.isQuoteLine(source, line)
        else { return (false, false) }
        return (true, shape.isRow)
    }

    /// Whether a table starts at the line at `index`: two strong rows or three rows, blank lines
    /// allowed between them, or a header line (`W D L PCT GB`) over such rows.
    private func startsTable(at index: Int) -> Bool {
        guard let shape = TabularLine.shape(source, source.lines[index]) else { return false }
        var first = index
        if !shape.isWeakRow {
            guard shape.isHeader, let next = nonBlank(after: index) else { return false }
            first = next
        }
        let firstRow = row(first)
        guard firstRow.isRow, let second = nonBlank(after: first) else { return false }
        let secondRow = row(second)
        guard secondRow.isRow else { return false }
        if firstRow.isStrong && secondRow.isStrong { return true }
        guard let third = nonBlank(after: second) else { return false }
        return row(third).isRow
    }

    /// Collects the table that starts at `index` (see ``startsTable(at:)``): its header line, if
    /// any, then every row up to the first line that is not one. A header with one cell fewer
    /// than the first row heads its number columns (the first column, names, has no heading).
    private func scanTable(from index: inout Int) -> Table {
        let lines = source.lines
        let location = source.location(of: lines[index])
        var rows: [[String]] = []
        var headerRowCount = 0
        if !row(index).isRow {
            rows.append(TabularLine.cells(source, lines[index], isHeader: true))
            headerRowCount = 1
            index = nonBlank(after: index) ?? lines.count
        }
        var last = index
        rows.append(TabularLine.cells(source, lines[index]))
        while let next = nonBlank(after: last), row(next).isRow {
            rows.append(TabularLine.cells(source, lines[next]))
            last = next
        }
        index = last + 1
        if headerRowCount == 1, rows.count > 1, rows[0].count + 1 == rows[1].count {
            rows[0].insert("", at: 0)
        }
        return Table(rows: rows, headerRowCount: headerRowCount, location: location)
    }
}
