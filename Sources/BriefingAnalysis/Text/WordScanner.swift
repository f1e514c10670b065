/// Turns one token (a run of bytes between white space) into a ``Word``: its text without the
/// punctuation around it, its shape, and whether it opens or closes a phrase. ``Tokenizer`` finds
/// the tokens.
enum WordScanner {
    /// Leading punctuation that opens a phrase or quotation.
    @inline(__always)
    private static func openerLength(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> Int {
        let byte = bytes[index]
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "{"):
            return 1
        case 0xE2 where index + 2 < end && bytes[index + 1] == 0x80:
            let third = bytes[index + 2]
            // “ ‘ — – ‚ „
            return third == 0x9C || third == 0x98 || third == 0x94 || third == 0x93 || third == 0x9A || third == 0x9E
                ? 3 : 0
        case 0xC2 where index + 1 < end && bytes[index + 1] == 0xAB:
            return 2  // «
        default:
            return 0
        }
    }

    /// The length of the trailing punctuation character that ends just before `end`.
    @inline(__always)
    private static func closerLength(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int {
        let byte = bytes[end - 1]
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "."), UInt8(ascii: "!"),
            UInt8(ascii: "?"), UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "\""), UInt8(ascii: "'"),
            UInt8(ascii: "}"):
            return 1
        default:
            break
        }
        if end - start >= 3 && bytes[end - 3] == 0xE2 && bytes[end - 2] == 0x80 {
            let third = bytes[end - 1]
            // ” ’ … — –
            if third == 0x9D || third == 0x99 || third == 0xA6 || third == 0x94 || third == 0x93 { return 3 }
        }
        if end - start >= 2 && bytes[end - 2] == 0xC2 && bytes[end - 1] == 0xBB { return 2 }  // »
        return 0
    }

    /// The word in one token (a run of bytes between white space), without the punctuation around it;
    /// `nil` when the token is punctuation only.
    @inline(__always)
    static func word(_ bytes: UnsafeBufferPointer<UInt8>, _ token: Range<Int>, startsPhrase: Bool) -> Word? {
        var start = token.lowerBound
        var end = token.upperBound
        var opened = startsPhrase
        while start < end {
            let length = openerLength(bytes, start, end)
            if length == 0 { break }
            start += length
            opened = true
        }
        var closed = false
        var trailingPeriod = false
        while end > start {
            let length = closerLength(bytes, start, end)
            if length == 0 { break }
            if length == 1 && bytes[end - 1] == UInt8(ascii: ".") { trailingPeriod = true }
            // An apostrophe closing `'s` is handled below; keep it if a letter precedes and `s` follows.
            end -= length
            closed = true
        }
        guard start < end else { return nil }
        // A dotted abbreviation keeps its final period: `U.S.`, `e.g.`.
        if trailingPeriod && end - start >= 3 && bytes[end - 2] == UInt8(ascii: ".") {
            end += 1
        }
        // Possessive `’s` / `'s`.
        var possessive = false
        if end - start >= 3 && bytes[end - 1] == UInt8(ascii: "s") {
            if bytes[end - 2] == UInt8(ascii: "'") {
                end -= 2
                possessive = true
            } else if end - start >= 5 && bytes[end - 4] == 0xE2 && bytes[end - 3] == 0x80 && bytes[end - 2] == 0x99 {
                end -= 4
                possessive = true
            }
        }
        guard start < end else { return nil }
        // `Dr. Okafor`: the period of an abbreviated title does not end the phrase.
        if closed && end + 1 == token.upperBound && trailingPeriod && isTitleAbbreviation(bytes, start, end) {
            closed = false
        } else if closed && trailingPeriod && end - start == 1 && end + 1 == token.upperBound
            && bytes[start] &- 0x41 < 26
        {
            // `Edward D. Jones`, `P. Simmons`: an initial keeps its period and does not end the phrase.
            end += 1
            closed = false
        }
        return Word(
            start: start, end: end, shape: shape(bytes, start, end), endsPhrase: closed || possessive,
            isPossessive: possessive, startsPhrase: opened)
    }

    /// Abbreviated titles written with a period (`Mr.`, `Dr.`, `Prof.`, `Gen.`…), packed four bytes
    /// to an integer so that checking a short word costs a few comparisons, not a `String`.
    private static let titleAbbreviations: [UInt32] = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Capt", "Sgt", "St", "Fr", "Rev",
        "Hon", "Maj", "Adm", "Supt", "Insp",
    ].map { word in word.utf8.reversed().reduce(0) { $0 << 8 | UInt32($1) } }

    private static func isTitleAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start <= 4, bytes[start] &- 0x41 < 26 else { return false }
        var packed: UInt32 = 0
        for index in stride(from: end - 1, through: start, by: -1) { packed = packed << 8 | UInt32(bytes[index]) }
        return titleAbbreviations.contains(packed)
    }

    private static func shape(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Word.Shape {
        let first = bytes[start]
        if first &- 0x30 < 10 { return .number }
        // ASCII words, the common case: count capitals and small letters without decoding.
        var upper = 0
        var lower = 0
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte >= 0x80 { return unicodeShape(bytes, start, end) }
            if byte &- 0x41 < 26 { upper += 1 } else if byte &- 0x61 < 26 { lower += 1 }
            index += 1
        }
        // The first letter decides, skipping leading symbols (`'90s`, `#tag`).
        var firstLetter = start
        while firstLetter < end && (bytes[firstLetter] | 0x20) &- 0x61 >= 26 { firstLetter += 1 }
        guard firstLetter < end else { return .other }
        if bytes[firstLetter] &- 0x41 < 26 { return lower == 0 && upper >= 2 ? .allCaps : .capitalized }
        return upper > 0 && upper < lower ? .capitalized : .lower  // `iPhone`, `eBay`
    }

    private static func unicodeShape(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Word.Shape {
        var upper = 0
        var lower = 0
        var index = start
        var firstIsUpper = false
        var firstIsLower = false
        var sawLetter = false
        while index < end {
            let byte = bytes[index]
            var isUpper = false
            var isLower = false
            if byte < 0x80 {
                isUpper = byte &- 0x41 < 26
                isLower = byte &- 0x61 < 26
                index += 1
            } else {
                let (scalar, length) = decode(bytes, index, end)
                isUpper = scalar.properties.isUppercase
                isLower = scalar.properties.isLowercase
                index += length
            }
            if !sawLetter && (isUpper || isLower) {
                sawLetter = true
                firstIsUpper = isUpper
                firstIsLower = isLower
            }
            if isUpper { upper += 1 }
            if isLower { lower += 1 }
        }
        if firstIsUpper { return lower == 0 && upper >= 2 ? .allCaps : .capitalized }
        if firstIsLower { return upper > 0 && upper < lower ? .capitalized : .lower }
        return .other
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int, _ end: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        var value: UInt32
        var length: Int
        switch lead {
        case 0xC0..<0xE0: value = UInt32(lead & 0x1F); length = 2
        case 0xE0..<0xF0: value = UInt32(lead & 0x0F); length = 3
        case 0xF0...: value = UInt32(lead & 0x07); length = 4
        default: return ("\u{FFFD}", 1)
        }
        var offset = 1
        while offset < length && index + offset < end {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
            offset += 1
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", min(length, end - index))
    }
}
