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
    /// The first word, lower-cased, when it is short ASCII (for `by`, `updated`, `posted`…).
    var firstWord = ""

    /// Closing quotation marks and brackets, looked through to find how text really ends.
    static let closers: Set<Unicode.Scalar> = ["\"", "'", ")", "]", "\u{201D}", "\u{2019}", "\u{BB}"]

    static let monthNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec",
    ]

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
        let shape = WordShapes.initial(source, start, end)
        if isFirstWord {
            firstInitial = shape
            if end - start <= 16 {
                firstWord = lowercasedASCII(source, start, end)
            }
            firstWordEndsWithColon = source.bytes[end - 1] == UInt8(ascii: ":")
        } else {
            if afterSentenceEnd && (shape == .upper || shape == .digit) { hasSentenceBreak = true }
            if shape == .upper || shape == .digit {
                capitalisedWords += 1
            } else if shape == .lower && !WordShapes.isSmallWord(source, start, end) {
                lowercaseWords += 1
            }
        }
        var digits = 0
        for index in start..<end {
            let byte = source.bytes[index]
            switch byte {
            case UInt8(ascii: ","), UInt8(ascii: ";"):
                if index + 1 == end || !ByteClasses.isASCIIDigit(source.bytes[index + 1]) {
                    hasClausePunctuation = true
                }
                if byte == UInt8(ascii: ";") { hasCodeOrLinkCharacters = hasCodeOrLinkCharacters || index + 1 < end }
            case UInt8(ascii: "{"), UInt8(ascii: "}"):
                hasCodeOrLinkCharacters = true
            case UInt8(ascii: ":"):
                if index + 2 < end && source.bytes[index + 1] == UInt8(ascii: "/")
                    && source.bytes[index + 2] == UInt8(ascii: "/")
                {
                    hasCodeOrLinkCharacters = true
                }
            default:
                if ByteClasses.isASCIIDigit(byte) { digits += 1 }
            }
        }
        if digits > 0 { digitWords += 1 }
        if digits == 4 {
            var value = 0
            var count = 0
            for index in start..<end where ByteClasses.isASCIIDigit(source.bytes[index]) {
                value = value * 10 + Int(source.bytes[index] - 0x30)
                count += 1
            }
            if count == 4 && (1900...2099).contains(value) { hasYear = true }
        }
        if end - start <= 10, shape == .upper {
            var word = lowercasedASCII(source, start, end)
            while let last = word.utf8.last, last == UInt8(ascii: ",") || last == UInt8(ascii: ".") {
                word.removeLast()
            }
            if Self.monthNames.contains(word) { hasMonthName = true }
        }
    }

    private func lowercasedASCII(_ source: SourceText, _ start: Int, _ end: Int) -> String {
        var word = ""
        for index in start..<end {
            let byte = source.bytes[index]
            guard byte < 0x80 else { return word }
            word.unicodeScalars.append(Unicode.Scalar(ByteClasses.isASCIIUppercase(byte) ? byte | 0x20 : byte))
        }
        return word
    }

    /// Whether the text ends like a sentence or a clause that goes on (`.` `,` `;` `:`).
    var endsWithSentencePunctuation: Bool {
        last == "." || last == "," || last == ";" || last == ":" || last == "…"
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
        firstWord == "by" && words >= 2 && words <= 14 && capitalisedWords >= 1
    }
}
