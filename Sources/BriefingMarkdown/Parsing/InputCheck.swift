/// One pass over the input before cmark sees it: whether it is valid UTF-8, and where it holds
/// U+0000 (which cmark replaces with U+FFFD).
struct InputCheck {
    private(set) var invalidCount = 0
    private(set) var firstInvalid: Int?
    private(set) var nulCount = 0
    private(set) var firstNUL: Int?

    /// Checks `bytes`, eight ASCII bytes at a time where it can.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return }
        var index = 0
        while index < count {
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080
                if word & high == 0 {
                    // No byte is zero unless (word - 0x01…) & ~word has a high bit set.
                    if (word &- 0x0101_0101_0101_0101) & ~word & high == 0 {
                        index += 8
                        continue
                    }
                }
            }
            let byte = base[index]
            if byte < 0x80 {
                if byte == 0 { noteNUL(at: index) }
                index += 1
                continue
            }
            let length = Self.sequenceLength(base, index, count)
            if length == 0 {
                invalidCount += 1
                if firstInvalid == nil { firstInvalid = index }
                index += 1
            } else {
                index += length
            }
        }
    }

    private mutating func noteNUL(at index: Int) {
        nulCount += 1
        if firstNUL == nil { firstNUL = index }
    }

    var isValid: Bool { invalidCount == 0 }

    /// The length of the well-formed UTF-8 sequence starting at `index` (a non-ASCII lead byte), or 0.
    private static func sequenceLength(_ base: UnsafePointer<UInt8>, _ index: Int, _ count: Int) -> Int {
        let lead = base[index]
        func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            index + offset < count && (low...high).contains(base[index + offset])
        }
        switch lead {
        case 0xC2...0xDF: return continuation(1) ? 2 : 0
        case 0xE0: return continuation(1, 0xA0) && continuation(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : 0
        case 0xED: return continuation(1, 0x80, 0x9F) && continuation(2) ? 3 : 0
        case 0xF0: return continuation(1, 0x90) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4: return continuation(1, 0x80, 0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default: return 0
        }
    }
}
