/// Gives each distinct byte string (a word form) a small integer, so that analysers count,
/// compare and look up words as integers instead of `String`s.
///
/// Open addressing over a power-of-two table, FNV-1a hashing; the forms themselves are kept
/// one after another in one byte arena.
struct Interner {
    private var arena: [UInt8] = []
    /// Start of each form in the arena, with one more entry for the end of the last.
    private var offsets: [Int32] = [0]
    private var hashes: [UInt32] = []
    private var table: [Int32]
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 1024
        while size < capacity * 2 { size *= 2 }
        table = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// How many distinct forms there are.
    var count: Int { hashes.count }

    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in bytes {
            hash = (hash ^ UInt32(byte)) &* 16_777_619
        }
        return hash
    }

    @inline(__always)
    private func equals(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(offsets[id])
        let length = Int(offsets[id + 1]) - start
        guard length == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            memoryEquals(UnsafeBufferPointer(rebasing: stored[start..<start + length]), bytes)
        }
    }

    @inline(__always)
    private func memoryEquals(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<a.count where a[index] != b[index] { return false }
        return true
    }

    /// The id of `bytes`, if it has been interned.
    func lookup(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = Self.hash(bytes)
        var slot = Int(hash) & mask
        while true {
            let id = table[slot]
            if id < 0 { return nil }
            if hashes[Int(id)] == hash && equals(Int(id), bytes) { return id }
            slot = (slot + 1) & mask
        }
    }

    /// The id of a literal, if it has been interned.
    func lookup(_ literal: String) -> Int32? {
        var copy = literal
        return copy.withUTF8 { lookup($0) }
    }

    /// The id of `bytes`, interning them if they are new.
    @inline(__always)
    mutating func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(bytes)
        var slot = Int(hash) & mask
        while true {
            let id = table[slot]
            if id < 0 { break }
            if hashes[Int(id)] == hash && equals(Int(id), bytes) { return id }
            slot = (slot + 1) & mask
        }
        let id = Int32(hashes.count)
        arena.append(contentsOf: bytes)
        offsets.append(Int32(arena.count))
        hashes.append(hash)
        table[slot] = id
        if hashes.count * 2 > table.count { grow() }
        return id
    }

    private mutating func grow() {
        let size = table.count * 2
        table = Array(repeating: -1, count: size)
        mask = size - 1
        for (id, hash) in hashes.enumerated() {
            var slot = Int(hash) & mask
            while table[slot] >= 0 { slot = (slot + 1) & mask }
            table[slot] = Int32(id)
        }
    }

    /// The bytes of form `id`, for reading in place.
    func withBytes<Result>(_ id: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        let start = Int(offsets[Int(id)])
        let end = Int(offsets[Int(id) + 1])
        return arena.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// Form `id` as a string.
    func string(_ id: Int32) -> String {
        withBytes(id) { String(decoding: $0, as: UTF8.self) }
    }

    /// The length of form `id` in bytes.
    func length(_ id: Int32) -> Int {
        Int(offsets[Int(id) + 1] - offsets[Int(id)])
    }
}
