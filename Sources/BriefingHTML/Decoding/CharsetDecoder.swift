import BriefingModel

/// Finds a page's character encoding and turns its bytes into UTF-8 for libxml2.
///
/// The order: a byte-order mark; then a charset the page declares in its first 2 KiB
/// (`<meta charset>`, `http-equiv="Content-Type"`, an XML declaration); else UTF-8, falling back
/// to Windows-1252 when the bytes are not UTF-8. Bytes that are valid UTF-8 are read as UTF-8
/// whatever the page declares (a declaration that disagrees is reported). NUL bytes become
/// U+FFFD. Every repair is a diagnostic.
struct CharsetDecoder {
    /// What became of the input.
    enum Decoded {
        /// The input is UTF-8 from `start` on (after a byte-order mark) and needs no change.
        case utf8(start: Int)
        /// The input was transcoded or repaired into these UTF-8 bytes.
        case transcoded([UInt8])
        /// The page declares an encoding this decoder does not know; libxml2 converts it.
        case declared(String)
    }

    private(set) var diagnostics: [Diagnostic] = []

    mutating func decode(_ bytes: UnsafeRawBufferPointer) -> Decoded {
        let input = bytes.bindMemory(to: UInt8.self)
        if input.count >= 3 && input[0] == 0xEF && input[1] == 0xBB && input[2] == 0xBF {
            return utf8(input, from: 3, declared: "utf-8")
        }
        if input.count >= 2 && (input[0] == 0xFF && input[1] == 0xFE || input[0] == 0xFE && input[1] == 0xFF) {
            return .transcoded(Self.utf16(input, bigEndian: input[0] == 0xFE))
        }
        let declared = Self.declaredCharset(input)
        return utf8(input, from: 0, declared: declared)
    }

    private mutating func utf8(_ input: UnsafeBufferPointer<UInt8>, from start: Int, declared: String?) -> Decoded {
        let scan = Self.scanUTF8(input, from: start)
        let family = declared.map(Self.family) ?? .utf8
        if scan.invalid == 0 {
            if let declared, family != .utf8, scan.multibyte > 0 {
                note(.declaredCharsetIgnored, "the page declares '\(declared)' but its bytes are UTF-8; read as UTF-8")
            }
            if scan.nul > 0 {
                note(.replacedCharacter, "\(scan.nul) NUL byte(s) replaced with U+FFFD")
                return .transcoded(Self.replacingNUL(input, from: start))
            }
            return .utf8(start: start)
        }
        if case .other(let name) = family {
            return .declared(name)
        }
        // Mostly UTF-8 with a few bad bytes: repair them. Otherwise the page is a legacy
        // single-byte one: Windows-1252 (a superset of ISO-8859-1 in what pages use).
        if family == .utf8 && declared != nil && 4 * scan.multibyte >= scan.invalid || scan.multibyte > 2 * scan.invalid
        {
            note(.invalidUTF8, "\(scan.invalid) byte sequence(s) that are not UTF-8 replaced with U+FFFD")
            return .transcoded(Self.repairingUTF8(input, from: start))
        }
        if family == .utf8 {
            note(
                .charsetFallback,
                declared == nil
                    ? "the page declares no charset and is not UTF-8; read as Windows-1252"
                    : "the page declares '\(declared!)' but is not UTF-8; read as Windows-1252")
        }
        return .transcoded(Self.windows1252(input, from: start))
    }

    private mutating func note(_ code: Diagnostic.Code, _ message: String) {
        diagnostics.append(Diagnostic(code: code, message: message))
    }

    // MARK: The declared charset

    enum Family: Equatable {
        case utf8
        case windows1252
        case other(String)
    }

    static func family(_ name: String) -> Family {
        switch name {
        case "utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le", "utf-16be": .utf8
        case "windows-1252", "cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii",
            "iso-8859-15", "x-cp1252", "ansi_x3.4-1968":
            .windows1252
        default: .other(name)
        }
    }

    /// The charset named in the first 2 KiB (`charset=NAME` anywhere in a tag, or an XML
    /// declaration's `encoding="NAME"`), in lower case.
    static func declaredCharset(_ input: UnsafeBufferPointer<UInt8>) -> String? {
        let end = min(input.count, 2048)
        let keys: [[UInt8]] = [Array("charset".utf8), Array("encoding".utf8)]
        var index = 0
        while index < end {
            for key in keys where index + key.count < end && matches(input, at: index, key) {
                var cursor = index + key.count
                while cursor < end && (input[cursor] == 0x20 || input[cursor] == 0x09) { cursor += 1 }
                guard cursor < end && input[cursor] == UInt8(ascii: "=") else { continue }
                cursor += 1
                while cursor < end && (input[cursor] == 0x20 || input[cursor] == 0x22 || input[cursor] == 0x27) {
                    cursor += 1
                }
                var name: [UInt8] = []
                while cursor < end, name.count < 40 {
                    let byte = input[cursor] | (input[cursor] &- 0x41 < 26 ? 0x20 : 0)
                    guard byte.isCharsetNameByte else { break }
                    name.append(byte)
                    cursor += 1
                }
                if !name.isEmpty { return String(decoding: name, as: UTF8.self) }
            }
            index += 1
        }
        return nil
    }

