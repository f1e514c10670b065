/// UTF-8 text that many ``TextSlice``s share: an article's input, or a chunk of the text a reader
/// built from it (wrapped lines joined, markers dropped).
///
/// Either an array (the input, kept as it was given: no copy) or a fixed block of memory that a
/// reader fills from the front while it reads. Neither moves, and once a briefing is made nothing
/// changes the bytes its slices cover, which is what makes sharing a storage between tasks safe
/// (`@unchecked Sendable`). The bytes that slices cover are valid UTF-8: every writer of a storage
/// guarantees it.
package final class TextStorage: @unchecked Sendable {
    // Constant properties, so that reading text needs no dynamic exclusivity check.
    package let array: [UInt8]
    let block: UnsafeMutableBufferPointer<UInt8>?
    /// How much of `block` is filled.
    @exclusivity(unchecked) private var used = 0

    /// A storage of `bytes` (the slices made of it must cover valid UTF-8); the array is shared, not copied.
    package init(validUTF8 bytes: [UInt8]) {
        array = bytes
        block = nil
    }

    /// An empty block of `capacity` bytes, to be filled with ``append(count:_:)``.
    package init(capacity: Int) {
        array = []
        block = .allocate(capacity: max(1, capacity))
    }

    deinit {
        block?.deallocate()
    }

    /// How many more bytes the block can take (0 for an array).
    package var room: Int { block.map { $0.count - used } ?? 0 }

    /// Calls `body` with the bytes `[offset, offset + count)`.
    package func withBytes<Result>(
        _ offset: Int, _ count: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        if let block {
            return try body(UnsafeBufferPointer(rebasing: block[offset..<offset + count]))
        }
        return try array.withUnsafeBufferPointer {
            try body(UnsafeBufferPointer(rebasing: $0[offset..<offset + count]))
        }
    }

    /// Writes valid UTF-8 with `body` into the next `count` bytes of the block (there must be
    /// ``room`` for them) and returns the slice of what it wrote. `body` returns how many bytes it
    /// wrote, at most `count`. Only the code building a briefing calls it.
    package func append(count: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Int) -> TextSlice {
        guard let block, count <= block.count - used else { preconditionFailure("no room in the text block") }
        let written = body(UnsafeMutableBufferPointer(rebasing: block[used..<used + count]))
        let slice = TextSlice(storage: self, offset: used, count: written)
        used += written
        return slice
    }
}

/// Builds text in blocks of memory that never move, starting a new block when one is full, so
/// that the slices already made stay valid.
package final class TextBuilder {
    private var current: TextStorage?
    private let blockSize: Int

    /// A builder whose blocks hold `blockSize` bytes (a longer text gets a block of its own size).
    package init(blockSize: Int = 1 << 16) {
        self.blockSize = blockSize
    }

    /// Writes `count` bytes of valid UTF-8 with `body`, as ``TextStorage/append(count:_:)`` does.
    package func append(count: Int, _ body: (UnsafeMutableBufferPointer<UInt8>) -> Int) -> TextSlice {
        if current == nil || current!.room < count {
            current = TextStorage(capacity: max(blockSize, count))
        }
        return current!.append(count: count, body)
    }
}
