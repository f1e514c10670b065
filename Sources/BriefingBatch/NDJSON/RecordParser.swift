/// Reads one line of NDJSON input as a record: a JSON object whose members `id`, `path`, `text`,
/// `html`, `markdown`, `url` and `format` are strings; other members are checked and ignored.
///
/// Strict JSON (RFC 8259) in one pass over the bytes. String values are unescaped into bytes, so
/// a document's text is handed to its reader as it was sent, invalid UTF-8 included (the reader
/// repairs it and says so). Whatever was read before an error is kept — an `id` that came
/// first names the record even when the rest of the line is broken.
struct RecordParser {
    /// The members of a record that the batch reads.
    struct Fields {
        var id: String?
        var path: String?
        var text: [UInt8]?
        var html: [UInt8]?
        var markdown: [UInt8]?
        var url: String?
        var format: String?
        /// The input members present, in the order given (`path`, `text`, `html`, `markdown`).
        var inputs: [String] = []
    }

    /// Why a line is not a record, and where (a byte offset from the start of the line).
    struct Failure: Error {
        var message: String
        var offset: Int
    }

    /// How deeply the values of other members may nest.
    static let maximumDepth = 64

    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0
    private(set) var fields = Fields()
    /// The members read so far, one bit each, in the order of `memberNames`.
    private var seen: UInt8 = 0

    /// The members the batch reads.
    private static let memberNames: [StaticString] = ["id", "path", "text", "html", "markdown", "url", "format"]

    private init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The fields of `line`, or the failure with the fields read before it.
    static func parse(_ line: UnsafeBufferPointer<UInt8>) -> (Fields, Failure?) {
        var parser = RecordParser(line)
        do throws(Failure) {
            try parser.parseRecord()
            return (parser.fields, nil)
        } catch {
            return (parser.fields, error)
        }
    }

    // MARK: The record

    private mutating func parseRecord() throws(Failure) {
        skipSpace()
        guard peek == UInt8(ascii: "{") else { throw failure("a record is a JSON object: it starts with '{'") }
        index += 1
        skipSpace()
        if peek == UInt8(ascii: "}") {
            index += 1
        } else {
            while true {
                try parseMember()
                skipSpace()
                guard let byte = peek else { throw failure("the object is not closed: the line ends first") }
                index += 1
                if byte == UInt8(ascii: "}") { break }
                guard byte == UInt8(ascii: ",") else {
                    index -= 1
                    throw failure("expected ',' or '}' after a member")
                }
                skipSpace()
            }
        }
        skipSpace()
        guard index == bytes.count else { throw failure("something follows the record on its line") }
    }

    private mutating func parseMember() throws(Failure) {
        guard peek == UInt8(ascii: "\"") else { throw failure("expected a member name in double quotes") }
        let member = try parseMemberName()
        skipSpace()
        guard peek == UInt8(ascii: ":") else { throw failure("expected ':' after a member name") }
        index += 1
        skipSpace()
        guard let member else { return try skipValue(depth: 0) }
        let name = Self.memberNames[member].description
        guard seen & (1 << member) == 0 else { throw failure("the member '\(name)' is given twice") }
        seen |= 1 << member
        if peek == UInt8(ascii: "n") && (name == "url" || name == "format") {
            try parseLiteral("null")
            return
        }
        guard peek == UInt8(ascii: "\"") else {
            throw failure("the member '\(name)' must be a string\(name == "id" ? " (ids are strings)" : "")")
        }
        let value = try parseString()
        switch member {
        case 0: fields.id = String(decoding: value, as: UTF8.self)
        case 1: fields.path = String(decoding: value, as: UTF8.self)
        case 2: fields.text = value
        case 3: fields.html = value
        case 4: fields.markdown = value
        case 5: fields.url = String(decoding: value, as: UTF8.self)
        default: fields.format = String(decoding: value, as: UTF8.self)
        }
        if (1...4).contains(member) { fields.inputs.append(name) }
    }

