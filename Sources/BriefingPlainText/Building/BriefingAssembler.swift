import BriefingModel

/// Turns raw blocks into a briefing: picks the title, tells headings from paragraphs, spots
/// quotations, bylines and datelines, and nests the sections.
///
/// Blocks are pulled from the scanner one at a time with one block of look-ahead (a heading is
/// judged by what follows it), so the raw blocks of a large article are never all in memory.
struct BriefingAssembler {
    let source: SourceText
    private var scanner: BlockScanner
    /// Whether the document marks its headings (`#`, underlines); then no line is guessed to be one.
    let hasMarkedHeadings: Bool
    var diagnostics: [Diagnostic] = []

    /// Heading level given to headings that plain text does not mark.
    static let unmarkedHeadingLevel = 2

    init(source: SourceText) {
        self.source = source
        scanner = BlockScanner(source: source)
        hasMarkedHeadings = BlockScanner.hasMarkedHeadings(source)
    }

    /// A block with, for a short run of text, its features (measured once, used both as the
    /// look-ahead of the block before it and for itself).
    private struct Pending {
        var block: RawBlock
        var features: TextFeatures?
    }

    /// How many blocks have been pulled: the first few are measured whatever they look like (for
    /// the title, byline and dateline); after them, only runs that could be headings.
    private var pulled = 0

    private mutating func pull() -> Pending? {
        guard let block = scanner.next() else { return nil }
        pulled += 1
        guard case .text(let run) = block else { return Pending(block: block, features: nil) }
        if pulled > MetadataRecogniser.searchedBlocks + 1 && !couldBeHeading(run) {
            return Pending(block: block, features: nil)
        }
        return Pending(block: block, features: shortFeatures(run))
    }

