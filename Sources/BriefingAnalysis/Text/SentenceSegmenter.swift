/// Splits text into sentences, in one pass over its UTF-8 bytes.
///
/// A sentence ends at `.`, `!`, `?` or an ellipsis (`…`, `...`) — together with any closing
/// quotation marks or brackets after it — when white space and then a capital letter, a digit or
/// an opening quotation mark follow. It does not end after:
/// - titles and common abbreviations: `Mr.`, `Dr.`, `vs.`, `e.g.`, `i.e.`, `etc.`, `Inc.`, `Jan.`;
/// - initials (`J. K. Rowling`) and dotted abbreviations (`U.S.`, `p.m.`), unless the next word
///   is one that usually starts a sentence (`The U.S. has …` stays whole; `… in the U.S. The …` splits);
/// - decimals (`3.5`), which have no space after the point;
/// - a quotation that goes on in lower case (`“Stop!” she said.`).
///
/// Text in scripts without capitals is split wherever a sentence mark is followed by white space.
///
/// - Complexity: O(*n*) in the length of the text.
public struct SentenceSegmenter: Sendable {
    /// Creates a segmenter.
    public init() {}

    /// The sentences of `text`, without surrounding white space.
    public func sentences(in text: String) -> [Substring] {
        var copy = text
        let ranges = copy.withUTF8 { Self.ranges(in: $0) }
        let utf8 = text.utf8
        return ranges.map { range in
            let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
            let end = utf8.index(start, offsetBy: range.count)
            return text[start..<end]
        }
    }

    /// Abbreviations (lower case, without their final dot) after which a sentence does not end.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "vs", "etc", "e.g", "i.e", "inc", "ltd", "co", "corp",
        "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt", "maj", "adm", "rev", "hon", "no", "nos", "fig",
        "figs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft",
        "approx", "dept", "est", "vol", "p", "pp", "cf", "al", "ca", "govt", "univ", "assn", "bros", "mfg",
    ]

    /// Titles, after which a name always follows: never a sentence end.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt", "maj", "adm",
        "rev", "hon", "st",
    ]

    /// Words that usually start a sentence: after an abbreviation, one of these means a new sentence.
    static let starters: Set<String> = [
        "The", "A", "An", "It", "He", "She", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
        "In", "On", "At", "But", "And", "Or", "So", "Yet", "However", "While", "When", "After", "Before", "Its",
        "His", "Her", "Their", "Our", "As", "If", "For", "With", "Since", "Although", "Meanwhile", "Still",
        "Now", "Then", "Some", "Many", "Most", "Both", "What", "Why", "How", "Who", "Officials", "Analysts",
    ]

    /// The byte ranges of the sentences in `bytes`.
    static func ranges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        let count = bytes.count
        var sentenceStart = skipSpace(bytes, from: 0)
        var index = sentenceStart
        while index < count {
            let byte = bytes[index]
            var markEnd = -1
            var isPeriod = false
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                isPeriod = byte == UInt8(ascii: ".")
                markEnd = index + 1
            } else if byte == 0xE2 && index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6 {
                markEnd = index + 3  // …
            }
            guard markEnd >= 0 else {
                index += 1
                continue
            }
            // More marks (`?!`, `...`), then closing quotes and brackets.
            var end = markEnd
            while end < count {
                let next = bytes[end]
                if next == UInt8(ascii: ".") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                    if next != UInt8(ascii: ".") { isPeriod = false }
                    end += 1
                } else if let closer = closerLength(bytes, at: end) {
                    end += closer
                } else {
                    break
                }
            }
            if end - markEnd >= 2 && isPeriod { isPeriod = false }  // An ellipsis written as dots.
            let nextStart = skipSpace(bytes, from: end)
            if nextStart == end && end < count {
                index = end
                continue  // No space after: `3.5`, `U.S.-led`, `example.org`.
            }
            if nextStart >= count {
                break
            }
            if !startsSentence(bytes, at: nextStart)
                || (isPeriod && !isSentenceEndingPeriod(bytes, at: index, next: nextStart))
            {
                index = nextStart
                continue
            }
            result.append(sentenceStart..<end)
            sentenceStart = nextStart
            index = nextStart
        }
        let tail = trimEnd(bytes, sentenceStart, count)
        if sentenceStart < tail { result.append(sentenceStart..<tail) }
        return result
    }

    /// The length of a closing quotation mark or bracket at `index`, if there is one.
    private static func closerLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: ")")
            || byte == UInt8(ascii: "]")
        {
            return 1
        }
        if byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0x9D || bytes[index + 2] == 0x99)
        {
            return 3  // ” ’
        }
        if byte == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xBB { return 2 }  // »
        return nil
    }

    private static func skipSpace(_ bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var cursor = index
        while cursor < bytes.count {
            let byte = bytes[cursor]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                cursor += 1
            } else if byte == 0xC2 && cursor + 1 < bytes.count && bytes[cursor + 1] == 0xA0 {
                cursor += 2
            } else {
                break
            }
        }
        return cursor
    }

    private static func trimEnd(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        var cursor = end
        while cursor > start {
            let byte = bytes[cursor - 1]
            guard byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D else { break }
            cursor -= 1
        }
        return cursor
    }

    /// Whether what starts at `index` can begin a sentence: not a lower-case letter.
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
    private static func isSentenceEndingPeriod(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, next: Int) -> Bool {
        // The word before the period.
        var wordStart = index
        while wordStart > 0 {
            let byte = bytes[wordStart - 1]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "\"") {
                break
            }
            wordStart -= 1
        }
        let length = index - wordStart
        guard length > 0 else { return true }
        var word = ""
        for offset in wordStart..<index {
            let byte = bytes[offset]
            guard byte < 0x80 else { return true }
            word.unicodeScalars.append(Unicode.Scalar(byte &- 0x41 < 26 ? byte | 0x20 : byte))
        }
        if titles.contains(word) { return false }
        let initial = length == 1 && bytes[wordStart] &- 0x41 < 26
        let dotted = length >= 3 && bytes[index - 2] == UInt8(ascii: ".")
        if initial || dotted || abbreviations.contains(word) {
            return startsWithStarter(bytes, at: next)
        }
        return true
    }

    private static func startsWithStarter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        var end = index
        while end < bytes.count && bytes[end] < 0x80 && (bytes[end] | 0x20) &- 0x61 < 26 { end += 1 }
        guard end > index, end - index <= 12 else { return false }
        return starters.contains(String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self))
    }
}
