/// The byte buffer the JSON exporter writes into: escaping, pretty-printing, and handing the
/// bytes to a sink in pieces.
///
/// It lives beside ``JSONShapeWriter`` so that the writer is compiled for it in this module (a
/// generic writer specialised across modules was not). The shape — which keys, in which order —
/// comes from the writer; this output
/// keeps track of nesting and commas so that the JSON is always well formed. Strings are escaped
/// in one pass over their UTF-8 bytes that looks at sixteen bytes at a time (SIMD) and copies runs
/// that need no escaping in bulk. When the buffer passes `flushThreshold` bytes at the end of an
/// object, it is handed to the sink and emptied; a sink's failure stops the writing and is kept in
/// `failure`.
struct JSONOutput: JSONShapeOutput {
    /// Hands a full buffer on (to a sink) and says what went wrong, if anything.
    typealias Flush = (UnsafeRawBufferPointer) -> BriefingError?

    let buffer: ByteBuffer
    let pretty: Bool
    /// Where full buffers go; `nil` keeps everything in the buffer.
    private let handOn: Flush?
    let flushThreshold: Int
    private(set) var failure: BriefingError?
    private var depth = 0
    /// Whether the container being written has no element yet.
    private var isFirst = true
    /// How many of the open containers are written on one line even in pretty mode.
    private var inlineDepth = 0

    /// An output that keeps everything in its buffer.
    init(pretty: Bool) {
        self.pretty = pretty
        handOn = nil
        flushThreshold = .max
        buffer = ByteBuffer(capacity: 4096)
    }

    /// An output that hands its buffer on each time it passes `flushThreshold` bytes.
    init(pretty: Bool, flushThreshold: Int, handOn: @escaping Flush) {
        self.pretty = pretty
        self.handOn = handOn
        self.flushThreshold = flushThreshold
        buffer = ByteBuffer(capacity: flushThreshold + 4096)
    }

    /// Hands the buffer on and empties it.
    mutating func flush() {
        guard failure == nil, buffer.count > 0, let handOn else { return }
        failure = handOn(buffer.bytes)
        buffer.removeAll()
    }

    // MARK: Containers

    mutating func beginObject(inline: Bool) {
        beginContainer(UInt8(ascii: "{"), inline: inline)
    }

    mutating func endObject() {
        endContainer(UInt8(ascii: "}"))
        if buffer.count >= flushThreshold { flush() }
    }

    mutating func beginArray() {
        beginContainer(UInt8(ascii: "["), inline: false)
    }

    mutating func endArray() {
        endContainer(UInt8(ascii: "]"))
    }

    private mutating func beginContainer(_ open: UInt8, inline: Bool) {
        buffer.append(open)
        depth += 1
        if inline || inlineDepth > 0 { inlineDepth += 1 }
        isFirst = true
    }

    private mutating func endContainer(_ close: UInt8) {
        depth -= 1
        let wasInline = inlineDepth > 0
        if wasInline { inlineDepth -= 1 }
        if pretty && !isFirst && !wasInline { newline() }
        buffer.append(close)
        isFirst = false
    }

    /// Writes the separator before the next element of an array.
    mutating func element() {
        separator()
    }

    /// Writes the separator and the key of the next member of an object (a name that needs no
    /// escaping), with one capacity check for all of it.
    @inline(__always)
    mutating func key(_ name: StaticString) {
        let length = name.utf8CodeUnitCount
        let start = buffer.room(for: length + 6 + 2 * depth)
        var end = writeSeparator(at: start)
        end.pointee = UInt8(ascii: "\"")
        end += 1
        end.update(from: name.utf8Start, count: length)
        end += length
        end.pointee = UInt8(ascii: "\"")
        (end + 1).pointee = UInt8(ascii: ":")
        end += 2
        if pretty {
            end.pointee = UInt8(ascii: " ")
            end += 1
        }
        buffer.didWrite(end - start)
    }

    /// Writes the separator before the next member or element at `position` (which has room for a
    /// comma, a line feed and the indentation) and returns where it ends.
    @inline(__always)
    private mutating func writeSeparator(at position: UnsafeMutablePointer<UInt8>) -> UnsafeMutablePointer<UInt8> {
        var end = position
        if !isFirst {
            end.pointee = UInt8(ascii: ",")
            end += 1
        }
        if pretty {
            if inlineDepth > 0 {
                if !isFirst {
                    end.pointee = UInt8(ascii: " ")
                    end += 1
                }
            } else {
                end.pointee = 0x0A
                end += 1
                end.initialize(repeating: 0x20, count: 2 * depth)
                end += 2 * depth
            }
        }
        isFirst = false
        return end
    }

    /// Writes the separator and the key of the next member of an object, escaped.
    mutating func dynamicKey(_ name: String) {
        separator()
        string(name)
        buffer.append(UInt8(ascii: ":"))
        if pretty { buffer.append(UInt8(ascii: " ")) }
    }

    @inline(__always)
    private mutating func separator() {
        let start = buffer.room(for: 2 + 2 * depth)
        buffer.didWrite(writeSeparator(at: start) - start)
    }

    /// A line feed and the indentation for the current depth, two spaces a level.
    private mutating func newline() {
        buffer.append(0x0A)
        buffer.append(repeating: 0x20, count: 2 * depth)
    }

    // MARK: Values

    mutating func null() {
        buffer.append("null")
    }

    mutating func bool(_ value: Bool) {
        buffer.append(value ? "true" : "false")
    }

