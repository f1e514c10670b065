/// Word-level tests used to tell labels, headings and titles from running text.
enum WordShapes {
    /// Function words that stay lower case inside Title Case (`Hope vs. Reality`, `Year of the Rat`).
    static let smallWords: PackedWordSet = PackedWord.set([
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "nor", "of", "off", "on",
        "onto", "or", "over", "per", "the", "to", "up", "via", "vs", "vs.", "v.", "with", "within", "without",
        "is", "are", "be", "its", "their", "your", "our", "than", "out", "about", "after", "before", "between",
        "during", "under", "upon", "against", "de", "la", "le", "van", "von", "der", "del", "da", "di", "du",
    ])

    /// How a word begins.
    enum Initial {
        case upper, lower, digit, other
    }

    /// Classifies the first letter-like scalar of the word `[start, end)`, skipping opening
    /// punctuation such as quotes and parentheses.
    static func initial(_ source: SourceText, _ start: Int, _ end: Int) -> Initial {
        var index = start
        while index < end {
            let byte = source.bytes[index]
            if byte < 0x80 {
                if ByteClasses.isASCIIUppercase(byte) { return .upper }
                if ByteClasses.isASCIILowercase(byte) {
                    // `iPhone`, `eBay`: a lower-case letter before capitals is a brand, not a common word.
                    var next = index + 1
                    while next < end && ByteClasses.isASCIILowercase(source.bytes[next]) && next - index < 2 {
                        next += 1
                    }
                    return next < end && ByteClasses.isASCIIUppercase(source.bytes[next]) ? .upper : .lower
                }
                if ByteClasses.isASCIIDigit(byte) { return .digit }
                if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
                    || byte == UInt8(ascii: "[")
                {
                    index += 1
                    continue
                }
                return .other
            }
            let (scalar, length) = ByteClasses.scalar(source.bytes, at: index)
            let properties = scalar.properties
            if properties.isUppercase || properties.generalCategory == .titlecaseLetter { return .upper }
            if properties.isLowercase { return .lower }
            if properties.isAlphabetic { return .other }  // A letter without case (CJK, Arabic…).
            if properties.generalCategory == .decimalNumber { return .digit }
            index += length  // Opening quotes and other punctuation.
        }
        return .other
    }

    /// Whether `[start, end)` is one of ``smallWords``, ignoring case.
    static func isSmallWord(_ source: SourceText, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 8, let word = PackedWord(source.bytes, start, end) else { return false }
        return smallWords.contains(word)
    }

    /// Calls `body` with the byte range of each space-separated word of `[start, end)`.
    @inline(__always)
    static func forEachWord(_ source: SourceText, _ start: Int, _ end: Int, _ body: (Int, Int) -> Bool) {
        let bytes = source.bytes
        var index = start
        while index < end {
            while index < end {
                let byte = bytes[index]
                // Letters and most punctuation are not white space: decide them without a call.
                if byte > 0x20 && byte < 0x80 { break }
                let width = ByteClasses.whitespaceLength(bytes, at: index, end: end)
                if width == 0 { break }
                index += width
            }
            let wordStart = index
            while index < end {
                let byte = bytes[index]
                if byte > 0x20 && byte < 0x80 {
                    index += 1
                    continue
                }
                if ByteClasses.whitespaceLength(bytes, at: index, end: end) > 0 { break }
                index += 1
            }
            if wordStart < index, !body(wordStart, index) { return }
        }
    }
}
