import BriefingModel

/// Groups lines into raw blocks: runs of text, lists, quotes, marked headings and separators.
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
            index += 1
        }
        return .text(TextRun(first: first, end: index))
    }
}