    /// A cheap first look: a run of more than two lines, or one that ends like a sentence or
    /// clause (`.` `,` `;` `:`), is never a heading, nor a short line that makes the block before it one.
    private func couldBeHeading(_ run: TextRun) -> Bool {
        guard run.lineCount <= 2 else { return false }
        let line = source.lines[run.end - 1]
        var end = line.contentEnd
        while end > line.contentStart {
            let byte = source.bytes[end - 1]
            switch byte {
            case UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"):
                return false
            case UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: ")"), UInt8(ascii: "]"):
                end -= 1  // Look through closing quotation marks and brackets.
            case 0x9D where end - 3 >= line.contentStart && source.bytes[end - 3] == 0xE2,
                0x99 where end - 3 >= line.contentStart && source.bytes[end - 3] == 0xE2:
                end -= 3  // ” ’
            case 0xA6 where end - 3 >= line.contentStart && source.bytes[end - 3] == 0xE2:
                return false  // …
            default:
                return true
            }
        }
        return true
    }

    mutating func assemble() -> Briefing {
        var briefing = Briefing()
        guard let first = pull() else {
            diagnostics.append(
                Diagnostic(code: .emptyInput, message: "the input holds no text; the briefing is empty"))
            diagnostics += scanner.diagnostics
            return briefing
        }
        var current: Pending? = first
        var next = pull()
        var index = 0
        if let (title, location) = title(of: first.block, hasNext: next != nil) {
            briefing.title = title
            briefing.titleLocation = location
            current = next
            next = pull()
            index = 1
        } else {
            diagnostics.append(
                Diagnostic(
                    code: .noTitle,
                    message: "the first block does not read like a title; the briefing has none",
                    location: location(of: first.block)))
        }
        var outline = OutlineBuilder(store: source.store)
        var metadata = Metadata()
        while let pending = current {
            switch pending.block {
            case .markedHeading(let text, let level, let location):
                outline.addHeading(text, level: level, location: location)
            case .list(let list):
                outline.add(.list(list))
            case .quote(let quote):
                outline.add(.quote(quote))
            case .table(let table):
                outline.add(.table(table))
            case .separator:
                break
            case .text(let run):
                let features = pending.features
                if index < MetadataRecogniser.searchedBlocks, metadata.dateline == nil, run.lineCount == 1,
                    let found = MetadataRecogniser.wireDateline(text(of: run).string)
                {
                    // `LONDON 1996-08-30` under a wire headline: the dateline, not a heading.
                    metadata.dateline = "\(found.place) \(found.date)"
                    metadata.place = found.place
                    metadata.date = metadata.date ?? found.date
                    metadata.published = metadata.published ?? found.date
                    outline.add(paragraphOrQuote(run))
                } else if !hasMarkedHeadings, let features, !isWhollyQuoted(run),
                    HeadingRule.isHeading(
                        features, context: context(next: next), firstLineLength: source.lines[run.first].length)
                {
                    outline.addHeading(
                        text(of: run), level: Self.unmarkedHeadingLevel,
                        location: source.location(of: source.lines[run.first]))
                } else {
                    let paragraph = paragraphOrQuote(run)
                    if index < MetadataRecogniser.searchedBlocks, case .paragraph(let paragraph) = paragraph {
                        recordMetadata(paragraph.text, features: features, into: &metadata)
                    }
                    outline.add(paragraph)
                }
            }
            current = next
            next = pull()
            index += 1
        }
        diagnostics = scanner.diagnostics + diagnostics
        briefing.metadata = metadata
        briefing.sections = outline.finish()
        return briefing
    }

    // MARK: Title

    private func title(of block: RawBlock, hasNext: Bool) -> (String, SourceLocation)? {
        switch block {
        case .markedHeading(let text, _, let location):
            return (text.string, location)
        case .text(let run):
            guard let features = shortFeatures(run, limit: 300) else { return nil }
            let firstLine = source.lines[run.first]
            if run.lineCount > 2 || (run.lineCount == 2 && firstLine.length < 50) { return nil }
            if features.looksLikeByline || (features.looksLikeDateLine && features.words <= 5)
                || features.hasSentenceBreak
            {
                return nil
            }
            if features.endsWithSentencePunctuation && (features.words > 12 || !hasNext) { return nil }
            if isWhollyQuoted(run) { return nil }
            return (text(of: run).string, source.location(of: firstLine))
        default:
            return nil
        }
    }

    // MARK: Paragraphs and quotations

    private func paragraphOrQuote(_ run: TextRun) -> Block {
        let location = source.location(of: source.lines[run.first])
        let full = text(of: run)
        if isWhollyQuoted(run) {
            // The text inside the marks, without the white space next to them.
            let inner = full.withUTF8 { bytes -> Range<Int> in
                var start = 0
                start += ByteClasses.scalar(bytes, at: 0).1
                var end = bytes.count
                end -= ByteClasses.scalar(bytes, endingAt: end, from: start).1
                while start < end, ByteClasses.isWhitespace(bytes, at: start, end: end) {
                    start += ByteClasses.whitespaceLength(bytes, at: start, end: end)
                }
                while end > start, let previous = ByteClasses.trailingWhitespaceStart(bytes, before: end, from: start) {
                    end = previous
                }
                return start..<max(start, end)
            }
            // Marks around nothing but white space are not a quotation.
            if !inner.isEmpty {
                return .quote(
                    Quote(textSlice: full.slice(inner), attributionSlice: nil, quotes: [], location: location))
            }
        }
        return .paragraph(Paragraph(textSlice: full, location: location))
    }

    /// Whether the run is one quotation from its first character to its last: it opens with a
    /// quotation mark, closes with the matching one, and holds no other mark of that pair. Judged
    /// as if the lines were joined into one, so that where they break does not matter.
    private func isWhollyQuoted(_ run: TextRun) -> Bool {
        let firstLine = source.lines[run.first]
        let lastLine = source.lines[run.end - 1]
        guard firstLine.length >= 1, lastLine.length >= 1 else { return false }
        let (open, _) = ByteClasses.scalar(source.bytes, at: firstLine.contentStart)
        let (close, _) = ByteClasses.scalar(
            source.bytes, endingAt: lastLine.contentEnd, from: lastLine.contentStart)
        let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [("\u{201C}", "\u{201D}"), ("\"", "\""), ("\u{AB}", "\u{BB}")]
        guard let pair = pairs.first(where: { $0.0 == open && $0.1 == close }) else { return false }
        // Count the pair's marks; exactly one opening and one closing mark may appear.
        var marks = 0
        var scalarsSeen = 0
        for lineIndex in run.first..<run.end {
            let line = source.lines[lineIndex]
            var offset = line.contentStart
            while offset < line.contentEnd {
                let byte = source.bytes[offset]
                if byte < 0x80 {
                    if byte == UInt8(ascii: "\"") && pair.0 == "\"" { marks += 1 }
                    offset += 1
                } else {
                    let (scalar, length) = ByteClasses.scalar(source.bytes, at: offset)
                    if scalar == pair.0 || scalar == pair.1 { marks += 1 }
                    offset += length
                }
                scalarsSeen += 1
            }
        }
        // Two marks around at least one character (a space where lines were joined counts).
        return marks == 2 && scalarsSeen + run.lineCount - 1 > 2
    }

    // MARK: Metadata

    private func recordMetadata(_ text: String, features: TextFeatures?, into metadata: inout Metadata) {
        if metadata.byline == nil, let features, features.looksLikeByline,
            let byline = MetadataRecogniser.byline(text)
        {
            metadata.byline = byline
            metadata.authors = MetadataRecogniser.authors(byline)
            return
        }
        if metadata.dateline == nil, let found = MetadataRecogniser.dateline(text) {
            metadata.dateline = found.dateline
            metadata.place = found.place
            metadata.date = metadata.date ?? found.date
            metadata.source = found.source
            return
        }
        if metadata.date == nil, let features, features.looksLikeDateLine, features.words <= 6 {
            metadata.date = MetadataRecogniser.dateLineDate(text)
        }
    }

    // MARK: Helpers

    /// Features of a run short enough to be a title or heading, or `nil` for a longer run.
    private func shortFeatures(_ run: TextRun, limit: Int = HeadingRule.maximumLength) -> TextFeatures? {
        var length = 0
        for lineIndex in run.first..<run.end {
            length += source.lines[lineIndex].length + 1
            if length > limit + 1 { return nil }
        }
        return TextFeatures(source, run)
    }

    private func context(next: Pending?) -> HeadingRule.Context {
        var context = HeadingRule.Context()
        guard let next else { return context }
        context.hasNext = true
        switch next.block {
        case .text(let run):
            var length = 0
            for lineIndex in run.first..<run.end { length += source.lines[lineIndex].length + 1 }
            context.nextLength = length
            if run.lineCount == 1 && length <= 80, let features = next.features {
                context.nextIsShortLine = !features.endsWithSentencePunctuation && !features.hasSentenceBreak
            }
        case .list, .quote, .table:
            context.nextLength = Int.max
        case .markedHeading, .separator:
            context.nextLength = 0
        }
        return context
    }

    private func text(of run: TextRun) -> TextSlice {
        let first = source.lines[run.first]
        source.store.morePieces.removeAll(keepingCapacity: true)
        var pieces = TextPieces(first.contentStart..<first.contentEnd)
        for lineIndex in (run.first + 1)..<run.end {
            let line = source.lines[lineIndex]
            pieces.append(line.contentStart..<line.contentEnd, in: source.store)
        }
        return pieces.text(in: source)
    }

    private func location(of block: RawBlock) -> SourceLocation? {
        switch block {
        case .text(let run): source.location(of: source.lines[run.first])
        case .markedHeading(_, _, let location): location
        case .list(let list): list.location
        case .quote(let quote): quote.location
        case .table(let table): table.location
        case .separator: nil
        }
    }
}
