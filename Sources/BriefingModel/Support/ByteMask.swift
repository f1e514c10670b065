/// Tests on the result of comparing sixteen bytes at once (`SIMD16<UInt8>` comparisons), shared
/// by the scanners of the reader, the analysers and the JSON writer.
///
/// The standard library's `any(_:)` reduces a mask lane by lane; reading the mask as two 64-bit
/// words is a handful of instructions.
package enum ByteMask {
    /// Whether no lane of `mask` is set.
    @inlinable @inline(__always)
    package static func isEmpty(_ mask: SIMDMask<SIMD16<Int8>>) -> Bool {
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return words[0] | words[1] == 0
    }

    /// The first set lane of `mask` (in memory order), or 16 when none is set.
    @inlinable @inline(__always)
    package static func firstSet(_ mask: SIMDMask<SIMD16<Int8>>) -> Int {
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        let low = UInt64(littleEndian: words[0])
        if low != 0 { return low.trailingZeroBitCount / 8 }
        let high = UInt64(littleEndian: words[1])
        return high != 0 ? 8 + high.trailingZeroBitCount / 8 : 16
    }

    /// How many lanes of `mask` are set.
    @inlinable @inline(__always)
    package static func count(_ mask: SIMDMask<SIMD16<Int8>>) -> Int {
        let words = unsafeBitCast(mask, to: SIMD2<UInt64>.self)
        return (words[0].nonzeroBitCount + words[1].nonzeroBitCount) / 8
    }
}
