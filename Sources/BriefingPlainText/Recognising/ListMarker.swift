/// A list marker at the start of a line: a bullet (`•`, `-`, `*`, `+`, `–`, `▪`, `◦`, `‣`, `●`,
/// `○`, `■`, `·`) or a number (`1.`, `1)`, `(1)`, `a)`, `(a)`, `(iv)`), followed by white space.
struct ListMarker {
    /// Whether the marker is a number or letter rather than a bullet.
    var ordered: Bool
    /// Offset of the item's first content byte, after the marker and its white space.
    var contentStart: Int
    /// Whether the marker may start a list in the middle of a paragraph, without a blank line
    /// before it: any bullet, and an ordered marker that counts from 1 or `a` (as in CommonMark,
    /// so that a wrapped line starting `15.` stays in its paragraph).
    var canInterruptParagraph: Bool
    /// Whether the marker is an en dash, which in running text is more often a dash than a bullet.
    var isEnDash = false
    /// The number of a numeric marker (`3.`, `3)`, `(3)` → 3); 1 for bullets and letters.
    var number = 1

    /// Recognises a marker at the start of `line`'s content.
    static func recognise(_ source: SourceText, _ line: Line) -> ListMarker? {
        let start = line.contentStart
        let end = line.contentEnd
        guard start < end else { return nil }
        let bytes = source.bytes
        let lead = bytes[start]

        // Bullets.
        var bulletLength = 0
        switch lead {
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"):
            bulletLength = 1
        case 0xC2:  // · U+00B7
            if start + 1 < end && bytes[start + 1] == 0xB7 { bulletLength = 2 }
        case 0xE2:
            if start + 2 < end {
                let second = bytes[start + 1]
                let third = bytes[start + 2]
                switch (second, third) {
                case (0x80, 0xA2), (0x80, 0xA3), (0x80, 0x93),  // • ‣ –
                    (0x96, 0xAA), (0x96, 0xA0),  // ▪ ■
                    (0x97, 0xA6), (0x97, 0x8F), (0x97, 0x8B):  // ◦ ● ○
                    bulletLength = 3
                default:
                    break
                }
            }
        default:
            break
        }
        if bulletLength > 0 {
            guard let content = contentAfterMarker(source, start + bulletLength, end) else { return nil }
            let isEnDash = bulletLength == 3 && bytes[start + 1] == 0x80 && bytes[start + 2] == 0x93
            return ListMarker(ordered: false, contentStart: content, canInterruptParagraph: true, isEnDash: isEnDash)
        }

        // Numbers and letters.
        var index = start
        let parenthesised = lead == UInt8(ascii: "(")
        if parenthesised { index += 1 }
        let tokenStart = index
        var isNumber = true
        while index < end && ByteClasses.isASCIIDigit(bytes[index]) && index - tokenStart < 4 { index += 1 }
        if index == tokenStart {
            isNumber = false
            while index < end && ByteClasses.isASCIILowercase(bytes[index]) && index - tokenStart < 5 { index += 1 }
        }
        let tokenLength = index - tokenStart
        guard tokenLength > 0, tokenLength <= 3 || (!isNumber && tokenLength <= 4), index < end else { return nil }
        if !isNumber && tokenLength > 1 {
            // Several letters: only a roman numeral, and only in parentheses or before `)`.
            for offset in tokenStart..<index where !"ivxlc".utf8.contains(bytes[offset]) { return nil }
        }
        let closer = bytes[index]
        if parenthesised {
            guard closer == UInt8(ascii: ")") else { return nil }
        } else if closer == UInt8(ascii: ".") {
            guard isNumber else { return nil }  // `A. Smith` is an initial, not a list.
        } else if closer != UInt8(ascii: ")") {
            return nil
        }
        guard let content = contentAfterMarker(source, index + 1, end) else { return nil }
        let first =
            isNumber
            ? (tokenLength == 1 && bytes[tokenStart] == UInt8(ascii: "1"))
            : (tokenLength == 1 && bytes[tokenStart] == UInt8(ascii: "a"))
        var number = 1
        if isNumber {
            number = 0
            for offset in tokenStart..<index { number = number * 10 + Int(bytes[offset] - UInt8(ascii: "0")) }
        }
        return ListMarker(ordered: true, contentStart: content, canInterruptParagraph: first, number: number)
    }

    /// The offset after the white space that must follow a marker, if it is there and content follows.
    private static func contentAfterMarker(_ source: SourceText, _ index: Int, _ end: Int) -> Int? {
        var cursor = index
        while cursor < end {
            let width = ByteClasses.whitespaceLength(source.bytes, at: cursor, end: end)
            if width == 0 { break }
            cursor += width
        }
        return cursor > index && cursor < end ? cursor : nil
    }
}
