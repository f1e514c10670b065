import BriefingModel

/// Splits decoded UTF-8 into ``Line``s in one pass, and notes control characters on the way.
///
/// The search for the end of a line reads eight bytes at a time: a word is passed over in one step
/// unless it holds a byte below U+0020 (line feed, carriage return, tab, other controls), U+007F,
/// or 0xC2 (which starts the C1 controls U+0080–U+009F and the no-break space).
struct LineScanner {
    /// How many control characters were seen (other than tab, line feed, carriage return,
    /// form feed and vertical tab), and where the first was.
    var controlCharacterCount = 0
    var firstControlCharacter: SourceLocation?
    var firstControlCharacterValue: UInt32 = 0

    /// The offset of the first byte from `index` that needs a closer look — below U+0020 (line
    /// feed, carriage return, tab, other controls), U+007F, or 0xC2 (which starts the C1
    /// controls and the no-break space) — reading sixteen bytes at a time; or `end`.
    @inline(__always)
    private static func nextInteresting(_ base: UnsafeRawPointer, from start: Int, to end: Int) -> Int {
        // Constants built here, not in `static let`s, whose every read would pass a lazy-initialisation check.
        let space = SIMD16<UInt8>(repeating: 0x20)
        let delete = SIMD16<UInt8>(repeating: 0x7F)
        let twoByteLead = SIMD16<UInt8>(repeating: 0xC2)
        var index = start
        while index + 16 <= end {
            let chunk = base.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
            let interesting = (chunk .< space) .| (chunk .== delete) .| (chunk .== twoByteLead)
            if !ByteMask.isEmpty(interesting) { return index + ByteMask.firstSet(interesting) }
            index += 16
        }
        return index
    }

    /// An upper bound on the number of lines: line feeds plus carriage returns, plus one.
    /// Counted sixteen bytes at a time, so that the array of lines is allocated once at its final
    /// size instead of growing by doubling.
    static func lineCountBound(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let count = bytes.count
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return 1 }
        let lineFeed = SIMD16<UInt8>(repeating: 0x0A)
        let carriageReturn = SIMD16<UInt8>(repeating: 0x0D)
        var total = 1
        var index = start
        var lanes = SIMD16<UInt8>(repeating: 0)
        var rounds = 0
        while index + 16 <= count {
            let chunk = base.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
            lanes &+= SIMD16<UInt8>(repeating: 0).replacing(
                with: 1, where: (chunk .== lineFeed) .| (chunk .== carriageReturn))
            index += 16
            rounds += 1
            if rounds == 255 {  // Lanes count to 255 at most before they are added up.
                total += Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
                lanes = SIMD16<UInt8>(repeating: 0)
                rounds = 0
            }
        }
        total += Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
        while index < count {
            if bytes[index] == 0x0A || bytes[index] == 0x0D { total += 1 }
            index += 1
        }
        return total
    }

    /// The lines of `bytes` from `start`; `lineBound`, when the caller has counted them, saves a pass.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, lineBound: Int? = nil) -> [Line] {
        var lines: [Line] = []
        lines.reserveCapacity(lineBound ?? Self.lineCountBound(bytes, from: start))
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
