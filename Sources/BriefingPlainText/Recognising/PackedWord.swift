/// A short ASCII word, lower-cased and packed into two integers, so that looking it up in a set
/// costs no `String`.
struct PackedWord: Hashable {
    fileprivate var low: UInt64 = 0
    fileprivate var high: UInt64 = 0

    /// The most bytes a packed word holds.
    static let capacity = 16

    /// Packs the bytes `[start, end)` lower-cased, or returns `nil` when they are longer than
    /// ``capacity`` or not all ASCII.
    @inline(__always)
    init?(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) {
        guard end - start <= Self.capacity, end > start else { return nil }
        for index in start..<end {
            var byte = bytes[index]
            guard byte < 0x80 else { return nil }
            if ByteClasses.isASCIIUppercase(byte) { byte |= 0x20 }
            let position = index - start
            if position < 8 {
                low |= UInt64(byte) << (8 * UInt64(position))
            } else {
                high |= UInt64(byte) << (8 * UInt64(position - 8))
            }
        }
    }

    /// Packs a literal (already lower case).
    init(_ literal: String) {
        for (position, byte) in literal.utf8.prefix(Self.capacity).enumerated() {
            if position < 8 {
                low |= UInt64(byte) << (8 * UInt64(position))
            } else {
                high |= UInt64(byte) << (8 * UInt64(position - 8))
            }
        }
    }

    /// A set of packed words from literals.
    static func set(_ words: [String]) -> PackedWordSet {
        PackedWordSet(words.map(PackedWord.init))
    }
}

/// A fixed set of ``PackedWord``s, looked up with a multiplicative hash instead of `Hasher`
/// (which costs more than the rest of a word's classification).
struct PackedWordSet {
    private var slots: [PackedWord?]
    private let shift: UInt64

    init(_ words: [PackedWord]) {
        var bits: UInt64 = 4
        while (1 << bits) < words.count * 4 { bits += 1 }
        shift = 64 - bits
        slots = Array(repeating: nil, count: 1 << Int(bits))
        for word in words where !contains(word) {
            var slot = slot(for: word)
            while slots[slot] != nil { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = word
        }
    }

    @inline(__always)
    private func slot(for word: PackedWord) -> Int {
        Int(truncatingIfNeeded: ((word.low ^ (word.high &* 0x9E37_79B9)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    @inline(__always)
    func contains(_ word: PackedWord) -> Bool {
        var slot = slot(for: word)
        while let candidate = slots[slot] {
            if candidate == word { return true }
            slot = (slot + 1) & (slots.count - 1)
        }
        return false
    }
}
