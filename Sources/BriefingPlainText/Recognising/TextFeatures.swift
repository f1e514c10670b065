/// Measurements of a short run of text, taken in one pass over its bytes, from which the
/// recognisers tell titles, headings, bylines and date lines from paragraphs.
struct TextFeatures {
    /// Total content bytes (lines joined with single spaces).
    var length = 0
    var lineCount = 0
    var words = 0
    /// Words after the first that begin with a capital letter or a digit.
    var capitalisedWords = 0
    /// Words after the first that begin with a lower-case letter and are not small function words.
    var lowercaseWords = 0
    var firstInitial: WordShapes.Initial = .other
    /// The last scalar of the text, looking through closing quotation marks and brackets
    /// (so `“Gotcha.”` ends with `.`).
    var last: Unicode.Scalar = " "
    /// Whether the text is wrapped in brackets, like `(All photos: Atlas staff)` or `[Note]`.
    var isBracketed = false
    /// Whether the first word ends with a colon (`Related: …`, `Photo: …`).
    var firstWordEndsWithColon = false
    /// The first scalar of the text.
    var first: Unicode.Scalar = " "
    /// A full stop, `!` or `?` followed by a space and more text: more than one sentence.
    var hasSentenceBreak = false
    /// A comma or semicolon anywhere.
    var hasClausePunctuation = false
    /// Characters that are common in code and links and rare in headings: `{`, `}`, a `;` inside a word, or `://`.
    var hasCodeOrLinkCharacters = false
    var digitWords = 0
    /// A month name (`March`, `Nov`) appears as a word.
    var hasMonthName = false
    /// A four-digit number between 1900 and 2099 appears.
    var hasYear = false
    /// The first word, lower-cased, when it is short ASCII (for `by`, `updated`, `photo:`…).
    var firstWord: PackedWord?

    /// Closing quotation marks and brackets, looked through to find how text really ends.
    static let closers: Set<Unicode.Scalar> = ["\"", "'", ")", "]", "\u{201D}", "\u{2019}", "\u{BB}"]

    static let monthNameList = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec",
    ]
    static let monthNames = PackedWord.set(monthNameList)
    static let by = PackedWord("by")

    init(_ source: SourceText, _ run: TextRun) {
        lineCount = run.lineCount
        var isFirstWord = true
        var previousEndedSentence = false
        for lineIndex in run.first..<run.end {
            let line = source.lines[lineIndex]
            length += line.length + (lineIndex > run.first ? 1 : 0)
            WordShapes.forEachWord(source, line.contentStart, line.contentEnd) { start, end in
                self.measureWord(source, start, end, isFirstWord: isFirstWord, afterSentenceEnd: previousEndedSentence)
                isFirstWord = false
                let lastByte = source.bytes[end - 1]
                previousEndedSentence =
                    (lastByte == UInt8(ascii: ".") && !LabelSplitter.isAbbreviation(source, start, end))
                    || lastByte == UInt8(ascii: "!") || lastByte == UInt8(ascii: "?")
                return true
            }
        }
        let firstLine = source.lines[run.first]
        let lastLine = source.lines[run.end - 1]
        if firstLine.length > 0 { first = ByteClasses.scalar(source.bytes, at: firstLine.contentStart).0 }
        var end = lastLine.contentEnd
        while end > lastLine.contentStart {
            let (scalar, length) = ByteClasses.scalar(source.bytes, endingAt: end, from: lastLine.contentStart)
            last = scalar
            guard Self.closers.contains(scalar), end - length > lastLine.contentStart else { break }
            if (scalar == ")" || scalar == "]") && first == (scalar == ")" ? "(" : "[") {
                isBracketed = true
                break
            }
            end -= length
        }
    }

    private mutating func measureWord(
        _ source: SourceText, _ start: Int, _ end: Int, isFirstWord: Bool, afterSentenceEnd: Bool
    ) {
        words += 1
        let bytes = source.bytes
        let shape = WordShapes.initial(source, start, end)
        if isFirstWord {
            firstInitial = shape
            firstWord = PackedWord(bytes, start, end)
            firstWordEndsWithColon = bytes[end - 1] == UInt8(ascii: ":")
        } else {
            if afterSentenceEnd && (shape == .upper || shape == .digit) { hasSentenceBreak = true }
            if shape == .upper || shape == .digit {
                capitalisedWords += 1
            } else if shape == .lower && !WordShapes.isSmallWord(source, start, end) {
                lowercaseWords += 1
            }
        }
        // One pass over the word's bytes for digits and telling punctuation.
        var digits = 0
        var value = 0
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte &- 0x30 < 10 {
                digits += 1
                value = value &* 10 &+ Int(byte &- 0x30)
            } else if byte < 0x80 && byte > 0x20 && !ByteClasses.isASCIILetter(byte) {
                switch byte {
                case UInt8(ascii: ","), UInt8(ascii: ";"):
                    if index + 1 == end || !ByteClasses.isASCIIDigit(bytes[index + 1]) { hasClausePunctuation = true }
                    if byte == UInt8(ascii: ";") && index + 1 < end { hasCodeOrLinkCharacters = true }
                case UInt8(ascii: "{"), UInt8(ascii: "}"):
                    hasCodeOrLinkCharacters = true
                case UInt8(ascii: ":"):
                    if index + 2 < end && bytes[index + 1] == UInt8(ascii: "/") && bytes[index + 2] == UInt8(ascii: "/")
                    {
                        hasCodeOrLinkCharacters = true
                    }
                default:
                    break
                }
            }
            index += 1
        }
        if digits > 0 { digitWords += 1 }
        if digits == 4 && (1900...2099).contains(value) { hasYear = true }
        if shape == .upper && end - start <= 10 {
            var wordEnd = end
            while wordEnd > start
                && (bytes[wordEnd - 1] == UInt8(ascii: ",") || bytes[wordEnd - 1] == UInt8(ascii: "."))
            {
                wordEnd -= 1
            }
            if let word = PackedWord(bytes, start, wordEnd), Self.monthNames.contains(word) { hasMonthName = true }
        }
    }

    /// Whether the text ends like a sentence or a clause that goes on (`.` `,` `;` `:`, and their
    /// ideographic and full-width forms `。` `、` `，` `；` `：` `．`).
    var endsWithSentencePunctuation: Bool {
        switch last {
        case ".", ",", ";", ":", "…", "\u{3002}", "\u{3001}", "\u{FF0C}", "\u{FF1B}", "\u{FF1A}", "\u{FF0E}": true
        default: false
        }
    }

    /// Whether the text is written in Title Case: every word capitalised but small function
    /// words — or all but one, when at least three are capitalised (`… Thing In Your Life that Makes You Happy`).
    var isTitleCase: Bool {
        guard firstInitial == .upper || firstInitial == .digit else { return false }
        return lowercaseWords == 0 || (lowercaseWords == 1 && capitalisedWords >= 3)
    }

    /// Whether the text reads like a date line (`Updated 24 November 2026`, `March 3, 2015`).
    var looksLikeDateLine: Bool {
        words <= 8 && (hasMonthName && (digitWords > 0) || hasYear && digitWords >= 2)
    }

    /// Whether the text starts like a byline (`By Jane Doe`).
    var looksLikeByline: Bool {
        firstWord == Self.by && words >= 2 && words <= 14 && capitalisedWords >= 1
    }
}