    /// The name of a member at `index` (its opening quote): the position of a member the batch
    /// reads in `memberNames`, or `nil` for another. A name without escapes is compared in place.
    private mutating func parseMemberName() throws(Failure) -> Int? {
        let start = index + 1
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20
        {
            end += 1
        }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            index = end + 1
            let name = UnsafeBufferPointer(rebasing: bytes[start..<end])
            return Self.memberNames.firstIndex { known in
                known.withUTF8Buffer { $0.elementsEqual(name) }
            }
        }
        let name = try parseString()
        return Self.memberNames.firstIndex { known in known.withUTF8Buffer { $0.elementsEqual(name) } }
    }

    // MARK: Values

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func failure(_ message: String) -> Failure {
        Failure(message: message, offset: index)
    }

    private mutating func skipSpace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    /// A string at `index` (which is its opening quote), unescaped into bytes.
    private mutating func parseString() throws(Failure) -> [UInt8] {
        index += 1
        var value: [UInt8] = []
        var runStart = index
        while true {
            guard let byte = peek else { throw failure("a string is not closed: the line ends first") }
            if byte == UInt8(ascii: "\"") {
                value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                index += 1
                return value
            }
            if byte < 0x20 { throw failure("a control character (U+00\(hex(byte))) must be escaped in a string") }
            if byte != UInt8(ascii: "\\") {
                index += 1
                continue
            }
            if value.isEmpty { value.reserveCapacity(bytes.count - runStart) }
            value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            index += 1
            guard let escaped = peek else { throw failure("a string is not closed: the line ends first") }
            index += 1
            switch escaped {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): value.append(escaped)
            case UInt8(ascii: "b"): value.append(0x08)
            case UInt8(ascii: "f"): value.append(0x0C)
            case UInt8(ascii: "n"): value.append(0x0A)
            case UInt8(ascii: "r"): value.append(0x0D)
            case UInt8(ascii: "t"): value.append(0x09)
            case UInt8(ascii: "u"): appendScalar(try parseEscapedScalar(), to: &value)
            default:
                index -= 1
                throw failure("'\\\(Character(Unicode.Scalar(escaped)))' is not an escape JSON knows")
            }
            runStart = index
        }
    }

    /// The scalar of a `\uXXXX` escape (the `\u` already read), joining a surrogate pair; a lone
    /// surrogate becomes U+FFFD.
    private mutating func parseEscapedScalar() throws(Failure) -> Unicode.Scalar {
        let unit = try parseHexQuad()
        if (0xD800...0xDBFF).contains(unit), index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
            bytes[index + 1] == UInt8(ascii: "u")
        {
            let saved = index
            index += 2
            let low = try parseHexQuad()
            if (0xDC00...0xDFFF).contains(low) {
                return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))!
            }
            index = saved
        }
        return Unicode.Scalar(unit) ?? "\u{FFFD}"
    }

    private mutating func parseHexQuad() throws(Failure) -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek else { throw failure("a \\u escape needs four hexadecimal digits") }
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw failure("a \\u escape needs four hexadecimal digits")
            }
            value = value << 4 | UInt32(digit)
            index += 1
        }
        return value
    }

    private func appendScalar(_ scalar: Unicode.Scalar, to value: inout [UInt8]) {
        UTF8.encode(scalar) { value.append($0) }
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }

    /// Checks and steps over any JSON value.
    private mutating func skipValue(depth: Int) throws(Failure) {
        guard let byte = peek else { throw failure("expected a value: the line ends first") }
        switch byte {
        case UInt8(ascii: "\""):
            _ = try parseString()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            guard depth < Self.maximumDepth else {
                throw failure("a value is nested more than \(Self.maximumDepth) levels deep")
            }
            let close = byte == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]")
            index += 1
            skipSpace()
            if peek == close {
                index += 1
                return
            }
            while true {
                if close == UInt8(ascii: "}") {
                    guard peek == UInt8(ascii: "\"") else { throw failure("expected a member name in double quotes") }
                    _ = try parseString()
                    skipSpace()
                    guard peek == UInt8(ascii: ":") else { throw failure("expected ':' after a member name") }
                    index += 1
                    skipSpace()
                }
                try skipValue(depth: depth + 1)
                skipSpace()
                guard let next = peek else { throw failure("a value is not closed: the line ends first") }
                index += 1
                if next == close { return }
                guard next == UInt8(ascii: ",") else {
                    index -= 1
                    throw failure("expected ',' or '\(Character(Unicode.Scalar(close)))'")
                }
                skipSpace()
            }
        case UInt8(ascii: "t"): try parseLiteral("true")
        case UInt8(ascii: "f"): try parseLiteral("false")
        case UInt8(ascii: "n"): try parseLiteral("null")
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try skipNumber()
        default: throw failure("expected a value")
        }
    }

    private mutating func parseLiteral(_ literal: StaticString) throws(Failure) {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count,
            literal.withUTF8Buffer({ expected in (0..<count).allSatisfy { bytes[index + $0] == expected[$0] } })
        else { throw failure("expected a value") }
        index += count
    }

    /// A number as JSON writes it: `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    private mutating func skipNumber() throws(Failure) {
        func digits(_ parser: inout RecordParser) -> Int {
            let start = parser.index
            while let byte = parser.peek, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { parser.index += 1 }
            return parser.index - start
        }
        if peek == UInt8(ascii: "-") { index += 1 }
        if peek == UInt8(ascii: "0") {
            index += 1
        } else if digits(&self) == 0 {
            throw failure("expected a number")
        }
        if peek == UInt8(ascii: ".") {
            index += 1
            guard digits(&self) > 0 else { throw failure("expected digits after the decimal point") }
        }
        if peek == UInt8(ascii: "e") || peek == UInt8(ascii: "E") {
            index += 1
            if peek == UInt8(ascii: "+") || peek == UInt8(ascii: "-") { index += 1 }
            guard digits(&self) > 0 else { throw failure("expected digits in the exponent") }
        }
    }
}
