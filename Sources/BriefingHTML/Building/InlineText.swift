/// Text being gathered from inline markup, with white space folded as a browser folds it.
///
/// Runs of spaces, tabs, line breaks and no-break spaces become one space; nothing leads or
/// trails; a `<br>` is a line break that swallows the spaces around it.
struct InlineText {
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false

    var isEmpty: Bool { bytes.isEmpty }

    mutating func append(_ text: String) {
        var iterator = text.utf8.makeIterator()
        var previousC2 = false
        while let byte = iterator.next() {
            if previousC2 {
                previousC2 = false
                if byte == 0xA0 {
                    pendingSpace = true
                    continue
                }
                emitPendingSpace()
                bytes.append(0xC2)
                bytes.append(byte)
                continue
            }
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                pendingSpace = true
            case 0xC2:
                previousC2 = true
            default:
                emitPendingSpace()
                bytes.append(byte)
            }
        }
        if previousC2 {
            emitPendingSpace()
            bytes.append(0xC2)
        }
    }

    /// Marks a word boundary (between table cells, say): a space unless one is there already.
    mutating func separate() {
        pendingSpace = true
    }

    private mutating func emitPendingSpace() {
        if pendingSpace, let last = bytes.last, last != 0x0A { bytes.append(0x20) }
        pendingSpace = false
    }

    /// A line break (`<br>`).
    mutating func lineBreak() {
        pendingSpace = false
        if let last = bytes.last, last != 0x0A { bytes.append(0x0A) }
    }

    /// Takes the text gathered so far, without trailing line breaks, and starts again.
    mutating func take() -> [UInt8] {
        while let last = bytes.last, last == 0x0A || last == 0x20 { bytes.removeLast() }
        let result = bytes
        bytes.removeAll(keepingCapacity: true)
        pendingSpace = false
        return result
    }

    /// The text gathered so far, as a string, and starts again.
    mutating func takeString() -> String {
        String(decoding: take(), as: UTF8.self)
    }
}
