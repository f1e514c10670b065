/// Splits text into sentences and words together, in one pass over its UTF-8 bytes.
///
/// Tokens are the runs of bytes between white space (space, tab, line feed, carriage return,
/// no-break space). A sentence ends after a token whose last characters are a sentence mark
/// (`.` `!` `?` `…`) and closing quotation marks or brackets, when the next token does not start
/// with a lower-case letter — with the exceptions ``SentenceSegmenter`` documents (titles,
/// abbreviations, initials and dotted abbreviations before a word that does not usually start a
/// sentence). ``SentenceSegmenter`` and the analysers' shared index both use this pass.
enum Tokenizer {
    /// A sentence mark at the end of a token, waiting for the next token to decide.
    private struct Candidate {
        /// Where the token (and so the sentence, if it ends here) ends.
        var end: Int
        /// Where the run of marks starts, and whether it is a lone period (which may end an abbreviation).
        var mark: Int
        var isPeriod: Bool
    }

    /// Calls `word` for each word, `breakPhrase` when punctuation standing alone ends the phrase
    /// of the last word, and `sentence` with each sentence's byte range after its words.
    @inline(__always)
    static func scan(
        _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, word: (Word) -> Void, breakPhrase: () -> Void,
        sentence: (Range<Int>) -> Void
    ) {
        var index = range.lowerBound
        let end = range.upperBound
        var sentenceStart = -1
        var lastTokenEnd = -1
        var pendingStart = false
        var emitted = false
        var candidate: Candidate?
        while index < end {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                index += 1
                continue
            }
            if byte == 0xC2 && index + 1 < end && bytes[index + 1] == 0xA0 {
                index += 2
                continue
            }
            var tokenEnd = index + 1
            while tokenEnd < end {
                let next = bytes[tokenEnd]
                if next > 0x20 && next != 0xC2 {
                    tokenEnd += 1
                    continue
                }
                if next == 0x20 || next == 0x09 || next == 0x0A || next == 0x0D { break }
                if next == 0xC2 && tokenEnd + 1 < end && bytes[tokenEnd + 1] == 0xA0 { break }
                tokenEnd += 1
            }
            if let pending = candidate {
                candidate = nil
                if startsSentence(bytes, at: index)
                    && (!pending.isPeriod
                        || isSentenceEndingPeriod(bytes, at: pending.mark, from: range.lowerBound, next: index))
                {
                    sentence(sentenceStart..<pending.end)
                    sentenceStart = -1
                    emitted = false
                    pendingStart = false
                }
            }
            if sentenceStart < 0 { sentenceStart = index }
            if let scanned = WordScanner.word(bytes, index..<tokenEnd, startsPhrase: pendingStart) {
                word(scanned)
                emitted = true
                pendingStart = false
            } else if emitted {
                breakPhrase()
                pendingStart = true
            }
            candidate = markAtEnd(bytes, index..<tokenEnd)
            lastTokenEnd = tokenEnd
            index = tokenEnd
        }
        if sentenceStart >= 0 { sentence(sentenceStart..<lastTokenEnd) }
    }

    /// The sentence mark that ends a token, under any closing quotation marks and brackets.
    @inline(__always)
    private static func markAtEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Range<Int>) -> Candidate? {
        // A token that ends in a letter or digit, the common case, ends no sentence.
        let last = bytes[token.upperBound - 1]
        if (last | 0x20) &- 0x61 < 26 || last &- 0x30 < 10 { return nil }
        var cursor = token.upperBound
        var mark = -1
        var onlyPeriods = true
        while cursor > token.lowerBound {
            let byte = bytes[cursor - 1]
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                if byte != UInt8(ascii: ".") { onlyPeriods = false }
                cursor -= 1
                mark = cursor
            } else if cursor - 3 >= token.lowerBound && bytes[cursor - 3] == 0xE2 && bytes[cursor - 2] == 0x80
                && bytes[cursor - 1] == 0xA6
            {
                onlyPeriods = false  // …
                cursor -= 3
                mark = cursor
            } else if let closer = closerLength(bytes, endingAt: cursor, from: token.lowerBound) {
                cursor -= closer
            } else {
                break
            }
        }
        guard mark >= 0 else { return nil }
        // A lone period, not an ellipsis written as dots (two or more bytes of marks or closers after it).
        let isPeriod = onlyPeriods && bytes[mark] == UInt8(ascii: ".") && token.upperBound - (mark + 1) < 2
        return Candidate(end: token.upperBound, mark: mark, isPeriod: isPeriod)
    }

    /// The length of a closing quotation mark or bracket that ends at `end`, if there is one.
    @inline(__always)
    private static func closerLength(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int, from start: Int) -> Int? {
        let byte = bytes[end - 1]
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")")
            || byte == UInt8(ascii: "]")
        {
            return 1
        }
        if end - 3 >= start && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80
            && (bytes[end - 1] == 0x9D || bytes[end - 1] == 0x99)
        {
            return 3  // ” ’
        }
        if end - 2 >= start && bytes[end - 2] == 0xC2 && bytes[end - 1] == 0xBB { return 2 }  // »
        return nil
    }

    /// Whether what starts at `index` can begin a sentence: not a lower-case letter.
    @inline(__always)
    private static func startsSentence(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let byte = bytes[index]
        if byte &- 0x61 < 26 { return false }  // a–z
        if byte < 0x80 { return true }
        // Non-ASCII: decode the scalar and refuse lower-case letters (é, ß, ж…).
        var value = UInt32(byte)
        var length = 1
        if byte >= 0xF0 {
            value = UInt32(byte & 0x07)
            length = 4
        } else if byte >= 0xE0 {
            value = UInt32(byte & 0x0F)
            length = 3
        } else if byte >= 0xC0 {
            value = UInt32(byte & 0x1F)
            length = 2
        }
        var offset = 1
        while offset < length && index + offset < bytes.count {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
            offset += 1
        }
        guard let scalar = Unicode.Scalar(value) else { return true }
        return !scalar.properties.isLowercase
    }

    /// Whether the period at `index` ends a sentence, given the word before it and the word after.
    private static func isSentenceEndingPeriod(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, from start: Int, next: Int
    ) -> Bool {
        // The word before the period, back to white space or an opening bracket or quotation mark.
        var wordStart = index
        while wordStart > start {
            let byte = bytes[wordStart - 1]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0xA0
                || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "\"")
            {
                break
            }
            wordStart -= 1
        }
        let length = index - wordStart
        guard length > 0 else { return true }
        for offset in wordStart..<index where bytes[offset] >= 0x80 { return true }
        var packed: UInt64?
        if length <= 8 {
            var value: UInt64 = 0
            for offset in stride(from: index - 1, through: wordStart, by: -1) {
                let byte = bytes[offset]
                value = value << 8 | UInt64(byte &- 0x41 < 26 ? byte | 0x20 : byte)
            }
            packed = value
        }
        if let packed, SentenceSegmenter.packedTitles.contains(packed) { return false }
        let initial = length == 1 && bytes[wordStart] &- 0x41 < 26
        let dotted = length >= 3 && bytes[index - 2] == UInt8(ascii: ".")
        if initial || dotted || packed.map({ SentenceSegmenter.packedAbbreviations.contains($0) }) == true {
            return startsWithStarter(bytes, at: next)
        }
        return true
    }

    private static func startsWithStarter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var end = index
        while end < bytes.count && bytes[end] < 0x80 && (bytes[end] | 0x20) &- 0x61 < 26 { end += 1 }
        guard end > index, end - index <= 12 else { return false }
        return SentenceSegmenter.starters.contains(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self))
    }
}
