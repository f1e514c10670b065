import BriefingModel

/// Groups lines into raw blocks: runs of text, lists, quotes, marked headings and separators.
///
/// One pass over the lines; each line is looked at a small, fixed number of times.
struct BlockScanner {
    let source: SourceText
    var diagnostics: [Diagnostic] = []

    init(source: SourceText) {
        self.source = source
    }

    mutating func scan() -> [RawBlock] {
        var blocks: [RawBlock] = []
        let lines = source.lines
        var index = 0
        while index < lines.count {
            let line = lines[index]
            if line.isBlank {
                index += 1
                continue
            }
            if LineForms.isQuoteLine(source, line) {
                var builder = QuoteBuilder(source: source)
                blocks.append(.quote(builder.build(from: &index)))
                diagnostics += builder.diagnostics
                continue
            }
            if let heading = LineForms.atxHeading(source, line) {
                blocks.append(
                    .markedHeading(
                        text: source.string(heading.text.lowerBound, heading.text.upperBound), level: heading.level,
                        location: source.location(of: line)))
                index += 1
                continue
            }
            if LineForms.isSeparator(source, line) {
                blocks.append(.separator)
                index += 1
                continue
            }
            if let marker = ListMarker.recognise(source, line) {
                var builder = ListBuilder(source: source, firstMarker: marker)
                blocks.append(.list(builder.build(from: &index)))
                diagnostics += builder.diagnostics
                continue
            }
            blocks.append(scanText(from: &index))
        }
        return blocks
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
                    text: source.string(heading.contentStart, heading.contentEnd), level: level,
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
