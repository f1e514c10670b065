/// Byte-level tests on UTF-8 text, used by the scanner and the recognisers.
///
/// Every function looks at bytes only; none decodes `Character`s.
enum ByteClasses {
    /// Whether `scalar` is white space in the sense of ``whitespaceLength(_:at:end:)``.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// `text` without the white space at either end (the white space that ends of lines lose).
    static func trimmingWhitespace(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isWhitespace($0) }),
            let last = scalars.lastIndex(where: { !isWhitespace($0) })
        else { return text[text.endIndex...] }
        return text[first...last]
    }

    /// The width of the white-space character at `index`, in bytes, or 0 if there is none.
    ///
    /// White space is space, tab, form feed, vertical tab, U+00A0 no-break space, U+2000–U+200A,
    /// U+202F, U+205F and U+3000.
    @inline(__always)
    static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Int {
        let byte = bytes[index]
        switch byte {
        case 0x20, 0x09, 0x0B, 0x0C:
            return 1
        case 0xC2:
            return index + 1 < end && bytes[index + 1] == 0xA0 ? 2 : 0
        case 0xE2:
            guard index + 2 < end else { return 0 }
            let second = bytes[index + 1]
            let third = bytes[index + 2]
            if second == 0x80 && (third <= 0x8A || third == 0xAF) { return 3 }
            if second == 0x81 && third == 0x9F { return 3 }
            return 0
        case 0xE3:
            return index + 2 < end && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80 ? 3 : 0
        default:
            return 0
        }
    }

    /// Whether `index` starts a white-space character.
    @inline(__always)
    static func isWhitespace(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> Bool {
        whitespaceLength(bytes, at: index, end: end) > 0
    }

    /// The offset of the start of the white-space character that ends just before `end`, or `nil`.
    @inline(__always)
    static func trailingWhitespaceStart(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int, from start: Int) -> Int? {
        let last = bytes[end - 1]
        if last == 0x20 || last == 0x09 || last == 0x0B || last == 0x0C { return end - 1 }
        if last == 0xA0, end - 2 >= start, bytes[end - 2] == 0xC2 { return end - 2 }
        if end - 3 >= start, bytes[end - 3] == 0xE2 || bytes[end - 3] == 0xE3,
            whitespaceLength(bytes, at: end - 3, end: end) == 3
        {
            return end - 3
        }
        return nil
    }

    @inline(__always)
    static func isASCIIUppercase(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

    @inline(__always)
    static func isASCIILowercase(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }

    @inline(__always)
    static func isASCIIDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    @inline(__always)
    static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// Whether the byte is a UTF-8 continuation byte (`10xxxxxx`).
    @inline(__always)
    static func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

    /// Decodes the scalar at `index` (the input is valid UTF-8) and returns it with its length.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        var value: UInt32
        var length: Int
        switch lead {
        case 0..<0x80: return (Unicode.Scalar(lead), 1)
        case 0xC0..<0xE0: value = UInt32(lead & 0x1F); length = 2
        case 0xE0..<0xF0: value = UInt32(lead & 0x0F); length = 3
        default: value = UInt32(lead & 0x07); length = 4
        }
        var offset = 1
        while offset < length && index + offset < bytes.count {
            value = value << 6 | UInt32(bytes[index + offset] & 0x3F)
            offset += 1
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Decodes the scalar that ends just before `end`, with its length.
    @inline(__always)
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int, from start: Int) -> (Unicode.Scalar, Int)
    {
        var index = end - 1
        while index > start && isContinuation(bytes[index]) { index -= 1 }
        return scalar(bytes, at: index)
    }
}
