import BriefingModel

/// Splits decoded UTF-8 into ``Line``s in one pass, and notes control characters on the way.
struct LineScanner {
    /// How many control characters were seen (other than tab, line feed, carriage return,
    /// form feed and vertical tab), and where the first was.
    var controlCharacterCount = 0
    var firstControlCharacter: SourceLocation?
    var firstControlCharacterValue: UInt32 = 0

    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> [Line] {
        var lines: [Line] = []
        lines.reserveCapacity(bytes.count / 64 + 1)
        let count = bytes.count
        var lineStart = start
        var number = 1
        while lineStart < count {
            // Find the end of the line.
            var index = lineStart
            var terminator = count
            var next = count
            while index < count {
                let byte = bytes[index]
                if byte < 0x20 {
                    if byte == 0x0A {
                        terminator = index
                        next = index + 1
                        break
                    }
                    if byte == 0x0D {
                        terminator = index
                        next = index + 1 < count && bytes[index + 1] == 0x0A ? index + 2 : index + 1
                        break
                    }
                    if byte != 0x09 && byte != 0x0B && byte != 0x0C {
                        noteControl(UInt32(byte), line: number, bytes: bytes, lineStart: lineStart, at: index)
                    }
                } else if byte == 0x7F {
                    noteControl(0x7F, line: number, bytes: bytes, lineStart: lineStart, at: index)
                } else if byte == 0xC2, index + 1 < count, bytes[index + 1] & 0xE0 == 0x80 {
                    noteControl(UInt32(bytes[index + 1]), line: number, bytes: bytes, lineStart: lineStart, at: index)
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
