/// UTF-8 text that many ``TextSlice``s share: an article's input, or the text a reader built from
/// it (wrapped lines joined, markers dropped).
///
/// A reader appends to it while it reads; once the briefing is made, nothing changes it, which is
/// what makes sharing it between tasks safe (`@unchecked Sendable`). The bytes are valid UTF-8:
/// every writer of a storage guarantees it.
@usableFromInline package final class TextStorage: @unchecked Sendable {
    @usableFromInline package private(set) var bytes: [UInt8]

    /// A storage of `bytes`, which must be valid UTF-8; an array passed in is shared, not copied.
    package init(validUTF8 bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// An empty storage with room for `capacity` bytes.
    package init(capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    /// Appends valid UTF-8 and returns the slice of it. Only the code building a briefing calls it.
    @inlinable
    package func append(_ utf8: UnsafeBufferPointer<UInt8>) -> TextSlice {
        let start = bytes.count
        bytes.append(contentsOf: utf8)
        return TextSlice(storage: self, offset: start, count: utf8.count)
    }

    /// Appends valid UTF-8 written by `body` into `count` bytes of new room, and returns its slice.
    /// `body` returns how many bytes it wrote (at most `count`).
    @inlinable
    package func append(count: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Int) -> TextSlice {
        let start = bytes.count
        var written = 0
        bytes.append(contentsOf: repeatElement(0, count: count))
        bytes.withUnsafeMutableBufferPointer { buffer in
            written = body(UnsafeMutableBufferPointer(rebasing: buffer[start..<start + count]))
        }
        bytes.removeLast(count - written)
        return TextSlice(storage: self, offset: start, count: written)
    }
}
