import BriefingModel

/// Where a briefing's text and children are stored while it is read: one buffer for the input's
/// text, one for text the reader builds (wrapped lines joined), one for every block, and one for
/// the list items of each depth. Each paragraph, item, section and list refers to a range of one
/// of them, so an article costs a handful of allocations however many blocks it has.
///
/// Items are stored by depth because an item refers to its children's buffer: were they in the
/// same buffer as the item, the buffer would hold a reference to itself and never be freed.
///
/// Only the one reader that made it uses a store, from one thread and never re-entrantly, so its
/// buffers are marked `@exclusivity(unchecked)`: the dynamic check of every access would cost more
/// than the appends it guards.
final class OutlineStore {
    /// The input, valid UTF-8; text that stands in it as it is (a line) refers to it.
    let input: TextStorage
    /// Text made by joining pieces of the input.
    let built = TextBuilder()
    let blocks: ChildStorage<Block>
    /// The items of each depth (0 for a list's own items), made when a list first reaches the depth.
    private var itemsAtDepth: [ChildStorage<ListItem>] = []
    private let itemCapacity: Int
    /// For each depth of the list being built, the items finished at that depth and not yet stored
    /// (kept here so that their memory is reused from list to list).
    @exclusivity(unchecked) var itemsByDepth: [ContiguousArray<ListItem>] = []
    /// The pieces of wrapped text after each block's first, linked per block (see ``TextPieces``);
    /// emptied when a builder starts a block, so that its memory is reused from block to block.
    @exclusivity(unchecked) var morePieces: ContiguousArray<(range: Range<Int>, next: Int)> = []

    init(input: TextStorage) {
        self.input = input
        let size = input.array.count
        blocks = ChildStorage(capacity: size / 256 + 8)
        itemCapacity = size / 512 + 8
    }

    /// The buffer for the items at `depth`.
    func items(atDepth depth: Int) -> ChildStorage<ListItem> {
        while itemsAtDepth.count <= depth {
            itemsAtDepth.append(ChildStorage(capacity: itemsAtDepth.isEmpty ? itemCapacity : 16))
        }
        return itemsAtDepth[depth]
    }
}

/// The decoded input with its lines: what every recogniser reads from.
struct SourceText {
    let bytes: UnsafeBufferPointer<UInt8>
    let lines: [Line]
    /// Where the briefing's text and children go, `bytes` being its input's; `nil` for a
    /// recogniser's look at a few bytes of its own (a joined label), which makes no text.
    let storeIfReading: OutlineStore?

    /// The store of the briefing being read.
    var store: OutlineStore { storeIfReading! }

    init(bytes: UnsafeBufferPointer<UInt8>, lines: [Line], store: OutlineStore? = nil) {
        self.bytes = bytes
        self.lines = lines
        self.storeIfReading = store
    }

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

    /// The bytes `[start, end)` of the input as text of the briefing, without a copy.
    func slice(_ start: Int, _ end: Int) -> TextSlice {
        guard start < end else { return TextSlice() }
        return TextSlice(storage: store.input, offset: start, count: end - start)
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
/// Most blocks are one piece; the pieces after the first of wrapped text are a list linked
/// through the store's `morePieces`, so that no block allocates an array of its own.
struct TextPieces {
    var first: Range<Int>
    /// The first and last of the more pieces in the store, or -1.
    private var moreHead = -1
    private var moreTail = -1

    init(_ first: Range<Int>) { self.first = first }

    mutating func append(_ range: Range<Int>, in store: OutlineStore) {
        guard !range.isEmpty else { return }
        if first.isEmpty {
            first = range
            return
        }
        let index = store.morePieces.count
        store.morePieces.append((range, -1))
        if moreTail >= 0 { store.morePieces[moreTail].next = index } else { moreHead = index }
        moreTail = index
    }

    /// Whether there are pieces after the first (the text was wrapped).
    var hasMore: Bool { moreHead >= 0 }

    var isEmpty: Bool { first.isEmpty && !hasMore }

    /// Calls `body` with each piece after the first, in order.
    private func forEachMore(in store: OutlineStore, _ body: (Range<Int>) -> Void) {
        var index = moreHead
        while index >= 0 {
            let (range, next) = store.morePieces[index]
            body(range)
            index = next
        }
    }

    /// The pieces joined with single spaces, starting `skip` bytes into the first piece: the
    /// input's own bytes when there is one piece, else text built in the store.
    ///
    /// A word broken after its hyphen at the end of a line (`open-` / `hardware`) is joined
    /// without a space (`open-hardware`).
    func text(in source: SourceText, skippingFirst skip: Int = 0) -> TextSlice {
        let head = (first.lowerBound + skip)..<max(first.lowerBound + skip, first.upperBound)
        if !hasMore { return source.slice(head.lowerBound, head.upperBound) }
        let store = source.store
        var total = head.count
        forEachMore(in: store) { total += 1 + $0.count }
        return store.built.append(count: total) { buffer in
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
            forEachMore(in: store) { copy($0) }
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
