/// Gives each distinct 64-bit key a dense index (0, 1, 2…), with open addressing and a
/// multiplicative hash — for counting n-grams by key without `Hasher` on every update.
struct IntegerTable {
    private var slots: [Int32]
    private(set) var keys: [UInt64] = []
    private var shift: UInt64

    init(capacity: Int = 1024) {
        var bits: UInt64 = 10
        while (1 << bits) < capacity * 2 { bits += 1 }
        slots = Array(repeating: -1, count: 1 << Int(bits))
        shift = 64 - bits
    }

    var count: Int { keys.count }

    @inline(__always)
    private func home(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The index of `key`, adding it if it is new (`isNew` says which).
    @inline(__always)
    mutating func index(of key: UInt64) -> (index: Int, isNew: Bool) {
        let mask = slots.count - 1
        var slot = home(key)
        while true {
            let found = slots[slot]
            if found < 0 { break }
            if keys[Int(found)] == key { return (Int(found), false) }
            slot = (slot + 1) & mask
        }
        let index = keys.count
        keys.append(key)
        slots[slot] = Int32(index)
        if keys.count * 2 > slots.count { grow() }
        return (index, true)
    }

    /// The index of `key`, if it is in the table.
    func find(_ key: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = home(key)
        while true {
            let found = slots[slot]
            if found < 0 { return nil }
            if keys[Int(found)] == key { return Int(found) }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        shift -= 1
        slots = Array(repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, key) in keys.enumerated() {
            var slot = home(key)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }
}
