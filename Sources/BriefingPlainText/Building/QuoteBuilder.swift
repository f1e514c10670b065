import BriefingModel

/// Builds a block quote from consecutive `>` lines.
///
/// `> >` lines nest a quote in the quote around them; depth beyond
/// ``Briefing/maximumNestingDepth`` is kept at that depth, with a diagnostic. A last line that
/// starts with a dash (`> — Jane Doe`) is the quote's attribution.
struct QuoteBuilder {
    let source: SourceText
    var diagnostics: [Diagnostic] = []

    private struct OpenQuote {
        var pieces = TextPieces(0..<0)
        var attribution: Range<Int>?
        var location: SourceLocation
        var children: [Quote] = []
    }

    private var open: [OpenQuote] = []
    private var reportedDepth = false

    init(source: SourceText) {
        self.source = source
        source.store.morePieces.removeAll(keepingCapacity: true)
    }

    mutating func build(from index: inout Int) -> Quote {
        let lines = source.lines
        var root: Quote?
        while index < lines.count, LineForms.isQuoteLine(source, lines[index]) {
            let line = lines[index]
            var (depth, textStart) = LineForms.quoteDepth(source, line)
            if depth > Briefing.maximumNestingDepth {
                if !reportedDepth {
                    reportedDepth = true
                    diagnostics.append(
                        Diagnostic(
                            code: .nestingTooDeep,
                            message: "quote nested deeper than \(Briefing.maximumNestingDepth) levels; "
                                + "deeper text is kept at level \(Briefing.maximumNestingDepth)",
                            location: source.location(of: line)))
                }
                depth = Briefing.maximumNestingDepth
            }
            while open.count > depth { close(into: &root) }
            while open.count < depth {
                open.append(OpenQuote(location: source.location(of: line, at: textStart)))
            }
            append(textStart..<line.contentEnd)
            index += 1
        }
        while !open.isEmpty { close(into: &root) }
        return root
            ?? Quote(
                textSlice: TextSlice(), attributionSlice: nil, quotes: [],
                location: source.location(of: lines[max(0, index - 1)]))
    }

    private mutating func append(_ range: Range<Int>) {
        let last = open.count - 1
        if let pending = open[last].attribution {
            // A dash line followed by more text was part of the quote after all.
            open[last].pieces.append(pending, in: source.store)
            open[last].attribution = nil
        }
        if let nameStart = attributionStart(range) {
            open[last].attribution = nameStart..<range.upperBound
        } else {
            open[last].pieces.append(range, in: source.store)
        }
    }

    /// Where the name starts if the text begins with an attribution dash (`—`, `―`, `--`, `– `).
    private func attributionStart(_ range: Range<Int>) -> Int? {
        let bytes = source.bytes
        var index = range.lowerBound
        if source.hasPrefix("--", range.lowerBound, range.upperBound) {
            index += 2
        } else if range.count >= 3, bytes[index] == 0xE2, bytes[index + 1] == 0x80,
            bytes[index + 2] == 0x94 || bytes[index + 2] == 0x95 || bytes[index + 2] == 0x93
        {
            index += 3
        } else {
            return nil
        }
        while index < range.upperBound, ByteClasses.isWhitespace(bytes, at: index, end: range.upperBound) {
            index += ByteClasses.whitespaceLength(bytes, at: index, end: range.upperBound)
        }
        return index < range.upperBound ? index : nil
    }

    private mutating func close(into root: inout Quote?) {
        let quote = open.removeLast()
        let finished = Quote(
            textSlice: quote.pieces.text(in: source),
            attributionSlice: quote.attribution.map { source.slice($0.lowerBound, $0.upperBound) },
            quotes: quote.children, location: quote.location)
        if open.isEmpty {
            root = finished
        } else {
            open[open.count - 1].children.append(finished)
        }
    }
}
