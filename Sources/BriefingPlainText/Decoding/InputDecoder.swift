import BriefingModel

/// Turns raw input bytes into valid UTF-8, reporting every repair.
///
/// - A UTF-8 byte-order mark is skipped (its offset is remembered so columns stay right).
/// - UTF-16 with a byte-order mark is transcoded to UTF-8.
/// - Each maximal ill-formed subsequence is replaced with U+FFFD (the Unicode "substitution of
///   maximal subparts" practice), and a diagnostic names its byte offset in the original input.
///
/// Valid UTF-8 — the common case — is checked in one pass with an ASCII fast path and is not copied.
struct InputDecoder {
    /// At most this many invalid sequences are reported one by one; the rest are counted in one diagnostic.
    static let reportedRepairsLimit = 20

    /// The decoded input: either the original bytes from `contentStart` (UTF-8, possibly ill
    /// formed: the line scanner checks it on its way) or a transcoded copy (valid UTF-8).
    enum Decoded {
        case original(contentStart: Int)
        case transcoded([UInt8])
    }

    var diagnostics: [Diagnostic] = []

    /// Recognises the byte-order mark, if any: UTF-16 is transcoded, a UTF-8 mark skipped.
    mutating func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Decoded {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return .transcoded(transcodeUTF16(bytes, littleEndian: bytes[0] == 0xFF))
        }
        let start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        return .original(contentStart: start)
    }

    // MARK: Validation

    /// The length of the well-formed UTF-8 sequence at `index`, or 0 if the bytes there are ill formed.
    static func sequenceLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        if lead < 0x80 { return 1 }
        let count = bytes.count
        func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            index + offset < count && bytes[index + offset] >= low && bytes[index + offset] <= high
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(1) ? 2 : 0
        case 0xE0:
            return continuation(1, 0xA0, 0xBF) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(1) && continuation(2) ? 3 : 0
        case 0xED:
            return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0
        case 0xF0:
            return continuation(1, 0x90, 0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3:
            return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4:
            return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default:
            return 0
        }
    }

    /// How many bytes of the ill-formed sequence at `index` form one maximal subpart (at least 1).
    static func maximalSubpartLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let (needed, low, high): (Int, UInt8, UInt8)
        switch lead {
        case 0xC2...0xDF: (needed, low, high) = (1, 0x80, 0xBF)
        case 0xE0: (needed, low, high) = (2, 0xA0, 0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (needed, low, high) = (2, 0x80, 0xBF)
        case 0xED: (needed, low, high) = (2, 0x80, 0x9F)
        case 0xF0: (needed, low, high) = (3, 0x90, 0xBF)
        case 0xF1...0xF3: (needed, low, high) = (3, 0x80, 0xBF)
        case 0xF4: (needed, low, high) = (3, 0x80, 0x8F)
        default: return 1
        }
        var length = 1
        while length <= needed, index + length < bytes.count {
            let byte = bytes[index + length]
            let (lo, hi): (UInt8, UInt8) = length == 1 ? (low, high) : (0x80, 0xBF)
            guard byte >= lo && byte <= hi else { break }
            length += 1
        }
        return length
    }

    // MARK: Repair

    /// A copy of `input` from `start` with each ill-formed sequence, from `firstInvalid` on,
    /// replaced with U+FFFD and reported.
    mutating func repair(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, firstInvalid: Int) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        var repairs = 0
        do {
            output.append(contentsOf: bytes[start..<firstInvalid])
            // Line and column of the next byte, kept up to date as bytes are copied. A line ends
            // at a line feed, or at a carriage return not followed by one.
            var line = 1
            var column = 1
            func isLineEnd(_ offset: Int) -> Bool {
                let byte = bytes[offset]
                return byte == 0x0A || (byte == 0x0D && (offset + 1 == bytes.count || bytes[offset + 1] != 0x0A))
            }
            for offset in start..<firstInvalid {
                if isLineEnd(offset) {
                    line += 1
                    column = 1
                } else if bytes[offset] & 0xC0 != 0x80 && bytes[offset] != 0x0D {
                    column += 1
                }
            }
            var index = firstInvalid
            while index < bytes.count {
                let length = Self.sequenceLength(bytes, at: index)
                if length > 0 {
                    if isLineEnd(index) {
                        line += 1
                        column = 1
                    } else if bytes[index] != 0x0D {
                        column += 1
                    }
                    output.append(contentsOf: bytes[index..<index + length])
                    index += length
                    continue
                }
                let bad = Self.maximalSubpartLength(bytes, at: index)
                repairs += 1
                if repairs <= Self.reportedRepairsLimit {
                    let shown = bytes[index..<index + bad].map { Self.hex($0) }.joined(separator: " ")
                    diagnostics.append(
                        Diagnostic(
                            code: .invalidUTF8,
                            message: "invalid UTF-8 at byte offset \(index) (\(shown)) replaced with U+FFFD",
                            location: SourceLocation(line: line, column: column)))
                }
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
                column += 1
                index += bad
            }
        }
        if repairs > Self.reportedRepairsLimit {
            diagnostics.append(
                Diagnostic(
                    code: .invalidUTF8,
                    message: "\(repairs - Self.reportedRepairsLimit) more invalid UTF-8 sequences replaced with U+FFFD"
                        + " (\(repairs) in all)"))
        }
        return output
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]], as: UTF8.self)
    }

    // MARK: UTF-16

    private mutating func transcodeUTF16(_ bytes: UnsafeBufferPointer<UInt8>, littleEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = 2
        while index + 1 < bytes.count {
            let pair =
                littleEndian
                ? UInt16(bytes[index]) | UInt16(bytes[index + 1]) << 8
                : UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])
            units.append(pair)
            index += 2
        }
        var output: [UInt8] = []
        output.reserveCapacity(units.count * 2)
        var replaced = 0
        var iterator = units.makeIterator()
        var decoder = UTF16()
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): UTF8.encode(scalar) { output.append($0) }
            case .error:
                replaced += 1
                output.append(contentsOf: [0xEF, 0xBF, 0xBD])
            case .emptyInput: break loop
            }
        }
        let order = littleEndian ? "little-endian" : "big-endian"
        diagnostics.append(
            Diagnostic(
                severity: .note, code: .transcodedUTF16,
                message: "input is UTF-16 (\(order), with a byte-order mark) and was transcoded to UTF-8"))
        if bytes.count % 2 == 1 {
            replaced += 1
            output.append(contentsOf: [0xEF, 0xBF, 0xBD])
        }
        if replaced > 0 {
            let odd = bytes.count % 2 == 1 ? " (one of them for a final odd byte)" : ""
            diagnostics.append(
                Diagnostic(
                    code: .invalidUTF8,
                    message: "\(replaced) ill-formed UTF-16 code unit(s) replaced with U+FFFD\(odd)"))
        }
        return output
    }
}
