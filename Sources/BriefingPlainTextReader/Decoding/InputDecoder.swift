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

    /// The decoded input: either the original bytes (valid UTF-8, with a bound on its number of
    /// lines counted on the way) or a repaired copy.
    enum Decoded {
        case original(contentStart: Int, lineBound: Int)
        case repaired([UInt8])
    }

    var diagnostics: [Diagnostic] = []

    mutating func decode(_ bytes: [UInt8]) -> Decoded {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return .repaired(transcodeUTF16(bytes, littleEndian: bytes[0] == 0xFF))
        }
        let start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        let (firstInvalid, lineBound) = bytes.withUnsafeBufferPointer { Self.validate($0, from: start) }
        guard let firstInvalid else { return .original(contentStart: start, lineBound: lineBound) }
        return .repaired(repair(bytes, from: start, firstInvalid: firstInvalid))
    }

    // MARK: Validation

    /// The offset of the first byte that starts an ill-formed sequence, or `nil` if all is valid.
    static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        validate(bytes, from: start).firstInvalid
    }

    /// Checks that `bytes` from `start` are UTF-8, and counts line feeds and carriage returns on
    /// the way (so that the line scanner can size its array at once): the offset of the first
    /// ill-formed sequence, if any, and one more than the count.
    ///
    /// ASCII runs are read sixteen bytes at a time (SIMD).
    static func validate(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (firstInvalid: Int?, lineBound: Int) {
        var index = start
        let count = bytes.count
        var lines = 1
        let zero = SIMD16<UInt8>(repeating: 0)
        let lineFeed = SIMD16<UInt8>(repeating: 0x0A)
        let carriageReturn = SIMD16<UInt8>(repeating: 0x0D)
        var lanes = zero
        var rounds = 0
        let base = UnsafeRawPointer(bytes.baseAddress)
        while index < count {
            if let base, index + 16 <= count {
                let chunk = base.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                let words = unsafeBitCast(chunk, to: SIMD2<UInt64>.self)
                if (words[0] | words[1]) & 0x8080_8080_8080_8080 == 0 {
                    lanes &+= zero.replacing(with: 1, where: (chunk .== lineFeed) .| (chunk .== carriageReturn))
                    rounds += 1
                    if rounds == 255 {  // Each lane counts to 255 at most before the lanes are added up.
                        lines += Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
                        lanes = zero
                        rounds = 0
                    }
                    index += 16
                    continue
                }
            }
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x0A || byte == 0x0D { lines += 1 }
                index += 1
                continue
            }
            let length = sequenceLength(bytes, at: index)
            if length == 0 { return (index, 0) }
            index += length
        }
        lines += Int(SIMD16<UInt16>(truncatingIfNeeded: lanes).wrappedSum())
        return (nil, lines)
    }

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

    private mutating func repair(_ input: [UInt8], from start: Int, firstInvalid: Int) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count + 16)
        var repairs = 0
        input.withUnsafeBufferPointer { bytes in
            output.append(contentsOf: bytes[start..<firstInvalid])
            // Line and column of the next byte, kept up to date as bytes are copied.
            var line = 1
            var column = 1
            for byte in bytes[start..<firstInvalid] {
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            var index = firstInvalid
            while index < bytes.count {
                let length = Self.sequenceLength(bytes, at: index)
                if length > 0 {
                    if bytes[index] == 0x0A {
                        line += 1
                        column = 1
                    } else {
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

    private mutating func transcodeUTF16(_ bytes: [UInt8], littleEndian: Bool) -> [UInt8] {
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