    mutating func int(_ value: Int) {
        // Digits are written straight into the buffer: counted first, then produced last first,
        // dividing by the constant 10.
        let start = buffer.room(for: 21)
        var end = start
        if value < 0 {
            end.pointee = UInt8(ascii: "-")
            end += 1
        }
        var magnitude = value.magnitude
        var digits = 1
        var scale: UInt = 10
        while digits < 19 && magnitude >= scale {
            digits += 1
            scale &*= 10
        }
        if digits == 19 && magnitude >= scale { digits = 20 }
        var position = end + digits
        repeat {
            position -= 1
            position.pointee = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
        end += digits
        buffer.didWrite(end - start)
    }

    /// Writes a finite double in its shortest round-tripping form; a non-finite one as `null`.
    mutating func double(_ value: Double) {
        guard value.isFinite else { return null() }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        text.withUTF8 { buffer.append($0) }
    }

    mutating func string(_ value: String) {
        var text = value
        text.withUTF8 { appendEscaped($0) }
    }

    /// Text in a briefing's shared storage, escaped straight from its bytes.
    mutating func text(_ value: TextSlice) {
        value.withUTF8 { appendEscaped($0) }
    }

    /// The offset of the first byte from `index` that may need escaping (`"`, `\`, a control
    /// character, or 0xE2, which starts U+2028 and U+2029), or the end.
    @inline(__always)
    private static func nextSpecial(_ text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        let count = text.count
        // Constants built here, not in `static let`s, whose every read would pass a lazy-initialisation check.
        let quote = SIMD16<UInt8>(repeating: UInt8(ascii: "\""))
        let backslash = SIMD16<UInt8>(repeating: UInt8(ascii: "\\"))
        let space = SIMD16<UInt8>(repeating: 0x20)
        let lineSeparatorLead = SIMD16<UInt8>(repeating: 0xE2)
        if let base = UnsafeRawPointer(text.baseAddress) {
            while index + 16 <= count {
                let chunk = base.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                let special =
                    (chunk .< space) .| (chunk .== quote) .| (chunk .== backslash) .| (chunk .== lineSeparatorLead)
                if any(special) {
                    let bits = unsafeBitCast(
                        SIMD16<UInt8>(repeating: 0).replacing(with: 0xFF, where: special), to: SIMD2<UInt64>.self)
                    return index
                        + (bits[0] != 0 ? bits[0].trailingZeroBitCount / 8 : 8 + bits[1].trailingZeroBitCount / 8)
                }
                index += 16
            }
        }
        while index < count {
            let byte = text[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2 { return index }
            index += 1
        }
        return count
    }

    /// Appends `text` as a JSON string: `"` and `\` escaped, control characters as `\n`, `\t`… or
    /// `\u00XX`, and U+2028/U+2029 as `\u2028`/`\u2029` (valid JSON, but not valid JavaScript raw).
    private mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>) {
        buffer.append(UInt8(ascii: "\""))
        var runStart = 0
        let count = text.count
        var index = Self.nextSpecial(text, from: 0)
        while index < count {
            let byte = text[index]
            let escape: StaticString?
            var skip = 1
            switch byte {
            case UInt8(ascii: "\""): escape = "\\\""
            case UInt8(ascii: "\\"): escape = "\\\\"
            case 0x0A: escape = "\\n"
            case 0x0D: escape = "\\r"
            case 0x09: escape = "\\t"
            case 0x08: escape = "\\b"
            case 0x0C: escape = "\\f"
            case 0x00..<0x20: escape = nil
            case 0xE2
            where index + 2 < count && text[index + 1] == 0x80 && (text[index + 2] == 0xA8 || text[index + 2] == 0xA9):
                escape = text[index + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                skip = 3
            default:
                index = Self.nextSpecial(text, from: index + 1)
                continue
            }
            if runStart < index { buffer.append(UnsafeBufferPointer(rebasing: text[runStart..<index])) }
            if let escape {
                buffer.append(escape)
            } else {
                let hex: StaticString = "0123456789abcdef"
                hex.withUTF8Buffer { digits in
                    buffer.append("\\u00")
                    buffer.append(digits[Int(byte >> 4)])
                    buffer.append(digits[Int(byte & 0xF)])
                }
            }
            index += skip
            runStart = index
            index = Self.nextSpecial(text, from: index)
        }
        if runStart < count { buffer.append(UnsafeBufferPointer(rebasing: text[runStart..<count])) }
        buffer.append(UInt8(ascii: "\""))
    }
}

extension Briefing {
    /// The briefing in its JSON form, all in memory (the JSON exporter's `encode(_:)`).
    package func jsonBytes(pretty: Bool) -> [UInt8] {
        var writer = JSONShapeWriter(output: JSONOutput(pretty: pretty))
        writer.visitBriefing(self)
        return writer.output.buffer.array
    }

    /// Writes the briefing in its JSON form, handing it on in pieces of about `pieceSize` bytes;
    /// returns the first failure `handOn` reported, after which nothing more is handed on.
    package func writeJSON(
        pretty: Bool, pieceSize: Int, handOn: (UnsafeRawBufferPointer) -> BriefingError?
    ) -> BriefingError? {
        withoutActuallyEscaping(handOn) { handOn in
            var writer = JSONShapeWriter(output: JSONOutput(pretty: pretty, flushThreshold: pieceSize, handOn: handOn))
            writer.visitBriefing(self)
            writer.output.flush()
            return writer.output.failure
        }
    }
}