    private static func matches(_ input: UnsafeBufferPointer<UInt8>, at index: Int, _ key: [UInt8]) -> Bool {
        for (offset, byte) in key.enumerated() where input[index + offset] | 0x20 != byte { return false }
        return true
    }

    // MARK: UTF-8

    /// Counts invalid sequences, valid multi-byte characters and NUL bytes.
    static func scanUTF8(
        _ input: UnsafeBufferPointer<UInt8>, from start: Int
    ) -> (invalid: Int, multibyte: Int, nul: Int) {
        var invalid = 0
        var multibyte = 0
        var nul = 0
        var index = start
        while index < input.count {
            let byte = input[index]
            if byte < 0x80 {
                if byte == 0 { nul += 1 }
                index += 1
                continue
            }
            let length = sequenceLength(input, at: index)
            if length == 0 {
                invalid += 1
                index += 1
            } else {
                multibyte += 1
                index += length
            }
        }
        return (invalid, multibyte, nul)
    }

    /// The length of the valid UTF-8 sequence starting with a non-ASCII byte at `index`, or 0.
    static func sequenceLength(_ input: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = input[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch byte {
        case 0xC2...0xDF: length = 2
        case 0xE0:
            length = 3
            low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
            length = 3
            high = 0x9F
        case 0xF0:
            length = 4
            low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
            length = 4
            high = 0x8F
        default: return 0
        }
        guard index + length <= input.count else { return 0 }
        guard input[index + 1] >= low && input[index + 1] <= high else { return 0 }
        for offset in 2..<length where input[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }

    static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    static func replacingNUL(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count - start + 16)
        for byte in input[start...] {
            if byte == 0 { output += replacement } else { output.append(byte) }
        }
        return output
    }

    static func repairingUTF8(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count - start + 64)
        var index = start
        while index < input.count {
            let byte = input[index]
            if byte < 0x80 {
                if byte == 0 { output += replacement } else { output.append(byte) }
                index += 1
                continue
            }
            let length = sequenceLength(input, at: index)
            if length == 0 {
                output += replacement
                index += 1
            } else {
                output.append(contentsOf: input[index..<index + length])
                index += length
            }
        }
        return output
    }

    // MARK: Other encodings

    /// Windows-1252's characters for bytes 0x80–0x9F (0 where the code page has none: those
    /// bytes are read as the C1 control of the same value, as browsers do).
    static let high1252: [UInt16] = [
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
        0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E,
        0x0178,
    ]

    static func windows1252(_ input: UnsafeBufferPointer<UInt8>, from start: Int) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity((input.count - start) * 5 / 4)
        for byte in input[start...] {
            if byte == 0 {
                output += replacement
            } else if byte < 0x80 {
                output.append(byte)
            } else {
                var value = UInt32(byte)
                if byte < 0xA0, high1252[Int(byte - 0x80)] != 0 { value = UInt32(high1252[Int(byte - 0x80)]) }
                appendUTF8(value, to: &output)
            }
        }
        return output
    }

    static func utf16(_ input: UnsafeBufferPointer<UInt8>, bigEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(input.count / 2)
        var index = 2
        while index + 1 < input.count {
            let first = UInt16(input[index])
            let second = UInt16(input[index + 1])
            units.append(bigEndian ? first << 8 | second : second << 8 | first)
            index += 2
        }
        var output: [UInt8] = []
        output.reserveCapacity(units.count * 2)
        for scalar in Unicode.UTF16.decode(units) {
            appendUTF8(scalar == 0 ? 0xFFFD : scalar, to: &output)
        }
        return output
    }

    static func appendUTF8(_ value: UInt32, to output: inout [UInt8]) {
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        output.append(contentsOf: UTF8.encode(scalar)!)
    }
}

extension Unicode.UTF16 {
    /// The scalars of `units`, with U+FFFD for each unpaired surrogate.
    fileprivate static func decode(_ units: [UInt16]) -> [UInt32] {
        var result: [UInt32] = []
        result.reserveCapacity(units.count)
        var iterator = units.makeIterator()
        var decoder = Unicode.UTF16.ForwardParser()
        while true {
            switch decoder.parseScalar(from: &iterator) {
            case .valid(let encoded): result.append(Unicode.UTF16.decode(encoded).value)
            case .error: result.append(0xFFFD)
            case .emptyInput: return result
            }
        }
    }
}

extension UInt8 {
    fileprivate var isCharsetNameByte: Bool {
        self &- 0x61 < 26 || self &- 0x30 < 10 || self == 0x2D || self == 0x5F || self == 0x2E || self == 0x3A
    }
}
