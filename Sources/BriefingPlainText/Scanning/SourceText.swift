import BriefingModel

/// The decoded input with its lines: what every recogniser reads from.
struct SourceText {
    let bytes: UnsafeBufferPointer<UInt8>
    let lines: [Line]

    /// The location of byte `offset` on `line`: its 1-based line and scalar column.
    func location(of line: Line, at offset: Int) -> SourceLocation {
        var column = 1
        var index = line.start
        while index < offset {
            if !ByteClasses.isContinuation(bytes[index]) { column += 1 }
            index += 1
        }
        return SourceLocation(line: line.number, column: column)
    }

    /// The location of the first content byte of `line`.
    func location(of line: Line) -> SourceLocation {
        location(of: line, at: line.contentStart)
    }

    /// The bytes `[start, end)` as a string.
    func string(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }

    /// The byte at `offset`, or 0 past the end.
    @inline(__always)
    func byte(_ offset: Int) -> UInt8 { offset < bytes.count ? bytes[offset] : 0 }

    /// Whether the content `[start, end)` begins with the ASCII `prefix`.
    func hasPrefix(_ prefix: StaticString, _ start: Int, _ end: Int) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard end - start >= length else { return false }
        return prefix.withUTF8Buffer { pattern in
            for offset in 0..<length where bytes[start + offset] != pattern[offset] { return false }
            return true
        }
    }

    /// Whether the content `[start, end)` begins with the ASCII `prefix`, ignoring ASCII case.
    func hasPrefixIgnoringCase(_ prefix: StaticString, _ start: Int, _ end: Int) -> Bool {
        let length = prefix.utf8CodeUnitCount
        guard end - start >= length else { return false }
        return prefix.withUTF8Buffer { pattern in
            for offset in 0..<length where bytes[start + offset] | 0x20 != pattern[offset] | 0x20 { return false }
            return true
        }
    }
}

/// Pieces of content (byte ranges) that join into one line of text with single spaces.
///
/// Most blocks are one piece; only wrapped text needs more, so the extra pieces are kept apart
/// and allocated only when needed.
struct TextPieces {
    var first: Range<Int>
    var more: [Range<Int>] = []

    init(_ first: Range<Int>) { self.first = first }

    mutating func append(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        if first.isEmpty {
            first = range
        } else {
            more.append(range)
        }
    }

    var isEmpty: Bool { first.isEmpty && more.isEmpty }

    /// The pieces joined with single spaces, starting `skip` bytes into the first piece.
    ///
    /// A word broken after its hyphen at the end of a line (`open-` / `hardware`) is joined
    /// without a space (`open-hardware`).
    func text(in source: SourceText, skippingFirst skip: Int = 0) -> String {
        let head = (first.lowerBound + skip)..<max(first.lowerBound + skip, first.upperBound)
        if more.isEmpty { return source.string(head.lowerBound, head.upperBound) }
        var total = head.count
        for piece in more { total += 1 + piece.count }
        return String(unsafeUninitializedCapacity: total) { buffer in
            var written = 0
            func copy(_ range: Range<Int>) {
                guard !range.isEmpty else { return }
                if written > 0 && !Self.continuesHyphenatedWord(buffer, written, source.bytes[range.lowerBound]) {
                    buffer[written] = 0x20
                    written += 1
                }
                _ = UnsafeMutableBufferPointer(rebasing: buffer[written..<written + range.count])
                    .initialize(from: source.bytes[range])
                written += range.count
            }
            copy(head)
            for piece in more { copy(piece) }
            return written
        }
    }

    /// Whether text written so far ends in `letter-` and the next piece starts with a letter or digit.
    private static func continuesHyphenatedWord(
        _ buffer: UnsafeMutableBufferPointer<UInt8>, _ written: Int, _ next: UInt8
    ) -> Bool {
        guard written >= 2, buffer[written - 1] == UInt8(ascii: "-") else { return false }
        let before = buffer[written - 2]
        let letterBefore = ByteClasses.isASCIILetter(before) || ByteClasses.isASCIIDigit(before) || before >= 0x80
        return letterBefore && (ByteClasses.isASCIILetter(next) || ByteClasses.isASCIIDigit(next))
    }
}
