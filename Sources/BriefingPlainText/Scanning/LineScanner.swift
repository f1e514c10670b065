import BriefingModel

/// Splits UTF-8 into ``Line``s in one pass, checking that it is well formed and noting control
/// characters on the way.
///
/// The search for the end of a line reads sixteen bytes at a time: a chunk is passed over in one
/// step unless it holds a byte below U+0020 (line feed, carriage return, tab, other controls),
/// U+007F, or a byte of a multi-byte sequence, which is checked there and then.
struct LineScanner {
    /// How many control characters were seen (other than tab, line feed, carriage return,
    /// form feed and vertical tab), and where the first was.
    var controlCharacterCount = 0
    var firstControlCharacter: SourceLocation?
    var firstControlCharacterValue: UInt32 = 0

    /// The offset of the first byte that starts an ill-formed UTF-8 sequence, when ``scan(_:from:)``
    /// stopped at one.
    private(set) var firstInvalid: Int?

    /// The offset of the first byte from `index` that needs a closer look — below U+0020, U+007F
    /// or above — reading sixteen bytes at a time; or the last offset from which sixteen bytes do
    /// not remain.
    @inline(__always)
    private static func nextInteresting(_ base: UnsafeRawPointer, from start: Int, to end: Int) -> Int {
        // Constants built here, not in `static let`s, whose every read would pass a lazy-initialisation check.
        let space = SIMD16<UInt8>(repeating: 0x20)
        let delete = SIMD16<UInt8>(repeating: 0x7F)
        var index = start
        while index + 16 <= end {
            let chunk = base.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
            // One mask of every lane below U+0020 or at U+007F and above; read as two words.
            let words = unsafeBitCast((chunk .< space) .| (chunk .>= delete), to: SIMD2<UInt64>.self)
            if words[0] | words[1] != 0 {
                let low = UInt64(littleEndian: words[0])
                return index
                    + (low != 0
                        ? low.trailingZeroBitCount / 8 : 8 + UInt64(littleEndian: words[1]).trailingZeroBitCount / 8)
            }
            index += 16
        }
        return index
    }

    /// The lines of `bytes` from `start`, or `nil` when the bytes are not well-formed UTF-8
    /// (``firstInvalid`` then says where).
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> [Line]? {
        var lines: [Line] = []
        // Articles average well over 40 bytes a line; the array grows if this is too few.
        lines.reserveCapacity((bytes.count - start) / 40 + 16)
        let count = bytes.count
        let base = UnsafeRawPointer(bytes.baseAddress)
        var lineStart = start
        var number = 1
        while lineStart < count {
            // Find the end of the line.
            var index = lineStart
            var terminator = count
            var next = count
            search: while index < count {
                if let base {
                    index = Self.nextInteresting(base, from: index, to: count)
                    if index >= count { break }
                }
                let byte = bytes[index]
                if byte < 0x20 {
                    if byte == 0x0A {
                        terminator = index
                        next = index + 1
                        break search
                    }
                    if byte == 0x0D {
                        terminator = index
                        next = index + 1 < count && bytes[index + 1] == 0x0A ? index + 2 : index + 1
                        break search
                    }
                    if byte != 0x09 && byte != 0x0B && byte != 0x0C {
                        noteControl(UInt32(byte), line: number, bytes: bytes, lineStart: lineStart, at: index)
                    }
                } else if byte >= 0x80 {
                    let length = InputDecoder.sequenceLength(bytes, at: index)
                    guard length > 0 else {
                        firstInvalid = index
                        return nil
                    }
                    if byte == 0xC2 && bytes[index + 1] < 0xA0 {  // C1 controls U+0080–U+009F.
                        noteControl(
                            UInt32(bytes[index + 1]), line: number, bytes: bytes, lineStart: lineStart, at: index)
                    }
                    index += length
                    continue
                } else if byte == 0x7F {
                    noteControl(0x7F, line: number, bytes: bytes, lineStart: lineStart, at: index)
                }
                index += 1
            }
            lines.append(Self.measure(bytes, start: lineStart, end: terminator, number: number))
            number += 1
            lineStart = next
        }
        return lines
    }

    /// Measures indentation and trims white space off both ends of `[start, end)`.
    @inline(__always)
    static func measure(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int, number: Int) -> Line {
        var contentStart = start
        var indent = 0
        while contentStart < end {
            let width = ByteClasses.whitespaceLength(bytes, at: contentStart, end: end)
            if width == 0 { break }
            indent = bytes[contentStart] == 0x09 ? (indent / 4 + 1) * 4 : indent + 1
            contentStart += width
        }
        var contentEnd = end
        while contentEnd > contentStart,
            let previous = ByteClasses.trailingWhitespaceStart(bytes, before: contentEnd, from: contentStart)
        {
            contentEnd = previous
        }
        return Line(start: start, contentStart: contentStart, contentEnd: contentEnd, indent: indent, number: number)
    }

    private mutating func noteControl(
        _ value: UInt32, line: Int, bytes: UnsafeBufferPointer<UInt8>, lineStart: Int, at index: Int
    ) {
        if controlCharacterCount == 0 {
            var column = 1
            for offset in lineStart..<index where !ByteClasses.isContinuation(bytes[offset]) { column += 1 }
            firstControlCharacter = SourceLocation(line: line, column: column)
            firstControlCharacterValue = value
        }
        controlCharacterCount += 1
    }
}
