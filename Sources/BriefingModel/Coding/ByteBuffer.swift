/// A growable byte buffer owned by one object, appended to without copy-on-write checks.
///
/// The JSON writer appends many small pieces (keys, commas, quotes); an `Array` checks its
/// uniqueness and capacity on every append, which costs more than the bytes. This buffer is a
/// reference, so appending is a capacity check and a copy.
final class ByteBuffer {
    // Private stored properties, so that the optimiser sees every access and leaves out the
    // dynamic exclusivity checks that a property visible to other modules would need.
    private var base: UnsafeMutablePointer<UInt8>
    private var written = 0
    private var capacity: Int

    /// How many bytes have been written.
    var count: Int { written }

    init(capacity: Int) {
        self.capacity = max(64, capacity)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    @inline(__always)
    private func reserve(_ extra: Int) {
        if written + extra > capacity { grow(to: written + extra) }
    }

    private func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: written)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// Room for at least `count` more bytes, to be written directly and then counted with
    /// ``didWrite(_:)``: one capacity check for a run of small writes.
    @inline(__always)
    func room(for count: Int) -> UnsafeMutablePointer<UInt8> {
        reserve(count)
        return base + written
    }

    /// Counts `count` bytes written into ``room(for:)``.
    @inline(__always)
    func didWrite(_ count: Int) {
        written += count
    }

    @inline(__always)
    func append(_ byte: UInt8) {
        reserve(1)
        base[written] = byte
        written += 1
    }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        reserve(bytes.count)
        (base + written).update(from: source, count: bytes.count)
        written += bytes.count
    }

    @inline(__always)
    func append(repeating byte: UInt8, count: Int) {
        guard count > 0 else { return }
        reserve(count)
        (base + written).initialize(repeating: byte, count: count)
        written += count
    }

    @inline(__always)
    func append(_ literal: StaticString) {
        literal.withUTF8Buffer { append($0) }
    }

    /// Empties the buffer, keeping its memory.
    func removeAll() {
        written = 0
    }

    /// The bytes written, as an array.
    var array: [UInt8] { Array(UnsafeBufferPointer(start: base, count: written)) }

    /// The bytes written, for reading in place.
    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: written) }
}
