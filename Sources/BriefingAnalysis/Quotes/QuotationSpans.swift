import BriefingModel

/// Finds quotations in a block of text: spans in “…”, "…" or ‘…’, outermost only.
///
/// One pass with a stack, so unbalanced marks never make it scan back or ahead: an opening mark
/// that is never closed within the block is ignored. An apostrophe inside a word (`it’s`) is
/// not a quotation mark.
enum QuotationSpans {
    struct Span {
        /// Offset of the opening mark.
        var open: Int
        /// The quoted text, between the marks.
        var content: Range<Int>
        /// Offset just past the closing mark.
        var close: Int
    }

    /// The spans of a block, and the offset of an opening mark left unclosed at its end (a
    /// quotation that goes on into the next paragraph). With `openAtStart`, the block continues a
    /// quotation opened before it: a first mark that closes (`…,” Tarango said`) closes that one,
    /// its content running from the start of the block; a mark that opens the block opens anew.
    static func spans(in bytes: UnsafeBufferPointer<UInt8>, openAtStart: Bool) -> (spans: [Span], unclosed: Int?) {
        var continuing = openAtStart
        var spans: [Span] = []
        var curly: [Int] = []  // offsets of open “ (only the depth matters past the first)
        var curlyDepth = 0
        var straight: Int?
        var single: Int?
        var index = 0
        let count = bytes.count
        let quote = SIMD16<UInt8>(repeating: UInt8(ascii: "\""))
        let punctuationLead = SIMD16<UInt8>(repeating: 0xE2)
        while index < count {
            // Most text holds no quotation mark: pass over sixteen bytes at a time.
            if let base = UnsafeRawPointer(bytes.baseAddress), index + 16 <= count {
                let chunk = base.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)
                if ByteMask.isEmpty((chunk .== quote) .| (chunk .== punctuationLead)) {
                    index += 16
                    continue
                }
            }
            let byte = bytes[index]
            let closesDouble =
                byte == UInt8(ascii: "\"")
                || (byte == 0xE2 && index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x9D)
            if continuing, index > 0, closesDouble {
                // The quotation opened in an earlier paragraph closes here.
                continuing = false
                let length = byte == UInt8(ascii: "\"") ? 1 : 3
                spans.append(Span(open: -length, content: 0..<index, close: index + length))
                index += length
                continue
            }
            if byte == UInt8(ascii: "\"")
                || (byte == 0xE2 && index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x9C)
            {
                continuing = false
            }
            if byte == 0xE2 && index + 2 < count && bytes[index + 1] == 0x80 {
                let third = bytes[index + 2]
                if third == 0x9C {  // “
                    if curlyDepth == 0 { curly = [index] }
                    curlyDepth += 1
                } else if third == 0x9D, curlyDepth > 0 {  // ”
                    curlyDepth -= 1
                    if curlyDepth == 0, let open = curly.first {
                        spans.append(Span(open: open, content: (open + 3)..<index, close: index + 3))
                        single = nil
                    }
                } else if third == 0x98, curlyDepth == 0, single == nil, isBoundary(bytes, before: index) {  // ‘
                    single = index
                } else if third == 0x99, let open = single, curlyDepth == 0, !isLetter(bytes, at: index + 3) {  // ’
                    if index > open + 3 {
                        spans.append(Span(open: open, content: (open + 3)..<index, close: index + 3))
                    }
                    single = nil
                }
                index += 3
                continue
            }
            if byte == UInt8(ascii: "\"") && curlyDepth == 0 {
                if let open = straight {
                    if index > open + 1 {
                        spans.append(Span(open: open, content: (open + 1)..<index, close: index + 1))
                    }
                    straight = nil
                } else {
                    straight = index
                }
            }
            index += 1
        }
        let unclosed = straight ?? (curlyDepth > 0 ? curly.first : nil)
        return (spans.sorted { $0.open < $1.open }, unclosed)
    }

    /// The spans of a block on its own.
    static func spans(in bytes: UnsafeBufferPointer<UInt8>) -> [Span] {
        spans(in: bytes, openAtStart: false).spans
    }

    private static func isBoundary(_ bytes: UnsafeBufferPointer<UInt8>, before index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = bytes[index - 1]
        return previous == 0x20 || previous == 0x09 || previous == UInt8(ascii: "(") || previous == UInt8(ascii: "[")
            || previous == 0x9C  // after “
    }

    private static func isLetter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        guard index < bytes.count else { return false }
        let byte = bytes[index]
        return (byte | 0x20) &- 0x61 < 26 || byte >= 0xC3 && byte < 0xE0
    }
}
