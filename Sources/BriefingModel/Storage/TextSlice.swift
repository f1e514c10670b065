/// Text in a briefing, stored as a range of a ``TextStorage`` that the rest of the article's text
/// shares: reading an article costs one allocation for all of its text instead of one per string.
///
/// A slice is a value: copying it copies a reference and two offsets. The model's public
/// properties give its text as a `String` (made when asked for) and accept any `String`; the
/// exporters of this package read the bytes in place. Two slices are equal when their bytes are.
package struct TextSlice: @unchecked Sendable, Hashable {
    package let storage: TextStorage?
    let storedOffset: UInt32
    let storedCount: UInt32
    package init(storage: TextStorage, offset: Int, count: Int) {
        self.storage = count == 0 ? nil : storage
        storedOffset = UInt32(truncatingIfNeeded: offset)
        storedCount = UInt32(truncatingIfNeeded: count)
    }

    /// A slice holding a copy of `string`'s UTF-8 (the empty string needs no storage).
    package init(_ string: String) {
        guard !string.isEmpty else {
            self = TextSlice()
            return
        }
        let bytes = Array(string.utf8)
        self.init(storage: TextStorage(validUTF8: bytes), offset: 0, count: bytes.count)
    }

    /// The empty text.
    package init() {
        storage = nil
        storedOffset = 0
        storedCount = 0
    }

    /// The number of UTF-8 bytes.
    package var count: Int { Int(storedCount) }
    package var isEmpty: Bool { storedCount == 0 }

    /// The bytes `range` of this text (offsets from its start), sharing its storage.
    package func slice(_ range: Range<Int>) -> TextSlice {
        guard let storage, !range.isEmpty else { return TextSlice() }
        return TextSlice(storage: storage, offset: Int(storedOffset) + range.lowerBound, count: range.count)
    }

    /// Calls `body` with the text's UTF-8 bytes, in place.
    package func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        guard let storage else { return try body(UnsafeBufferPointer(start: nil, count: 0)) }
        return try storage.withBytes(Int(storedOffset), Int(storedCount), body)
    }

    /// The text as a string.
    package var string: String {
        withUTF8 { String(decoding: $0, as: UTF8.self) }
    }

    package static func == (lhs: TextSlice, rhs: TextSlice) -> Bool {
        guard lhs.storedCount == rhs.storedCount else { return false }
        if lhs.storage === rhs.storage && lhs.storedOffset == rhs.storedOffset { return true }
        return lhs.withUTF8 { a in rhs.withUTF8 { b in a.elementsEqual(b) } }
    }

    package func hash(into hasher: inout Hasher) {
        withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

extension Optional where Wrapped == TextSlice {
    /// The text as a string, or `nil`.
    package var string: String? { self?.string }
}
