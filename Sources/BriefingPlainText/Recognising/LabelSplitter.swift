import BriefingModel

/// Splits a list item of the form `Label: text` into its label and text.
///
/// The split is made only when the part before the first `: ` is short and title-like, so that
/// `https://…`, `5:30`, and sentences with a colon in the middle stay whole:
/// - at most 60 bytes and 8 words, beginning with a capital letter or a digit;
/// - no sentence punctuation (`,` `;` `!` `?`, or a full stop other than in an abbreviation such as `vs.`);
/// - every word capitalised except small function words (`of`, `and`, `vs.`…) — or two words at most
///   (`WebAssembly limitations`);
/// - some text after the colon.
enum LabelSplitter {
    static let maximumLabelBytes = 60
    static let maximumLabelWords = 8

    static func split(_ pieces: TextPieces, in source: SourceText) -> (label: TextSlice?, text: TextSlice) {
        if pieces.hasMore { return split(wrapped: pieces.text(in: source)) }
        if let colon = labelColon(pieces.first, in: source) {
            let label = source.slice(pieces.first.lowerBound, colon)
            var skip = colon + 1 - pieces.first.lowerBound
            while pieces.first.lowerBound + skip < pieces.first.upperBound,
                ByteClasses.isWhitespace(source.bytes, at: pieces.first.lowerBound + skip, end: pieces.first.upperBound)
            {
                skip += ByteClasses.whitespaceLength(
                    source.bytes, at: pieces.first.lowerBound + skip, end: pieces.first.upperBound)
            }
            let text = pieces.text(in: source, skippingFirst: skip)
            if !text.isEmpty { return (label, text) }
        }
        return (nil, pieces.text(in: source))
    }

    /// Splits the text of an item wrapped over several lines, once joined: where the lines
    /// break must not change what the label is (`Dev` / `elopment: text` is `Development: text`
    /// written on one line).
    private static func split(wrapped text: TextSlice) -> (label: TextSlice?, text: TextSlice) {
        let split: (label: TextSlice, text: TextSlice)? = text.withUTF8 { bytes in
            let joined = SourceText(bytes: bytes, lines: [])
            guard let colon = labelColon(0..<bytes.count, in: joined) else { return nil }
            var start = colon + 1
            while start < bytes.count, ByteClasses.isWhitespace(bytes, at: start, end: bytes.count) {
                start += ByteClasses.whitespaceLength(bytes, at: start, end: bytes.count)
            }
            return start < bytes.count ? (text.slice(0..<colon), text.slice(start..<bytes.count)) : nil
        }
        return split ?? (nil, text)
    }

    /// The offset of the colon that ends a title-like label at the start of `range`, if any.
    static func labelColon(_ range: Range<Int>, in source: SourceText) -> Int? {
        let bytes = source.bytes
        let limit = min(range.upperBound, range.lowerBound + maximumLabelBytes + 1)
        var colon: Int?
        var index = range.lowerBound
        while index < limit {
            let byte = bytes[index]
            if byte == UInt8(ascii: ":") {
                // The colon must be followed by white space (not `https://`, not `5:30`).
                guard index + 1 < range.upperBound,
                    ByteClasses.isWhitespace(bytes, at: index + 1, end: range.upperBound)
                else { return nil }
                colon = index
                break
            }
            if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") || byte == UInt8(ascii: "!")
                || byte == UInt8(ascii: "?")
            {
                return nil
            }
            index += 1
        }
        guard let colon, colon > range.lowerBound else { return nil }
        guard isTitleLike(source, range.lowerBound, colon) else { return nil }
        return colon
    }

    /// Whether `[start, end)` reads like a label or a heading: capitalised words and no sentence in it.
    static func isTitleLike(_ source: SourceText, _ start: Int, _ end: Int) -> Bool {
        var words = 0
        var lowerCaseWords = 0
        var fullStopInSentence = false
        var first = true
        var firstIsCapital = false
        WordShapes.forEachWord(source, start, end) { wordStart, wordEnd in
            words += 1
            let shape = WordShapes.initial(source, wordStart, wordEnd)
            if first {
                firstIsCapital = shape == .upper || shape == .digit
                first = false
            } else if shape == .lower && !WordShapes.isSmallWord(source, wordStart, wordEnd) {
                lowerCaseWords += 1
            }
            if source.bytes[wordEnd - 1] == UInt8(ascii: "."), !isAbbreviation(source, wordStart, wordEnd) {
                fullStopInSentence = true
            }
            return words <= maximumLabelWords
        }
        guard words > 0, words <= maximumLabelWords, firstIsCapital, !fullStopInSentence else { return false }
        return lowerCaseWords == 0 || words <= 2
    }

    /// Whether a word ending in `.` is an abbreviation (`vs.`, `Dr.`, `U.S.`, `St.`) rather than a sentence's end.
    static func isAbbreviation(_ source: SourceText, _ start: Int, _ end: Int) -> Bool {
        let length = end - start
        if length <= 4 { return true }  // vs. Dr. Mr. St. Inc.
        // Dotted initials: U.S. U.K. e.g.
        var index = start
        while index + 1 < end {
            if source.bytes[index + 1] != UInt8(ascii: ".") { return false }
            index += 2
        }
        return true
    }
}
